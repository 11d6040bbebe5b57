#include "solve/leaf_set_solver.h"

#include <gmpxx.h>

#include <algorithm>
#include <bit>
#include <map>
#include <optional>
#include <set>

namespace crosscheck::solve {

LeafSetSolver::LeafSetSolver(const std::vector<std::vector<std::string>>& leaves)
    : n_(leaves.size()) {
  std::map<std::string, Mask> by_leaf;
  for (size_t i = 0; i < leaves.size(); ++i) {
    for (const auto& leaf : leaves[i]) by_leaf[leaf] |= Mask{1} << i;
  }
  for (const auto& [leaf, mask] : by_leaf) claims_of_leaf_.push_back(mask);
}

// Some leaf is allowed by every claim of the set.
bool LeafSetSolver::Consistent(Mask claims) const {
  if (claims == 0) return true;
  return std::any_of(claims_of_leaf_.begin(), claims_of_leaf_.end(),
                     [&](Mask allowing) { return (allowing & claims) == claims; });
}

std::vector<int> LeafSetSolver::Members(Mask m) {
  std::vector<int> out;
  for (int i = 0; m; ++i, m >>= 1) {
    if (m & 1) out.push_back(i);
  }
  return out;
}

z3::check_result LeafSetSolver::Check(const std::vector<int>& subset) const {
  Mask m = 0;
  for (int i : subset) m |= Mask{1} << i;
  return Consistent(m) ? z3::sat : z3::unsat;
}

std::vector<LeafSetSolver::Mask> LeafSetSolver::MaximalSets() const {
  std::set<Mask> sets(claims_of_leaf_.begin(), claims_of_leaf_.end());
  std::vector<Mask> out;
  for (Mask s : sets) {
    bool contained = std::any_of(sets.begin(), sets.end(),
                                 [&](Mask other) { return other != s && (other & s) == s; });
    if (!contained && s != 0) out.push_back(s);
  }
  if (out.empty()) out.push_back(0);  // no claim allows any leaf: only the empty set holds
  return out;
}

MusResult LeafSetSolver::MinimalSets(const SolveLimits& limits) const {
  MusResult out;
  // By increasing size: a set is minimal when it conflicts and no smaller conflicting set found
  // so far lies inside it (every proper subset of it then holds).
  std::vector<Mask> found;
  Mask all = n_ == 32 ? ~Mask{0} : (Mask{1} << n_) - 1;
  for (int size = 1; size <= static_cast<int>(n_); ++size) {
    for (Mask m = 1; m != 0 && m <= all; ++m) {
      if (std::popcount(m) != size || Consistent(m)) continue;
      bool has_smaller =
          std::any_of(found.begin(), found.end(), [&](Mask f) { return (f & m) == f; });
      if (has_smaller) continue;
      if (found.size() >= limits.max_minimal_sets) {
        out.status = SolveStatus::kCapped;
        break;
      }
      found.push_back(m);
    }
    if (out.status == SolveStatus::kCapped) break;
  }
  for (Mask m : found) out.sets.push_back(Members(m));
  std::sort(out.sets.begin(), out.sets.end());
  for (Mask m : MaximalSets()) out.maximal.push_back(Members(m));
  return out;
}

std::vector<int> LeafSetSolver::CheapestCorrection(const std::vector<int>& weights,
                                                   const std::vector<int>& tie_ranks) const {
  // Drop the complement of a maximal consistent set; cost weight * 2^n + 2^rank, summed.
  std::optional<mpz_class> best_cost;
  std::vector<int> best;
  for (Mask keep : MaximalSets()) {
    std::vector<int> dropped;
    mpz_class cost = 0;
    for (size_t i = 0; i < n_; ++i) {
      if (keep & (Mask{1} << i)) continue;
      dropped.push_back(static_cast<int>(i));
      cost += mpz_class(weights[i]) << static_cast<mp_bitcnt_t>(n_);
      cost += mpz_class(1) << static_cast<mp_bitcnt_t>(tie_ranks[i]);
    }
    if (!best_cost || cost < *best_cost) {
      best_cost = cost;
      best = std::move(dropped);
    }
  }
  return best;
}

}  // namespace crosscheck::solve
