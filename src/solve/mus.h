#pragma once

#include <z3++.h>

#include <optional>
#include <vector>

#include "solve/limits.h"

namespace crosscheck::solve {

enum class SolveStatus { kComplete, kCapped, kUnknown };

// A solver over hard constraints and tracked soft ones (one per claim), with the queries the
// checker needs: satisfiability of a subset, and minimal unsatisfiable subsets.
class TrackedSolver {
 public:
  TrackedSolver(z3::context& ctx, const std::vector<z3::expr>& hard,
                const std::vector<z3::expr>& soft, unsigned rlimit);

  // sat / unsat / unknown of hard + the soft constraints in `subset`.
  z3::check_result Check(const std::vector<int>& subset);
  // After an unsat Check: the soft constraints in the core.
  std::vector<int> Core();
  // Deletion-based shrinking of an unsatisfiable subset to a minimal one; nullopt on unknown.
  std::optional<std::vector<int>> Shrink(std::vector<int> unsat_subset);

  // Smallest and largest value of the integer `x` under hard + `subset`, by model-guided
  // search with pushed bounds (reuses what the solver has learnt; much cheaper here than a
  // fresh Optimize per query). nullopt when unsatisfiable, undecided, or wider than `span`.
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                       const z3::expr& x, long long span);

  size_t size() const { return indicators_.size(); }
  z3::context& ctx() { return ctx_; }

 private:
  z3::context& ctx_;
  z3::solver solver_;
  std::vector<z3::expr> indicators_;
};

struct MusResult {
  std::vector<std::vector<int>> sets;     // minimal unsatisfiable subsets, sorted ascending
  std::vector<std::vector<int>> maximal;  // maximal satisfiable subsets met on the way (all of
                                          // them when status is kComplete), sorted ascending
  SolveStatus status = SolveStatus::kComplete;
};

// Every minimal unsatisfiable subset (MARCO: a map solver proposes unexplored subsets; satisfiable
// ones grow to maximal and block their subsets, unsatisfiable ones shrink to minimal and block
// their supersets), up to `limits.max_minimal_sets`.
MusResult EnumerateMinimalSets(TrackedSolver& solver, const SolveLimits& limits);

}  // namespace crosscheck::solve
