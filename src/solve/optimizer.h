#pragma once

#include <z3++.h>

#include <optional>
#include <vector>

namespace crosscheck::solve {

// Lowest-weight set of soft constraints to drop so that the rest hold with `hard` (Z3 Optimize
// with weighted soft constraints). Indices into `soft`, ascending; nullopt if undecided.
std::optional<std::vector<int>> CheapestCorrection(z3::context& ctx,
                                                   const std::vector<z3::expr>& hard,
                                                   const std::vector<z3::expr>& soft,
                                                   const std::vector<int>& weights,
                                                   unsigned rlimit);

}  // namespace crosscheck::solve
