#pragma once

#include <z3++.h>

#include <optional>
#include <string>
#include <vector>

#include "encode/encoding.h"
#include "model/corpus.h"
#include "solve/components.h"
#include "solve/limits.h"
#include "solve/oracle.h"

namespace crosscheck::solve {

// One component's claims and laws as the finders read them (solve/contradictions.h,
// solve/agreements.h): claims by their local index (0..size()-1), the fact each speaks of, and
// the solver's inputs (hard laws, soft claims, weights).
class ComponentClaims {
 public:
  ComponentClaims(const encode::Encoding& enc, const Corpus& corpus, const Component& comp,
                  z3::context& ctx, const SolveLimits& limits);

  size_t size() const { return soft_.size(); }
  const encode::EncodedClaim& Claim(int local) const {
    return enc_.claims[static_cast<size_t>(comp_.claims[static_cast<size_t>(local)])];
  }
  const FindingClaim* View(int local) const { return &Claim(local).view; }
  const encode::Variable& Var(int index) const { return enc_.vars[static_cast<size_t>(index)]; }

  // The fact a claim speaks of: its variable's key ("q:high-flyer.assets_under_management@2016"),
  // or all of them for a sum. Finding ids hash these, not claim ids, so a baseline survives new
  // claims joining a known dispute, reordering and unrelated edits.
  std::string FactKey(int local) const;

  // Claims ranked for ties between equally cheap corrections (optimizer.h): a low-confidence
  // claim is doubted first, then the vaguer claim, then the claim whose id sorts last.
  std::vector<int> TieRanks() const;

  // The catalogue laws the minimal set `set` needs.
  std::vector<Law> LawsUsed(const std::vector<int>& set) const;

  // Smallest and largest day a subset leaves the variable `x`; nullopt when it is open or
  // wider than kMaxSpan.
  struct IntRange {
    long long low = 0;
    long long high = 0;
  };
  static std::optional<IntRange> RangeOf(Oracle& oracle, const std::vector<int>& subset,
                                         const z3::expr& x);
  // The width in days one claim allows its variable: from its normalised interval when it has
  // one, else by solving it alone with the background laws.
  std::optional<long long> WidthAlone(Oracle& oracle, int local, const z3::expr& x) const;

  const std::vector<z3::expr>& hard() const { return hard_; }
  const std::vector<z3::expr>& soft() const { return soft_; }
  const std::vector<int>& weights() const { return weights_; }
  const encode::Encoding& encoding() const { return enc_; }
  const Corpus& corpus() const { return corpus_; }
  const Component& component() const { return comp_; }
  z3::context& ctx() const { return ctx_; }
  const SolveLimits& limits() const { return limits_; }

 private:
  // Days a date can span before it counts as unbounded (about a century).
  static constexpr long long kMaxSpan = 40000;

  const encode::Encoding& enc_;
  const Corpus& corpus_;
  const Component& comp_;
  z3::context& ctx_;
  const SolveLimits& limits_;
  std::vector<z3::expr> hard_;
  std::vector<z3::expr> soft_;
  std::vector<int> weights_;
};

}  // namespace crosscheck::solve
