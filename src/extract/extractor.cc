#include "extract/extractor.h"

#include <algorithm>

#include "extract/folded_text.h"
#include "extract/scan.h"

namespace crosscheck::extract {

std::string_view KindName(Mention::Kind kind) {
  switch (kind) {
    case Mention::kNumber:
      return "number";
    case Mention::kPercent:
      return "percent";
    case Mention::kCurrency:
      return "currency";
    case Mention::kDate:
      return "date";
    case Mention::kDuration:
      return "duration";
    case Mention::kAge:
      return "age";
  }
  return "?";
}

namespace detail {

Mention MakeMention(const FoldedText& text, Mention::Kind kind, size_t begin, size_t value_begin,
                    size_t end) {
  Mention m;
  m.kind = kind;
  m.begin = text.Original(begin);
  m.value_begin = text.Original(value_begin);
  m.end = text.Original(end);
  m.text = std::string(text.original().substr(m.begin, m.end - m.begin));
  return m;
}

std::string FormatDecimal(const Rational& value) {
  std::string exact = ToDecimalString(value);
  if (exact.find('/') == std::string::npos) return exact;
  return ToDisplayString(value, 15);
}

size_t TrimmedPos(const parse::Cursor& c) {
  size_t p = c.pos();
  while (p > 0 && c.text()[p - 1] == ' ') --p;
  return p;
}

}  // namespace detail

std::vector<Mention> Extract(std::string_view text, parse::Language lang) {
  FoldedText folded(text);
  std::vector<Mention> out;
  detail::ScanQuantities(folded, lang, &out);
  detail::ScanTimes(folded, lang, &out);
  std::stable_sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace crosscheck::extract
