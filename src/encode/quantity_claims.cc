#include "encode/quantity_claims.h"

#include <fmt/format.h>

#include <optional>

#include "encode/claim_view.h"
#include "encode/encoder_state.h"
#include "encode/money_claims.h"
#include "encode/vagueness.h"

namespace crosscheck::encode {

bool EncodeQuantity(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                    EncodedClaim& ec) {
  const auto& q = std::get<QuantityValue>(c.value);
  Interval range = DeriveInterval(q, s.options.precision, p.dimension == Dimension::kCount);
  std::string unit = q.unit;
  const Interval written = range;
  if (p.dimension == Dimension::kMoney) {
    if (!ToComparedCurrency(s, c, p, a, range, unit, ec)) return false;
  } else if (p.dimension.kind() == Dimension::kDeclared) {
    // A declared dimension's figures compare in its base unit, converted exactly: "520 km" is
    // [519 500, 520 500) m, implied precision applied to the figure as written.
    const Unit* u = s.corpus.catalogue.FindUnit(q.unit);
    const DimensionDecl* d = s.corpus.catalogue.FindDimension(p.dimension.BaseName());
    if (!u || !d) {
      s.Skip(c, fmt::format("unit '{}' of dimension '{}' is not in the catalogue", q.unit,
                            p.dimension.BaseName()));
      return false;
    }
    range = range.Scaled(u->factor);
    unit = d->base_unit;
  } else if (unit.empty()) {
    unit = p.dimension == Dimension::kRatio ? "times" : p.dimension.BaseName();
  }
  if (p.dimension.IsRate()) unit += fmt::format("/{}", RatePeriodName(p.dimension.per()));
  std::string time_key = s.time.TimeKey(c, p, a);
  // The variable itself for one subject (a bound on it is what the interval path reads),
  // the sum of the subjects' variables for several.
  std::optional<z3::expr> sum;
  for (const auto& subject : c.subjects) {
    int index = s.AddVar({{VarKind::kQuantity, subject, p.id, time_key},
                          s.NewConst(s.ctx.real_sort()),
                          subject,
                          p.id,
                          ""});
    const z3::expr& x = s.Expr(index);
    sum = sum ? *sum + x : x;
    ec.vars.push_back(index);
  }
  if (!sum) {
    s.Skip(c, "no subject");
    return false;
  }
  if (c.subjects.size() == 1) ec.primary_var = ec.vars.front();
  z3::expr constraint = s.ctx.bool_val(true);
  if (range.low.value) {
    z3::expr lo = RealValue(s.ctx, *range.low.value);
    constraint = constraint && (range.low.open ? *sum > lo : *sum >= lo);
  }
  if (range.high.value) {
    z3::expr hi = RealValue(s.ctx, *range.high.value);
    constraint = constraint && (range.high.open ? *sum < hi : *sum <= hi);
  }
  ec.constraint = constraint;
  SetInterval(ec.view, range, unit);
  ec.vagueness = RelativeWidth(range);
  if (c.subjects.size() == 1) {
    ec.interval = range;
    // An amount converted from another currency: its own interval at the rate's low end.
    const ReadingNote* converted = nullptr;
    for (const auto& note : ec.view.reading.notes) {
      if (note.kind == ReadingNoteKind::kConverted) converted = &note;
    }
    const Interval& own = converted ? written : range;
    if (!own.infinite_either()) {
      // A count tightened to whole numbers spans the values it allows, as a date spans its
      // days: "139" is [139, 139], one value, as [138.5, 139.5) was before tightening.
      ec.own_width = *own.high.value - *own.low.value + (p.dimension == Dimension::kCount ? 1 : 0);
      if (converted) *ec.own_width *= converted->rate_low;
    }
  }
  return true;
}

}  // namespace crosscheck::encode
