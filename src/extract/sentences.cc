#include "extract/sentences.h"

#include <algorithm>
#include <array>

namespace crosscheck::extract {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool StartsWith(std::string_view text, size_t pos, std::string_view s) {
  return text.substr(pos, s.size()) == s;
}

// White space after `pos`: ASCII, or the no-break and narrow no-break spaces the seeds use.
bool SpaceAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return true;
  return IsSpace(static_cast<unsigned char>(text[pos])) || StartsWith(text, pos, "\u00a0") ||
         StartsWith(text, pos, "\u202f");
}

// The word that ends just before `pos` (the dot), as ASCII bytes.
std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t b = pos;
  while (b > 0 && !IsSpace(static_cast<unsigned char>(text[b - 1])) && text[b - 1] != '(') --b;
  return text.substr(b, pos - b);
}

bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kAbbreviations = {
      "Co", "Inc", "Corp", "Ltd", "etc", "av", "apr", "J.-C", "St", "Dr", "Mr", "Mrs"};
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // "M." "J."
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
}

// Length of the white space ending at `end` (one character), or 0.
size_t SpaceBefore(std::string_view text, size_t end) {
  if (end >= 1 && IsSpace(static_cast<unsigned char>(text[end - 1]))) return 1;
  if (end >= 2 && text.substr(end - 2, 2) == "\u00a0") return 2;
  if (end >= 3 && text.substr(end - 3, 3) == "\u202f") return 3;
  return 0;
}

// Trims white space, no-break spaces included, off both ends.
TextSpan Trim(std::string_view text, TextSpan s) {
  while (s.begin < s.end && SpaceAt(text, s.begin)) {
    s.begin += IsSpace(static_cast<unsigned char>(text[s.begin])) ? 1
               : StartsWith(text, s.begin, "\u00a0")              ? 2
                                                                  : 3;
  }
  while (s.end > s.begin && SpaceBefore(text, s.end) > 0) s.end -= SpaceBefore(text, s.end);
  return s;
}

// Length of a clause break starting at `pos` ("," + space, " – "), or 0.
size_t ClauseBreakAt(std::string_view text, size_t pos) {
  char c = text[pos];
  if ((c == ',' || c == ';' || c == ':') && SpaceAt(text, pos + 1)) return 1;
  if (c == '(' || c == ')') return 1;
  if (c != ' ') return 0;  // every dash below is set off by a space (a test per byte of text)
  for (std::string_view dash : {" \u2013 ", " \u2014 ", " - "}) {
    if (StartsWith(text, pos, dash)) return dash.size();
  }
  return 0;
}

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view text) {
  std::vector<TextSpan> out;
  size_t start = 0;
  auto close = [&](size_t end) {
    TextSpan s = Trim(text, {start, end});
    if (s.end > s.begin) out.push_back(s);
    start = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      close(i);
      continue;
    }
    size_t mark = 0;
    if (c == '.' || c == '!' || c == '?') mark = 1;
    if (c == '\xE2' && StartsWith(text, i, "\u2026")) mark = 3;  // its first byte, then the rest
    if (mark == 0 || !SpaceAt(text, i + mark)) continue;
    if (c == '.' && IsAbbreviation(WordBefore(text, i))) continue;
    close(i + mark);
    i += mark - 1;
  }
  close(text.size());
  return out;
}

size_t SentenceAt(const std::vector<TextSpan>& sentences, size_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](size_t p, const TextSpan& s) { return p < s.begin; });
  return it == sentences.begin() ? 0 : static_cast<size_t>(it - sentences.begin()) - 1;
}

TextSpan ClauseAround(std::string_view text, TextSpan sentence, TextSpan inner) {
  inner.begin = std::clamp(inner.begin, sentence.begin, sentence.end);
  inner.end = std::clamp(inner.end, inner.begin, sentence.end);
  size_t begin = sentence.begin;
  for (size_t i = sentence.begin; i < inner.begin;) {
    size_t len = ClauseBreakAt(text, i);
    if (len > 0 && i + len <= inner.begin) {
      begin = i + len;
      i += len;
    } else {
      ++i;
    }
  }
  size_t end = inner.end;
  while (end < sentence.end && ClauseBreakAt(text, end) == 0) ++end;
  return Trim(text, {begin, end});
}

}  // namespace crosscheck::extract
