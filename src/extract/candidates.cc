#include "extract/candidates.h"

#include <string_view>

#include "extract/trigger_words.h"
#include "parse/cursor.h"

namespace crosscheck::extract::detail {
namespace {

// How far (in folded bytes, start to start) an opener may stand before the value it leads to:
// "aux alentours de 10", "il y a une petite semaine", "pour à peine deux".
constexpr size_t kOpenerReach = 48;

// Longer runs of letters are no word of the lexicon, and are not hashed.
constexpr size_t kLongestWord = 24;

}  // namespace

void FindStarts(const FoldedText& text, std::vector<Start>* out) {
  const std::string& s = text.text();
  const size_t n = s.size();
  std::vector<Start> found;  // with kCore still set
  size_t p = 0;
  while (p < n) {
    char ch = s[p];
    if (parse::IsWordByte(ch)) {
      size_t q = p + 1;
      while (q < n && parse::IsWordByte(s[q])) ++q;
      std::string_view word(s.data() + p, q - p);
      uint8_t flags =
          word.size() <= kLongestWord || parse::IsAsciiDigit(ch) ? TriggerFlags(word) : 0;
      if (flags) found.push_back({p, flags});
      p = q;
      continue;
    }
    // "$5", "-3": starts that are not words.
    bool sign = ch == '-' && p + 1 < n && parse::IsAsciiDigit(s[p + 1]) &&
                (p == 0 || !parse::IsWordByte(s[p - 1]));
    if (ch == '$' || sign) found.push_back({p, kCore | kQuantity});
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
    if ((core || near) && (st.flags & (kQuantity | kTime))) {
      found[--kept] = {st.pos, static_cast<uint8_t>(st.flags & (kQuantity | kTime))};
    }
  }
  out->assign(found.begin() + static_cast<std::ptrdiff_t>(kept), found.end());
}

}  // namespace crosscheck::extract::detail
