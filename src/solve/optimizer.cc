#include "solve/optimizer.h"

#include <gmpxx.h>

#include <string>

#include "solve/z3_limits.h"

namespace crosscheck::solve {
namespace {

void Limit(z3::context& ctx, z3::optimize& opt, unsigned rlimit) {
  z3::params p(ctx);
  p.set("rlimit", rlimit);
  opt.set(p);
}

}  // namespace

std::optional<std::vector<int>> CheapestCorrection(
    z3::context& ctx, const std::vector<z3::expr>& hard, const std::vector<z3::expr>& soft,
    const std::vector<int>& weights, const std::vector<int>& tie_ranks, unsigned rlimit) {
  try {
    z3::optimize opt(ctx);
    Limit(ctx, opt, rlimit);
    for (const auto& h : hard) opt.add(h);
    std::vector<z3::expr> keep;
    for (size_t i = 0; i < soft.size(); ++i) {
      z3::expr k = ctx.bool_const(("keep#" + std::to_string(i)).c_str());
      opt.add(z3::implies(k, soft[i]));
      // weight * 2^n + 2^rank: any difference in weight outweighs every tie-break, and distinct
      // powers of two make every subset's total distinct (exact, as decimal strings).
      mpz_class w = mpz_class(weights[i]) << static_cast<mp_bitcnt_t>(soft.size());
      w += mpz_class(1) << static_cast<mp_bitcnt_t>(tie_ranks[i]);
      opt.add_soft(k, w.get_str().c_str());
      keep.push_back(k);
    }
    if (opt.check() != z3::sat) return std::nullopt;
    z3::model model = opt.get_model();
    std::vector<int> dropped;
    for (size_t i = 0; i < keep.size(); ++i) {
      if (model.eval(keep[i], true).is_false()) dropped.push_back(static_cast<int>(i));
    }
    return dropped;
  } catch (const z3::exception& e) {
    if (IsResourceLimit(e)) return std::nullopt;  // solve/z3_limits.h: other errors abort
    throw;
  }
}

}  // namespace crosscheck::solve
