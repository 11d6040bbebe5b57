#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace crosscheck::parse {

// Reads normalised value text (NameKey: case-folded, one space between words, ASCII
// apostrophes) word by word. Every match requires a word boundary after it, so "m" never
// matches the start of "mois".
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  size_t pos() const { return pos_; }
  void set_pos(size_t p) { pos_ = p; }
  bool AtEnd() const { return pos_ >= text_.size(); }
  std::string_view Rest() const { return text_.substr(pos_ < text_.size() ? pos_ : text_.size()); }
  std::string_view text() const { return text_; }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }

  void SkipSpaces();
  // Consumes `word` (possibly several words) if it stands at the cursor and ends at a boundary.
  bool Accept(std::string_view word);
  // The first of `words` that Accept takes, or "" (try longer phrases first).
  std::string_view AcceptAny(std::initializer_list<std::string_view> words);
  // Consumes an elided article or preposition: "de ", "d'", "des ".
  bool AcceptDe();

 private:
  bool BoundaryAt(size_t p) const;
  std::string_view text_;
  size_t pos_ = 0;
};

bool IsAsciiDigit(char c);
bool IsWordByte(char c);  // letters (any non-ASCII byte counts as a letter) and digits
// Whether the last code point of `s` is a letter or digit (of any script).
bool EndsWithWordChar(std::string_view s);

}  // namespace crosscheck::parse
