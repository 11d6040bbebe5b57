#pragma once

#include <vector>

#include "model/finding.h"
#include "solve/component_claims.h"
#include "solve/oracle.h"

namespace crosscheck::solve {

// The contradictions of a component whose claims cannot all hold: one finding per disputed fact
// (minimal sets over the same facts are grouped), with the camps of claims that agree, the
// cheapest correction `correction` and the corrections that cost as much, and for a date
// disputed by two camps how far apart they are. `capped`: the listing of `sets` stopped at
// SolveLimits::max_minimal_sets.
void AddContradictions(const ComponentClaims& claims, Oracle& oracle,
                       const std::vector<std::vector<int>>& sets,
                       const std::vector<std::vector<int>>& maximal,
                       const std::vector<int>& correction, bool capped, std::vector<Finding>& out);

}  // namespace crosscheck::solve
