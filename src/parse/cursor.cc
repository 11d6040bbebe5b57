#include "parse/cursor.h"

namespace crosscheck::parse {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsAsciiDigit(c) || u >= 0x80;
}

void Cursor::SkipSpaces() {
  while (!AtEnd() && text_[pos_] == ' ') ++pos_;
}

bool Cursor::BoundaryAt(size_t p) const {
  if (p >= text_.size()) return true;
  // A word ending in a letter needs a non-letter after it; "d'" and "$" end on their own.
  char last = p > 0 ? text_[p - 1] : ' ';
  if (!IsWordByte(last)) return true;
  return !IsWordByte(text_[p]);
}

bool Cursor::Accept(std::string_view word) {
  SkipSpaces();
  if (text_.substr(pos_).substr(0, word.size()) != word) return false;
  if (!BoundaryAt(pos_ + word.size())) return false;
  pos_ += word.size();
  SkipSpaces();
  return true;
}

std::string_view Cursor::AcceptAny(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Accept(w)) return w;
  }
  return {};
}

bool Cursor::AcceptDe() { return !AcceptAny({"des", "de", "du", "d'", "of"}).empty(); }

}  // namespace crosscheck::parse
