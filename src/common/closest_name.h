// "Did you mean": the known name closest to a mistyped one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// The candidate closest to `typed` by edit distance (insertions, deletions, substitutions and
// swaps of two neighbours), if it is close enough to be what was meant: at most a third of the
// longer name's letters, and at most 3. Ties go to the first candidate.
std::optional<std::string> ClosestName(std::string_view typed,
                                       const std::vector<std::string>& candidates);

}  // namespace crosscheck
