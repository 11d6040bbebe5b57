#pragma once

#include <z3++.h>

#include <optional>
#include <utility>
#include <vector>

#include "common/rational.h"
#include "solve/mus.h"

namespace crosscheck::solve {

// The commonest component, decided exactly without a Z3 solver: every claim bounds one shared
// variable (x >= 5.5, x < 6.5, d >= 20089 ...) and no law constrains it. Intervals on a line hold
// together exactly when every two of them meet (Helly's theorem in one dimension), so the
// minimal conflicting sets are the disjoint pairs (and any claim empty on its own), the maximal
// consistent sets are the claims over one point, and the cheapest correction keeps the best of
// those. Answers are the ones TrackedSolver, EnumerateMinimalSets and CheapestCorrection give on
// the same constraints (tests/unit/interval_solver_test.cc compares them on generated components).
class IntervalSolver {
 public:
  // The solver for these constraints, or nullopt when they are not all bounds on one variable
  // (or `hard` is not empty): the component then goes to Z3.
  static std::optional<IntervalSolver> Recognise(const std::vector<z3::expr>& hard,
                                                 const std::vector<z3::expr>& soft);

  z3::check_result Check(const std::vector<int>& subset) const;
  // Smallest and largest integer value under `subset` (integer variables only); nullopt when
  // empty, unbounded or wider than `span`.
  std::optional<std::pair<long long, long long>> Range(const std::vector<int>& subset,
                                                       long long span) const;
  MusResult MinimalSets(const SolveLimits& limits) const;
  // Weighted like CheapestCorrection: weight first, then the tie ranks (indices, ascending).
  std::vector<int> CheapestCorrection(const std::vector<int>& weights,
                                      const std::vector<int>& tie_ranks) const;

  size_t size() const { return bounds_.size(); }

 private:
  struct End {
    bool present = false;  // false: unbounded on this side
    Rational value;
    bool open = false;
  };
  struct Bounds {
    End low, high;
  };
  // A point of the line, or the point just above `value` when `above` is set (an open low end).
  struct Point {
    bool minus_infinity = false;
    Rational value;
    bool above = false;
  };

  static void Tighten(bool low, const Rational& value, bool open, End& end);
  Bounds Meet(const std::vector<int>& subset) const;
  static bool Empty(const Bounds& b);
  bool Contains(int claim, const Point& p) const;
  std::vector<std::vector<int>> MaximalSets() const;

  std::vector<Bounds> bounds_;
  bool integer_ = false;
};

}  // namespace crosscheck::solve
