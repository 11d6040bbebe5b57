#include "extract/folded_text.h"

#include "common/unicode.h"
#include "parse/cursor.h"

namespace crosscheck::extract {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

FoldedText::FoldedText(std::string_view original) : original_(original) {
  folded_ = FoldText(original, Fold::kCaseAndPunctuation, &offsets_);
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
  // Bounded, so that a huge run without spaces costs the same at every call.
  size_t floor = e > 64 * n ? e - 64 * n : 0;
  for (size_t k = 0; k < n && b > floor; ++k) {
    while (b > floor && folded_[b - 1] == ' ') --b;
    while (b > floor && folded_[b - 1] != ' ') --b;
  }
  return folded_.substr(b, e - b);
}

}  // namespace crosscheck::extract
