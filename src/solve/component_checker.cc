#include "solve/component_checker.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "solve/agreements.h"
#include "solve/contradictions.h"
#include "solve/optimizer.h"
#include "solve/stable_id.h"

namespace crosscheck::solve {
namespace {

// Each minimal set is re-checked: unsatisfiable as a whole, satisfiable without any member.
bool Verified(TrackedSolver& solver, const std::vector<int>& set) {
  if (solver.Check(set) != z3::unsat) return false;
  for (size_t k = 0; k < set.size(); ++k) {
    std::vector<int> without = set;
    without.erase(without.begin() + static_cast<long>(k));
    if (solver.Check(without) != z3::sat) return false;
  }
  return true;
}

}  // namespace

void ComponentChecker::Run(std::vector<Finding>& out) {
  const SolveLimits& limits = claims_.limits();
  if (limits.fast_path) {
    if (auto intervals = IntervalSolver::Recognise(claims_.hard(), claims_.soft())) {
      without_z3_ = true;
      IntervalOracle oracle(*intervals);
      return RunExact(*intervals, oracle, out);
    }
    if (auto leaves = LeafShape()) {
      without_z3_ = true;
      LeafSetSolver solver(*leaves);
      LeafOracle oracle(solver);
      return RunExact(solver, oracle, out);
    }
  }
  TrackedSolver solver(claims_.ctx(), claims_.hard(), claims_.soft(), limits.rlimit);
  Z3Oracle oracle(solver);
  std::vector<int> all(claims_.size());
  std::iota(all.begin(), all.end(), 0);
  z3::check_result r = solver.Check(all);
  if (r == z3::unknown) return Unknown(out, UndecidedStep::kCheck);
  std::vector<int> kept = all;
  if (r == z3::unsat) {
    MusResult mus = EnumerateMinimalSets(solver, limits);
    if (mus.status == SolveStatus::kUnknown) {
      return Unknown(out, UndecidedStep::kListing);
    }
    std::vector<std::vector<int>> verified;
    for (auto& set : mus.sets) {
      if (Verified(solver, set)) verified.push_back(set);
    }
    std::sort(verified.begin(), verified.end());  // the order MARCO met them in is arbitrary
    auto correction = CheapestCorrection(claims_.ctx(), claims_.hard(), claims_.soft(),
                                         claims_.weights(), claims_.TieRanks(), limits.rlimit);
    if (!correction) return Unknown(out, UndecidedStep::kCorrection);
    AddContradictions(claims_, oracle, verified, mus.maximal, *correction,
                      mus.status == SolveStatus::kCapped, out);
    std::set<int> dropped(correction->begin(), correction->end());
    kept.clear();
    for (int i : all) {
      if (!dropped.count(i)) kept.push_back(i);
    }
    if (solver.Check(kept) != z3::sat) return;
  }
  AddAgreements(claims_, oracle, kept, r == z3::unsat, out);
}

// A component an exact solver decides (IntervalSolver, LeafSetSolver): the same findings as
// the Z3 path, from the same listing of minimal and maximal sets.
template <typename ExactSolver>
void ComponentChecker::RunExact(const ExactSolver& exact, Oracle& oracle,
                                std::vector<Finding>& out) {
  std::vector<int> kept(claims_.size());
  std::iota(kept.begin(), kept.end(), 0);
  bool conflict = exact.Check(kept) == z3::unsat;
  if (conflict) {
    MusResult mus = exact.MinimalSets(claims_.limits());
    std::vector<int> correction = exact.CheapestCorrection(claims_.weights(), claims_.TieRanks());
    AddContradictions(claims_, oracle, mus.sets, mus.maximal, correction,
                      mus.status == SolveStatus::kCapped, out);
    std::set<int> dropped(correction.begin(), correction.end());
    std::erase_if(kept, [&](int i) { return dropped.count(i) > 0; });
  }
  AddAgreements(claims_, oracle, kept, conflict, out);
}

// The leaves each claim allows, when the component is single-valued categories on one
// variable under nothing but their taxonomy's structure (solve/leaf_set_solver.h).
std::optional<std::vector<std::vector<std::string>>> ComponentChecker::LeafShape() const {
  if (claims_.size() > LeafSetSolver::kMaxClaims) return std::nullopt;
  for (int b : claims_.component().background) {
    if (!claims_.encoding().background[static_cast<size_t>(b)].single_leaf_structure) {
      return std::nullopt;
    }
  }
  std::vector<std::vector<std::string>> leaves;
  for (size_t i = 0; i < claims_.size(); ++i) {
    const auto& c = claims_.Claim(static_cast<int>(i));
    if (c.leaves.empty() || c.primary_var != claims_.Claim(0).primary_var || c.vars.size() != 1) {
      return std::nullopt;
    }
    leaves.push_back(c.leaves);
  }
  return leaves;
}

void ComponentChecker::Unknown(std::vector<Finding>& out, UndecidedStep step) const {
  Finding f;
  f.kind = FindingKind::kUnknown;
  f.severity = FindingSeverity::kMedium;
  std::vector<std::string> ids;
  for (size_t i = 0; i < claims_.size(); ++i) {
    f.claims.push_back(*claims_.View(static_cast<int>(i)));
    ids.push_back(f.claims.back().id);
  }
  f.subject = f.claims.front().subject;
  f.property = f.claims.front().property;
  f.undecided = step;
  f.id = StableId("U", ids);
  out.push_back(std::move(f));
}

}  // namespace crosscheck::solve
