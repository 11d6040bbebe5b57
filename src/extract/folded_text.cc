#include "extract/folded_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "parse/cursor.h"

namespace crosscheck::extract {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

UChar32 FoldCodePoint(UChar32 c) {
  switch (c) {
    case 0x2019:  // ’
    case 0x2018:  // ‘
    case 0x02BC:  // ʼ
      return '\'';
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
    case 0x2212:  // minus sign
      return '-';
    default:
      return u_foldCase(c, U_FOLD_CASE_DEFAULT);
  }
}

}  // namespace

FoldedText::FoldedText(std::string_view original) : original_(original) {
  folded_.reserve(original.size());
  offsets_.reserve(original.size() + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  auto length = static_cast<int32_t>(original.size());
  int32_t i = 0;
  bool in_space = false;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {  // invalid UTF-8: keep the bytes as they are
      for (int32_t k = start; k < i; ++k) {
        folded_ += static_cast<char>(s[k]);
        offsets_.push_back(static_cast<size_t>(start));
      }
      in_space = false;
      continue;
    }
    if (u_isUWhiteSpace(c)) {
      if (!in_space) {
        folded_ += ' ';
        offsets_.push_back(static_cast<size_t>(start));
      }
      in_space = true;
      continue;
    }
    in_space = false;
    uint8_t buf[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(buf, n, 4, FoldCodePoint(c), error);
    if (error) continue;
    for (int32_t k = 0; k < n; ++k) {
      folded_ += static_cast<char>(buf[k]);
      offsets_.push_back(static_cast<size_t>(start));
    }
  }
  offsets_.push_back(original.size());
}

bool FoldedText::IsWordStart(size_t p) const {
  if (p >= folded_.size() || IsContinuation(folded_[p])) return false;
  if (!parse::IsWordByte(folded_[p])) return false;
  return p == 0 || !parse::IsWordByte(folded_[p - 1]);
}

std::vector<size_t> FoldedText::WordEnds(size_t p, size_t max_words, size_t max_bytes) const {
  std::vector<size_t> ends;
  size_t words = 0;
  size_t limit = std::min(folded_.size(), p + max_bytes);
  for (size_t q = p + 1; q <= limit; ++q) {
    if (q < folded_.size() && IsContinuation(folded_[q])) continue;
    char before = folded_[q - 1];
    if (before == ' ') continue;
    bool end = q == folded_.size() || folded_[q] == ' ' ||
               parse::IsWordByte(before) != parse::IsWordByte(folded_[q]);
    if (end) ends.push_back(q);
    if (q < folded_.size() && folded_[q] == ' ' && ++words >= max_words) break;
  }
  return ends;
}

std::string FoldedText::TokensBefore(size_t p, size_t n) const {
  size_t b = std::min(p, folded_.size());
  while (b > 0 && folded_[b - 1] == ' ') --b;
  size_t e = b;
  for (size_t k = 0; k < n && b > 0; ++k) {
    while (b > 0 && folded_[b - 1] == ' ') --b;
    while (b > 0 && folded_[b - 1] != ' ') --b;
  }
  return folded_.substr(b, e - b);
}

}  // namespace crosscheck::extract
