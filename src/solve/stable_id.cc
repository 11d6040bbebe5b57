#include "solve/stable_id.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace crosscheck::solve {

std::string StableId(std::string_view prefix, const std::vector<std::string>& parts) {
  // FNV-1a over the sorted parts: ids survive reordering and unrelated edits.
  std::vector<std::string> sorted = parts;
  std::sort(sorted.begin(), sorted.end());
  uint64_t h = 1469598103934665603ull;
  for (const auto& p : sorted) {
    for (char c : p) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  }
  return fmt::format("{}-{:012x}", prefix, h & 0xffffffffffffull);
}

}  // namespace crosscheck::solve
