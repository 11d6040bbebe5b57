#pragma once

#include <z3++.h>

#include <optional>
#include <vector>

namespace crosscheck::solve {

// Lowest-weight set of soft constraints to drop so that the rest hold with `hard` (Z3 Optimize
// with weighted soft constraints). Indices into `soft`, ascending; nullopt if undecided.
// `tie_ranks` (a permutation of 0..n-1) breaks ties between corrections of equal weight: the one
// that keeps the claims of higher rank wins, so the choice is unique and does not move when an
// unrelated claim is added or edited.
std::optional<std::vector<int>> CheapestCorrection(
    z3::context& ctx, const std::vector<z3::expr>& hard, const std::vector<z3::expr>& soft,
    const std::vector<int>& weights, const std::vector<int>& tie_ranks, unsigned rlimit);

}  // namespace crosscheck::solve
