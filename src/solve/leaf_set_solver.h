#pragma once

#include <z3++.h>

#include <string>
#include <vector>

#include "solve/mus.h"

namespace crosscheck::solve {

// The commonest category component, decided exactly without a Z3 solver: claims that each put
// one single-valued category under a node of its taxonomy, and no law besides the taxonomy's
// structure. Such a category holds one leaf, under every node held, so claims hold together
// exactly when some leaf lies under all their nodes: each claim is the set of leaves it allows,
// a subset is consistent when their intersection is not empty, the maximal consistent sets are
// the claims allowing each leaf, and the minimal conflicting sets are found by size (small
// components only: at most kMaxClaims claims, else Z3 decides). Same answers as Z3 on the
// encoder's laws (golden cases and generated corpora are checked both ways).
class LeafSetSolver {
 public:
  static constexpr size_t kMaxClaims = 16;

  // `leaves[i]`: the leaf ids claim i allows. Requires leaves.size() <= kMaxClaims.
  explicit LeafSetSolver(const std::vector<std::vector<std::string>>& leaves);

  z3::check_result Check(const std::vector<int>& subset) const;
  MusResult MinimalSets(const SolveLimits& limits) const;
  // Weighted like CheapestCorrection: weight first, then the tie ranks (indices, ascending).
  std::vector<int> CheapestCorrection(const std::vector<int>& weights,
                                      const std::vector<int>& tie_ranks) const;

 private:
  using Mask = uint32_t;  // a set of claims
  bool Consistent(Mask claims) const;
  std::vector<Mask> MaximalSets() const;
  static std::vector<int> Members(Mask m);

  size_t n_ = 0;
  std::vector<Mask> claims_of_leaf_;  // for each leaf, the claims that allow it
};

}  // namespace crosscheck::solve
