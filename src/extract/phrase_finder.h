#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/claim.h"

namespace crosscheck::extract {

// Finds names and cue words in article text the way people read them: case-insensitively,
// whatever the spaces, apostrophes and hyphens (common/unicode FoldText), and only as whole
// words ("R1" is not found in "R10", "né" not in "année"). Spans are bytes of the original text.
class PhraseFinder {
 public:
  explicit PhraseFinder(std::string_view text);

  // Every occurrence of `phrase`, in text order. A trailing '*' matches any ending of the last
  // word ("cofond*" finds "cofondé" and "cofondateurs").
  std::vector<TextSpan> FindAll(std::string_view phrase) const;

 private:
  bool WordByteAt(size_t folded_pos) const;
  TextSpan OriginalSpan(size_t begin, size_t end) const;

  std::string_view original_;
  std::vector<size_t> offsets_;  // filled while folded_ is built, so declared before it
  std::string folded_;
};

}  // namespace crosscheck::extract
