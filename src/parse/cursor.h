#pragma once

#include <initializer_list>
#include <span>
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

  void SkipSpaces() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  // Consumes `word` (possibly several words) if it stands at the cursor and ends at a boundary.
  // Inline up to the first byte, which rules out nearly every word of a lexicon tried in turn.
  bool Accept(std::string_view word) {
    SkipSpaces();
    if (pos_ < text_.size() && !word.empty() && text_[pos_] != word[0]) return false;
    return AcceptHere(word);
  }
  // The first of `words` that Accept takes, or "" (try longer phrases first).
  std::string_view AcceptAny(std::initializer_list<std::string_view> words) {
    return AcceptAny(std::span<const std::string_view>(words.begin(), words.size()));
  }
  std::string_view AcceptAny(std::span<const std::string_view> words);
  // Consumes an elided article or preposition: "de ", "d'", "des ".
  bool AcceptDe();

 private:
  bool AcceptHere(std::string_view word);
  bool BoundaryAt(size_t p) const;
  std::string_view text_;
  size_t pos_ = 0;
};

// The first bytes of a lexicon's words: where none stands, none of them can be accepted, and a
// reader skips the lexicon in one look instead of trying its words in turn.
class FirstBytes {
 public:
  template <typename Words, typename Get>
  FirstBytes(const Words& words, Get get) {
    for (const auto& w : words) {
      std::string_view s = get(w);
      if (!s.empty()) has_[static_cast<unsigned char>(s[0])] = true;
    }
  }
  // Whether a word of the lexicon may start at the cursor (after its spaces).
  bool MayStartAt(const Cursor& c) const {
    std::string_view rest = c.Rest();
    size_t i = rest.find_first_not_of(' ');
    return i != std::string_view::npos && has_[static_cast<unsigned char>(rest[i])];
  }

 private:
  bool has_[256] = {};
};

bool IsAsciiDigit(char c);
bool IsWordByte(char c);  // letters (any non-ASCII byte counts as a letter) and digits
// Whether the last code point of `s` is a letter or digit (of any script).
bool EndsWithWordChar(std::string_view s);

}  // namespace crosscheck::parse
