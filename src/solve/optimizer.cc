#include "solve/optimizer.h"

#include <string>

namespace crosscheck::solve {
namespace {

void Limit(z3::context& ctx, z3::optimize& opt, unsigned rlimit) {
  z3::params p(ctx);
  p.set("rlimit", rlimit);
  opt.set(p);
}

}  // namespace

std::optional<std::vector<int>> CheapestCorrection(z3::context& ctx,
                                                   const std::vector<z3::expr>& hard,
                                                   const std::vector<z3::expr>& soft,
                                                   const std::vector<int>& weights,
                                                   unsigned rlimit) {
  try {
    z3::optimize opt(ctx);
    Limit(ctx, opt, rlimit);
    for (const auto& h : hard) opt.add(h);
    std::vector<z3::expr> keep;
    for (size_t i = 0; i < soft.size(); ++i) {
      z3::expr k = ctx.bool_const(("keep#" + std::to_string(i)).c_str());
      opt.add(z3::implies(k, soft[i]));
      opt.add_soft(k, static_cast<unsigned>(weights[i]));
      keep.push_back(k);
    }
    if (opt.check() != z3::sat) return std::nullopt;
    z3::model model = opt.get_model();
    std::vector<int> dropped;
    for (size_t i = 0; i < keep.size(); ++i) {
      if (model.eval(keep[i], true).is_false()) dropped.push_back(static_cast<int>(i));
    }
    return dropped;
  } catch (const z3::exception&) {
    return std::nullopt;
  }
}

}  // namespace crosscheck::solve
