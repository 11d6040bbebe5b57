#include "extract/phrase_finder.h"

#include "common/unicode.h"

namespace crosscheck::extract {
namespace {

// Letters and digits, counting every byte of a multi-byte character as a letter: the seeds'
// non-ASCII letters (é, à, ç) must not make a word boundary, and their punctuation (« », –) is
// always set off by spaces.
bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

PhraseFinder::PhraseFinder(std::string_view text)
    : original_(text), offsets_(), folded_(FoldText(text, Fold::kCaseAndPunctuation, &offsets_)) {}

bool PhraseFinder::WordByteAt(size_t folded_pos) const {
  return folded_pos < folded_.size() && IsWordByte(static_cast<unsigned char>(folded_[folded_pos]));
}

TextSpan PhraseFinder::OriginalSpan(size_t begin, size_t end) const {
  TextSpan span{offsets_.Original(folded_, begin), offsets_.Original(folded_, end - 1) + 1};
  // The last folded byte maps to its code point's first byte: take the whole code point.
  while (span.end < original_.size() &&
         (static_cast<unsigned char>(original_[span.end]) & 0xC0) == 0x80) {
    ++span.end;
  }
  return span;
}

bool PhraseFinder::MatchAt(size_t at, std::string_view needle, bool prefix, size_t* end) const {
  if (folded_.compare(at, needle.size(), needle) != 0) return false;
  *end = at + needle.size();
  if (at > 0 && WordByteAt(at - 1) && IsWordByte(static_cast<unsigned char>(needle.front()))) {
    return false;
  }
  if (prefix) {
    while (WordByteAt(*end)) ++*end;
  } else if (WordByteAt(*end) && IsWordByte(static_cast<unsigned char>(needle.back()))) {
    return false;
  }
  return true;
}

const PhraseFinder::WordIndex& PhraseFinder::Words() const {
  if (words_) return *words_;
  words_ = std::make_unique<WordIndex>();
  std::string_view text(folded_);
  for (size_t i = 0; i < text.size();) {
    if (!WordByteAt(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && WordByteAt(j)) ++j;
    (*words_)[text.substr(i, j - i)].push_back(i);
    i = j;
  }
  return *words_;
}

std::vector<TextSpan> PhraseFinder::FindAll(std::string_view phrase) const {
  // Below this size a pass over the text costs less than building the index.
  constexpr size_t kIndexFrom = 4096;
  std::vector<TextSpan> out;
  bool prefix = !phrase.empty() && phrase.back() == '*';
  if (prefix) phrase.remove_suffix(1);
  std::string needle = FoldText(phrase, Fold::kCaseAndPunctuation);
  while (!needle.empty() && needle.back() == ' ') needle.pop_back();
  while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
  if (needle.empty()) return out;
  size_t end = 0;
  size_t first_word = 0;
  while (first_word < needle.size() && IsWordByte(static_cast<unsigned char>(needle[first_word]))) {
    ++first_word;
  }
  // Candidates start where the text has the needle's first word. A short text is searched
  // directly, and so is a needle with no first word to look up: one that opens with
  // punctuation, or one word with a trailing '*' ("cofond*").
  if (folded_.size() < kIndexFrom || first_word == 0 || (prefix && first_word == needle.size())) {
    for (size_t at = folded_.find(needle); at != std::string::npos;
         at = folded_.find(needle, at + 1)) {
      if (MatchAt(at, needle, prefix, &end)) out.push_back(OriginalSpan(at, end));
    }
    return out;
  }
  const auto& words = Words();
  auto found = words.find(std::string_view(needle).substr(0, first_word));
  if (found == words.end()) return out;
  const std::vector<size_t>& starts = found->second;
  for (size_t at : starts) {
    if (MatchAt(at, needle, prefix, &end)) out.push_back(OriginalSpan(at, end));
  }
  return out;
}

}  // namespace crosscheck::extract
