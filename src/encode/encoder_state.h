#pragma once

// Internal to encode/: what the encoders of each value kind share while one Encoding is built.
#include <z3++.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "common/rational.h"
#include "encode/category_claims.h"
#include "encode/claim_time.h"
#include "encode/date_encoder.h"
#include "encode/encoding.h"

namespace crosscheck::encode {

// An exact rational as a Z3 numeral: from its numerator and denominator when they fit Z3's
// integer constructors (most figures: no text to format and parse, a third of a figure's
// encoding), from its text otherwise. Z3 keeps numerals as normalised rationals, so every way
// gives the same term. (z3++ has no 64-bit numerator-and-denominator constructor: its
// real_val(int, int) would truncate.)
inline z3::expr RealValue(z3::context& ctx, const Rational& value) {
  const mpz_class &num = value.get_num(), &den = value.get_den();
  if (num.fits_sint_p() && den.fits_sint_p()) {
    return ctx.real_val(static_cast<int>(num.get_si()), static_cast<int>(den.get_si()));
  }
  if (den == 1 && num.fits_slong_p()) return ctx.real_val(static_cast<int64_t>(num.get_si()));
  return ctx.real_val((num.get_str() + "/" + den.get_str()).c_str());
}

// The corpus and options one encoding reads, the variables made so far and the encoding being
// built. Each value kind's encoder (quantity_claims.h, date_claims.h, category_claims.h) adds
// its claims' constraints here; catalogue_laws.h adds the laws between their variables.
struct EncoderState {
  EncoderState(const Corpus& corpus, z3::context& ctx, const EncodeOptions& options,
               const CorpusFacts& facts)
      : corpus(corpus),
        ctx(ctx),
        options(options),
        years(facts.years),
        time(facts.years, options.precision),
        dates(ctx, facts.years.first, facts.years.second, options.precision),
        money_units(facts.money_units) {}

  // A new constant named by a number, not by its key: Z3 interns string names in one table for
  // the whole process, which a million distinct keys would grow without end, and which
  // threads would share. The key stays in Variable::key for reports.
  z3::expr NewConst(const z3::sort& sort) {
    return ctx.constant(ctx.int_symbol(next_const++), sort);
  }

  int FindVar(const VarKey& key) const {
    auto it = var_index.find(key);
    return it == var_index.end() ? -1 : it->second;
  }

  // The variable `v.key` names: the one made before, else `v`.
  int AddVar(Variable v) {
    int existing = FindVar(v.key);
    if (existing >= 0) return existing;
    int index = static_cast<int>(out.vars.size());
    var_index[v.key] = index;
    out.vars.push_back(std::move(v));
    return index;
  }

  Variable& Var(int index) { return out.vars[static_cast<size_t>(index)]; }
  const z3::expr& Expr(int index) const { return out.vars[static_cast<size_t>(index)].expr; }

  // A claim left out of the check, with its position. An error, not a warning: a claim left out
  // makes the check partial, and a partial check must never look clean (README, exit codes).
  void Skip(const Claim& c, const std::string& why) {
    out.diagnostics.Error(c.pos, fmt::format("claim '{}' not checked: {}", c.id, why), c.id);
  }

  const Article* ArticleOf(const Claim& c) const {
    return c.article.empty() ? nullptr : corpus.FindArticle(c.article);
  }

  // Every claim this encoding covers: a piece's (anchors stand in their anchored claim's piece,
  // encode/partition.cc) or the corpus's.
  template <typename F>
  void ForEachClaim(F f) const {
    if (options.claims) {
      for (const Claim* claim : *options.claims) f(*claim);
      return;
    }
    for (const auto& file : corpus.claim_files) {
      for (const auto& claim : file.claims) f(claim);
    }
  }

  const Corpus& corpus;
  z3::context& ctx;
  const EncodeOptions options;
  const std::pair<int, int> years;  // the candidate years (CorpusFacts::years)
  const ClaimTime time;
  DateEncoder dates;
  // MoneyKey -> the currency figures compare in: shared by every piece of the corpus, not copied.
  const std::map<std::string, std::string>& money_units;

  Encoding out;
  std::map<VarKey, int> var_index;
  std::map<int, CategoryVar> categories;  // category variable index -> its node literals
  std::unordered_map<std::string, const Claim*> claims_by_id;  // the claims this encoding covers
  std::optional<std::pair<int, int>> anchor_years;             // AnchorYears(), once
  int next_const = 0;  // DateEncoder's auxiliary constants count from DateEncoder::kFirstFresh
};

}  // namespace crosscheck::encode
