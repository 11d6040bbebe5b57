#pragma once

#include <string>

namespace crosscheck {

// Where something came from: a file and a 1-based line and column. A zero line means the
// position is the whole file (an unreadable file, a missing key in an empty document).
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;

  bool operator==(const SourcePos&) const = default;
};

}  // namespace crosscheck
