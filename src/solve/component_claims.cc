#include "solve/component_claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "solve/mus.h"

namespace crosscheck::solve {

ComponentClaims::ComponentClaims(const encode::Encoding& enc, const Corpus& corpus,
                                 const Component& comp, z3::context& ctx, const SolveLimits& limits)
    : enc_(enc), corpus_(corpus), comp_(comp), ctx_(ctx), limits_(limits) {
  for (int b : comp.background) hard_.push_back(enc.background[static_cast<size_t>(b)].constraint);
  for (int c : comp.claims) {
    const auto& ec = enc.claims[static_cast<size_t>(c)];
    soft_.push_back(ec.constraint);
    weights_.push_back(ec.weight);
  }
}

std::string ComponentClaims::FactKey(int local) const {
  const auto& c = Claim(local);
  if (c.primary_var >= 0) return fmt::format("{}", Var(c.primary_var).key);
  std::string key;
  for (int v : c.vars) key += (key.empty() ? "" : "+") + fmt::format("{}", Var(v).key);
  return key;
}

// Ids and readings do not move when an unrelated claim is added, unlike positions.
std::vector<int> ComponentClaims::TieRanks() const {
  std::vector<int> order(soft_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    bool la = View(a)->confidence.low(), lb = View(b)->confidence.low();
    if (la != lb) return lb;  // the low one sorts last: doubted first
    double va = Claim(a).vagueness, vb = Claim(b).vagueness;
    if (va != vb) return va < vb;
    return View(a)->id < View(b)->id;
  });
  std::vector<int> ranks(soft_.size());
  for (size_t r = 0; r < order.size(); ++r) {
    ranks[static_cast<size_t>(order[r])] = static_cast<int>(order.size() - 1 - r);
  }
  return ranks;
}

// The laws and the set, all soft, shrunk to a minimal core: the catalogue laws left in it.
std::vector<Law> ComponentClaims::LawsUsed(const std::vector<int>& set) const {
  bool any_law = std::any_of(comp_.background.begin(), comp_.background.end(), [&](int b) {
    return enc_.background[static_cast<size_t>(b)].law.from_catalogue();
  });
  if (!any_law) return {};
  std::vector<z3::expr> soft;
  for (int b : comp_.background) soft.push_back(enc_.background[static_cast<size_t>(b)].constraint);
  size_t n_laws = soft.size();
  for (int i : set) soft.push_back(soft_[static_cast<size_t>(i)]);
  TrackedSolver s(ctx_, {}, soft, limits_.rlimit);
  std::vector<int> everything(soft.size());
  std::iota(everything.begin(), everything.end(), 0);
  auto minimal = s.Shrink(everything);
  std::vector<Law> laws;
  if (!minimal) return laws;
  for (int i : *minimal) {
    if (static_cast<size_t>(i) >= n_laws) continue;
    const Law& law =
        enc_.background[static_cast<size_t>(comp_.background[static_cast<size_t>(i)])].law;
    if (law.from_catalogue()) laws.push_back(law);
  }
  return laws;
}

std::optional<ComponentClaims::IntRange> ComponentClaims::RangeOf(Oracle& oracle,
                                                                  const std::vector<int>& subset,
                                                                  const z3::expr& x) {
  auto r = oracle.Range(subset, x, kMaxSpan);
  if (!r) return std::nullopt;
  return IntRange{r->first, r->second};
}

std::optional<long long> ComponentClaims::WidthAlone(Oracle& oracle, int local,
                                                     const z3::expr& x) const {
  const FindingClaim* v = View(local);
  if (v->days) return v->days->to - v->days->from;
  auto alone = RangeOf(oracle, {local}, x);
  if (!alone) return std::nullopt;
  return alone->high - alone->low + 1;
}

}  // namespace crosscheck::solve
