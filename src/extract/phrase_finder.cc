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
  TextSpan span{offsets_[begin], offsets_[end - 1] + 1};
  // The last folded byte maps to its code point's first byte: take the whole code point.
  while (span.end < original_.size() &&
         (static_cast<unsigned char>(original_[span.end]) & 0xC0) == 0x80) {
    ++span.end;
  }
  return span;
}

std::vector<TextSpan> PhraseFinder::FindAll(std::string_view phrase) const {
  std::vector<TextSpan> out;
  bool prefix = !phrase.empty() && phrase.back() == '*';
  if (prefix) phrase.remove_suffix(1);
  std::string needle = FoldText(phrase, Fold::kCaseAndPunctuation);
  while (!needle.empty() && needle.back() == ' ') needle.pop_back();
  while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
  if (needle.empty()) return out;
  for (size_t at = folded_.find(needle); at != std::string::npos;
       at = folded_.find(needle, at + 1)) {
    size_t end = at + needle.size();
    if (at > 0 && WordByteAt(at - 1) && IsWordByte(static_cast<unsigned char>(needle.front()))) {
      continue;
    }
    if (prefix) {
      while (WordByteAt(end)) ++end;
    } else if (WordByteAt(end) && IsWordByte(static_cast<unsigned char>(needle.back()))) {
      continue;
    }
    out.push_back(OriginalSpan(at, end));
  }
  return out;
}

}  // namespace crosscheck::extract
