#include "solve/mus.h"

#include <fmt/format.h>

#include <algorithm>

#include "solve/z3_limits.h"

namespace crosscheck::solve {

TrackedSolver::TrackedSolver(z3::context& ctx, const std::vector<z3::expr>& hard,
                             const std::vector<z3::expr>& soft, unsigned rlimit)
    : ctx_(ctx), solver_(ctx, z3::solver::simple()) {
  z3::params p(ctx);
  p.set("rlimit", rlimit);
  solver_.set(p);
  for (const auto& h : hard) solver_.add(h);
  for (size_t i = 0; i < soft.size(); ++i) {
    z3::expr a = ctx.bool_const(fmt::format("claim#{}", i).c_str());
    solver_.add(z3::implies(a, soft[i]));
    indicators_.push_back(a);
  }
}

z3::check_result TrackedSolver::Check(const std::vector<int>& subset) {
  z3::expr_vector assumptions(ctx_);
  for (int i : subset) assumptions.push_back(indicators_[static_cast<size_t>(i)]);
  try {
    return solver_.check(assumptions);
  } catch (const z3::exception& e) {
    if (IsResourceLimit(e)) return z3::unknown;  // solve/z3_limits.h: other errors abort
    throw;
  }
}

std::vector<int> TrackedSolver::Core() {
  std::vector<int> out;
  z3::expr_vector core = solver_.unsat_core();
  for (unsigned k = 0; k < core.size(); ++k) {
    for (size_t i = 0; i < indicators_.size(); ++i) {
      if (z3::eq(core[static_cast<int>(k)], indicators_[i])) out.push_back(static_cast<int>(i));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::vector<int>> TrackedSolver::Shrink(std::vector<int> set) {
  if (Check(set) != z3::unsat) return std::nullopt;
  set = Core();
  for (size_t k = 0; k < set.size();) {
    std::vector<int> without = set;
    without.erase(without.begin() + static_cast<long>(k));
    z3::check_result r = Check(without);
    if (r == z3::unknown) return std::nullopt;
    if (r == z3::unsat) {
      set = Core();  // the core may drop more than one member at once
      k = 0;
    } else {
      ++k;
    }
  }
  std::sort(set.begin(), set.end());
  return set;
}

std::optional<std::pair<long long, long long>> TrackedSolver::Range(const std::vector<int>& subset,
                                                                    const z3::expr& x,
                                                                    long long span) {
  auto value = [&]() -> std::optional<long long> {
    int64_t v = 0;
    z3::expr e = solver_.get_model().eval(x, true);
    if (!e.is_numeral_i64(v)) return std::nullopt;
    return static_cast<long long>(v);
  };
  // Is there a model with x <= bound (or >= bound)? Returns its x, or nullopt if none.
  auto probe = [&](long long bound, bool below, bool* undecided) -> std::optional<long long> {
    solver_.push();
    solver_.add(below ? x <= ctx_.int_val(static_cast<int64_t>(bound))
                      : x >= ctx_.int_val(static_cast<int64_t>(bound)));
    z3::check_result r = Check(subset);
    std::optional<long long> out;
    if (r == z3::sat) out = value();
    if (r == z3::unknown) *undecided = true;
    solver_.pop();
    return out;
  };
  if (Check(subset) != z3::sat) return std::nullopt;
  auto start = value();
  if (!start) return std::nullopt;
  long long ends[2];
  for (int side = 0; side < 2; ++side) {
    bool below = side == 0;  // side 0 looks for the minimum, side 1 for the maximum
    long long feasible = *start, infeasible = 0;
    bool undecided = false;
    for (long long step = 1;; step *= 2) {  // gallop until a bound fails
      if (step > span) return std::nullopt;
      long long target = below ? feasible - step : feasible + step;
      auto v = probe(target, below, &undecided);
      if (undecided) return std::nullopt;
      if (!v) {
        infeasible = target;
        break;
      }
      feasible = *v;
    }
    while (below ? feasible - infeasible > 1 : infeasible - feasible > 1) {  // then bisect
      long long mid = feasible + (infeasible - feasible) / 2;
      auto v = probe(mid, below, &undecided);
      if (undecided) return std::nullopt;
      if (v)
        feasible = *v;
      else
        infeasible = mid;
    }
    ends[side] = feasible;
  }
  return std::make_pair(ends[0], ends[1]);
}

MusResult EnumerateMinimalSets(TrackedSolver& solver, const SolveLimits& limits) {
  MusResult result;
  z3::context& ctx = solver.ctx();
  size_t n = solver.size();
  z3::solver map(ctx);
  std::vector<z3::expr> m;
  for (size_t i = 0; i < n; ++i) m.push_back(ctx.bool_const(fmt::format("map#{}", i).c_str()));
  while (true) {
    if (map.check() != z3::sat) break;
    z3::model model = map.get_model();
    // Unassigned map variables count as "in": seeds start large, so satisfiable seeds are
    // close to maximal already.
    std::vector<int> seed;
    for (size_t i = 0; i < n; ++i) {
      if (!model.eval(m[i], false).is_false()) seed.push_back(static_cast<int>(i));
    }
    z3::check_result r = solver.Check(seed);
    if (r == z3::unknown) {
      result.status = SolveStatus::kUnknown;
      return result;
    }
    if (r == z3::sat) {
      std::vector<bool> in(n, false);
      for (int i : seed) in[static_cast<size_t>(i)] = true;
      for (size_t j = 0; j < n; ++j) {
        if (in[j]) continue;
        seed.push_back(static_cast<int>(j));
        z3::check_result g = solver.Check(seed);
        if (g == z3::unknown) {
          result.status = SolveStatus::kUnknown;
          return result;
        }
        if (g == z3::sat)
          in[j] = true;
        else
          seed.pop_back();
      }
      z3::expr_vector outside(ctx);
      std::vector<int> mss;
      for (size_t j = 0; j < n; ++j) {
        if (!in[j])
          outside.push_back(m[j]);
        else
          mss.push_back(static_cast<int>(j));
      }
      result.maximal.push_back(std::move(mss));
      if (outside.empty()) break;  // everything together is satisfiable
      map.add(z3::mk_or(outside));
    } else {
      auto mus = solver.Shrink(seed);
      if (!mus) {
        result.status = SolveStatus::kUnknown;
        return result;
      }
      z3::expr_vector block(ctx);
      for (int i : *mus) block.push_back(!m[static_cast<size_t>(i)]);
      map.add(z3::mk_or(block));
      result.sets.push_back(std::move(*mus));
      if (result.sets.size() >= limits.max_minimal_sets) {
        result.status = SolveStatus::kCapped;
        break;
      }
    }
  }
  std::sort(result.sets.begin(), result.sets.end());
  return result;
}

}  // namespace crosscheck::solve
