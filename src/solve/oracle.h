#pragma once

#include <z3++.h>

#include <optional>
#include <utility>
#include <vector>

#include "solve/interval_solver.h"
#include "solve/leaf_set_solver.h"
#include "solve/mus.h"

namespace crosscheck::solve {

// What findings ask of a component once its conflicts are listed: whether a subset holds, and
// the integer range a subset leaves a variable. Z3 answers in general, IntervalSolver for
// components of bounds on one variable, LeafSetSolver for single-valued categories.
class Oracle {
 public:
  virtual ~Oracle() = default;
  virtual z3::check_result Check(const std::vector<int>& subset) = 0;
  virtual std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                               const z3::expr& x,
                                                               long long span) = 0;
};

class Z3Oracle : public Oracle {
 public:
  explicit Z3Oracle(TrackedSolver& solver) : solver_(solver) {}
  z3::check_result Check(const std::vector<int>& subset) override { return solver_.Check(subset); }
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                       const z3::expr& x, long long span) override {
    return solver_.Range(subset, x, span);
  }

 private:
  TrackedSolver& solver_;
};

class IntervalOracle : public Oracle {
 public:
  explicit IntervalOracle(const IntervalSolver& solver) : solver_(solver) {}
  z3::check_result Check(const std::vector<int>& subset) override { return solver_.Check(subset); }
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                       const z3::expr& /*the one variable*/,
                                                       long long span) override {
    return solver_.Range(subset, span);
  }

 private:
  const IntervalSolver& solver_;
};

class LeafOracle : public Oracle {
 public:
  explicit LeafOracle(const LeafSetSolver& solver) : solver_(solver) {}
  z3::check_result Check(const std::vector<int>& subset) override { return solver_.Check(subset); }
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>&, const z3::expr&,
                                                       long long) override {
    return std::nullopt;  // categories have no range
  }

 private:
  const LeafSetSolver& solver_;
};

}  // namespace crosscheck::solve
