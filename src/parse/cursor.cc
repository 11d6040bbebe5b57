#include "parse/cursor.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace crosscheck::parse {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || u >= 0x80;
}

namespace {

// Letters and digits of any script are word characters; currency signs (€, ¥) and other
// symbols are not, so "2 M€" splits as "M" + "€".
bool IsWordCodePoint(UChar32 c) { return c >= 0 && u_isalnum(c); }

UChar32 CodePointBefore(std::string_view s, size_t p) {
  if (p == 0) return ' ';
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = static_cast<int32_t>(p);
  UChar32 c;
  U8_PREV(b, 0, i, c);
  return c;
}

UChar32 CodePointAt(std::string_view s, size_t p) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = static_cast<int32_t>(p);
  UChar32 c;
  U8_NEXT(b, i, static_cast<int32_t>(s.size()), c);
  return c;
}

}  // namespace

bool EndsWithWordChar(std::string_view s) { return IsWordCodePoint(CodePointBefore(s, s.size())); }

bool Cursor::BoundaryAt(size_t p) const {
  if (p >= text_.size()) return true;
  // A word ending in a letter needs a non-letter after it; "d'" and "$" end on their own.
  if (!IsWordCodePoint(CodePointBefore(text_, p))) return true;
  return !IsWordCodePoint(CodePointAt(text_, p));
}

bool Cursor::AcceptHere(std::string_view word) {
  if (pos_ >= text_.size() || word.size() > text_.size() - pos_) return word.empty();
  // Byte by byte: lexicon words are short, and a call to memcmp cost more than comparing them.
  for (size_t k = 0; k < word.size(); ++k) {
    if (text_[pos_ + k] != word[k]) return false;
  }
  if (!BoundaryAt(pos_ + word.size())) return false;
  pos_ += word.size();
  SkipSpaces();
  return true;
}

std::string_view Cursor::AcceptAny(std::span<const std::string_view> words) {
  // Accept word by word, with the spaces skipped once and the first byte looked at once.
  SkipSpaces();
  const bool at_end = pos_ >= text_.size();
  const char first = at_end ? '\0' : text_[pos_];
  for (std::string_view w : words) {
    if (!at_end && !w.empty() && w[0] != first) continue;
    if (AcceptHere(w)) return w;
  }
  return {};
}

bool Cursor::AcceptDe() { return !AcceptAny({"des", "de", "du", "d'", "of"}).empty(); }

}  // namespace crosscheck::parse
