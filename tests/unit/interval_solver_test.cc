// Differential test: the interval fast path must answer exactly what Z3 answers on the same
// constraints, for generated components of bounds on one variable (open and closed ends,
// missing ends, integer and real variables, ties in weight).
#include "solve/interval_solver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "solve/mus.h"
#include "solve/optimizer.h"

namespace crosscheck::solve {
namespace {

struct Generated {
  std::vector<z3::expr> soft;
  std::vector<int> weights;
  std::vector<int> ranks;
};

Generated Generate(z3::context& ctx, std::mt19937& rng, bool integer) {
  z3::expr x = integer ? ctx.int_const("x") : ctx.real_const("x");
  std::uniform_int_distribution<int> count(1, 7), end(0, 12), coin(0, 3), weight(1, 3);
  Generated g;
  int n = count(rng);
  for (int i = 0; i < n; ++i) {
    z3::expr c = ctx.bool_val(true);
    int lo = end(rng), width = end(rng) / 3;
    auto number = [&](int v) {
      // Halves on real variables, so that open and closed ends matter between integers too.
      return integer ? ctx.int_val(v) : ctx.real_val(v, 2);
    };
    int a = integer ? lo : 2 * lo, b = integer ? lo + width : 2 * (lo + width) + coin(rng) % 2;
    if (coin(rng) != 0) c = c && (coin(rng) == 0 ? x > number(a) : x >= number(a));
    if (coin(rng) != 0) c = c && (coin(rng) == 0 ? number(b) > x : x <= number(b));
    if (coin(rng) == 0 && coin(rng) == 0) c = x == number(a);
    g.soft.push_back(c);
    g.weights.push_back(weight(rng));
  }
  g.ranks.resize(static_cast<size_t>(n));
  std::iota(g.ranks.begin(), g.ranks.end(), 0);
  std::shuffle(g.ranks.begin(), g.ranks.end(), rng);
  return g;
}

std::vector<std::vector<int>> Sorted(std::vector<std::vector<int>> sets) {
  std::sort(sets.begin(), sets.end());
  return sets;
}

TEST(IntervalSolver, AnswersAsZ3DoesOnGeneratedComponents) {
  std::mt19937 rng(20261123);
  SolveLimits limits;
  int unsat_components = 0;
  for (int round = 0; round < 300; ++round) {
    z3::context ctx;
    bool integer = round % 2 == 0;
    Generated g = Generate(ctx, rng, integer);
    auto fast = IntervalSolver::Recognise({}, g.soft);
    bool all_true = std::all_of(g.soft.begin(), g.soft.end(), [](auto& e) { return e.is_true(); });
    if (all_true) continue;
    ASSERT_TRUE(fast) << "round " << round;
    TrackedSolver z3(ctx, {}, g.soft, limits.rlimit);
    std::vector<int> all(g.soft.size());
    std::iota(all.begin(), all.end(), 0);
    // Every subset (components are small).
    for (unsigned mask = 0; mask < (1u << g.soft.size()); ++mask) {
      std::vector<int> subset;
      for (size_t i = 0; i < g.soft.size(); ++i) {
        if (mask & (1u << i)) subset.push_back(static_cast<int>(i));
      }
      ASSERT_EQ(fast->Check(subset), z3.Check(subset)) << "round " << round << " mask " << mask;
      if (integer) {
        auto a = fast->Range(subset, 40000), b = z3.Range(subset, ctx.int_const("x"), 40000);
        ASSERT_EQ(a.has_value(), b.has_value()) << "round " << round << " mask " << mask;
        if (a) {
          EXPECT_EQ(*a, *b);
        }
      }
    }
    if (z3.Check(all) != z3::unsat) continue;
    ++unsat_components;
    MusResult expected = EnumerateMinimalSets(z3, limits);
    MusResult got = fast->MinimalSets(limits);
    EXPECT_EQ(Sorted(got.sets), Sorted(expected.sets)) << "round " << round;
    EXPECT_EQ(Sorted(got.maximal), Sorted(expected.maximal)) << "round " << round;
    auto correction = CheapestCorrection(ctx, {}, g.soft, g.weights, g.ranks, limits.rlimit);
    ASSERT_TRUE(correction);
    EXPECT_EQ(fast->CheapestCorrection(g.weights, g.ranks), *correction) << "round " << round;
  }
  EXPECT_GT(unsat_components, 40);  // the generator does produce conflicts to compare
}

TEST(IntervalSolver, LeavesOtherShapesToZ3) {
  z3::context ctx;
  z3::expr x = ctx.int_const("x"), y = ctx.int_const("y");
  EXPECT_FALSE(IntervalSolver::Recognise({}, {x >= 1, y <= 2}));     // two variables
  EXPECT_FALSE(IntervalSolver::Recognise({}, {x + y >= 1}));         // not a bound
  EXPECT_FALSE(IntervalSolver::Recognise({x >= 0}, {x >= 1}));       // a law besides
  EXPECT_FALSE(IntervalSolver::Recognise({}, {x >= 1 || x <= -1}));  // a disjunction
  EXPECT_TRUE(IntervalSolver::Recognise({}, {x >= 1 && x < 5, 3 >= x}));
}

}  // namespace
}  // namespace crosscheck::solve
