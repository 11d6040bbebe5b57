#include "common/fold_map.h"

#include <algorithm>

namespace crosscheck {

size_t FoldMap::Original(std::string_view folded, size_t p) const {
  // The last segment starting at or before p (the first always starts at 0).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), p,
                             [](size_t q, const Segment& s) { return q < s.folded; });
  if (it == segments_.begin()) return p;
  const Segment& s = *(it - 1);
  if (s.original & kPointBit) return s.original & ~kPointBit;
  // In a copy run, a continuation byte maps to where its code point starts, as its lead does.
  size_t lead = p;
  while (lead > s.folded && lead < folded.size() &&
         (static_cast<unsigned char>(folded[lead]) & 0xC0) == 0x80) {
    --lead;
  }
  return s.original + (lead - s.folded);
}

}  // namespace crosscheck
