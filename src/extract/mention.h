#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck::extract {

// One figure, amount or date found in article text. [begin, end) are byte offsets into the
// text as given, hedge included ("près de 10 000"); value_begin is where the figure itself
// starts (== begin when there is no hedge), since some references leave hedges out of spans.
struct Mention {
  // kCategory: a term of a taxonomy ("phase 3", "méthane"); value is the node id, unit the
  // taxonomy id.
  enum Kind { kNumber, kPercent, kCurrency, kDate, kDuration, kAge, kCategory };
  Kind kind = kNumber;
  size_t begin = 0;
  size_t end = 0;
  size_t value_begin = 0;
  std::string text;   // the original bytes [begin, end)
  std::string value;  // "10000", "0.5", "1200000000"; "2025-01-27" / "XXXX-01-27"; "P2M"
  std::string unit;   // ISO currency code, "%", or the time unit ("Y", "M", "W", "D", "H")
  std::string hedge;  // the hedge words as read ("près de"), "" when none
};

std::string_view KindName(Mention::Kind kind);

}  // namespace crosscheck::extract
