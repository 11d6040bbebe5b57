#include "extract/candidates.h"

#include <array>
#include <string_view>

#include "extract/trigger_words.h"
#include "parse/cursor.h"

namespace crosscheck::extract::detail {
namespace {

// How far (in folded bytes, start to start) an opener may stand before the value it leads to:
// "aux alentours de 10", "il y a une petite semaine", "pour à peine deux".
constexpr size_t kOpenerReach = 48;

// parse::IsWordByte as a table: this loop runs over every byte of the article.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int u = 0; u < 256; ++u) {
    t[static_cast<size_t>(u)] =
        (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
  }
  return t;
}();
inline bool IsWordByte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }

// Longer runs of letters are no word of the lexicon, and are not hashed.
constexpr size_t kLongestWord = 24;

}  // namespace

void FindStarts(const FoldedText& text, std::vector<Start>* out) {
  const std::string& s = text.text();
  const size_t n = s.size();
  constexpr uint8_t kStarts = kQuantity | kDate | kSpan;
  std::vector<Start> found;  // with kCore still set
  // An opener waits for the next word: kept when that one carries a value or continues it.
  bool waiting = false;
  Start opener{0, 0};
  auto take = [&](size_t pos, uint8_t flags) {
    if (waiting && (flags & (kCore | kSecond))) found.push_back(opener);
    waiting = false;
    if ((flags & kNeedsNext) && !(flags & kCore)) {
      waiting = true;
      opener = {pos, flags};
    } else if (flags & (kCore | kStarts)) {
      found.push_back({pos, flags});
    }
  };
  size_t p = 0;
  size_t word_start = 0, word_end = SIZE_MAX;  // the last word seen
  while (p < n) {
    char ch = s[p];
    if (IsWordByte(ch)) {
      size_t q = p + 1;
      while (q < n && IsWordByte(s[q])) ++q;
      std::string_view word(s.data() + p, q - p);
      take(p, word.size() <= kLongestWord || parse::IsAsciiDigit(ch) ? TriggerFlags(word) : 0);
      word_start = p;
      word_end = q;
      p = q;
      continue;
    }
    // "$5", "-3": starts that are not words.
    // "- 1,200,000": ReadFigure takes a spaced sign only where the figure opens its clause;
    // "-.0012": a sign before a figure without its leading zero.
    bool sign = ch == '-' && p + 1 < n &&
                (parse::IsAsciiDigit(s[p + 1]) ||
                 ((s[p + 1] == ' ' || s[p + 1] == '.' || s[p + 1] == ',') && p + 2 < n &&
                  parse::IsAsciiDigit(s[p + 2]))) &&
                (p == 0 || !IsWordByte(s[p - 1]));
    // "R$ 5", "Mex$ 10": a word glued before '$' names which dollar, so the figure starts there.
    if (ch == '$' && word_end == p && p > 0) {
      take(word_start, kCore | kQuantity);
    } else if (ch == '$' || sign) {
      take(p, kCore | kQuantity);
    }
    ++p;
  }
  // Backwards, so that each opener knows where the next value stands.
  size_t next_core = SIZE_MAX;
  size_t kept = found.size();
  for (size_t i = found.size(); i-- > 0;) {
    Start st = found[i];
    bool core = st.flags & kCore;
    bool near = next_core != SIZE_MAX && next_core - st.pos <= kOpenerReach;
    if (core) next_core = st.pos;
    if ((core || near) && (st.flags & kStarts)) {
      found[--kept] = {st.pos, static_cast<uint8_t>(st.flags & kStarts)};
    }
  }
  // In place: the starts of a whole article are many, and copying them cost an allocation.
  found.erase(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(kept));
  out->swap(found);
}

}  // namespace crosscheck::extract::detail
