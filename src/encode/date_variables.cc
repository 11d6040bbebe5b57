#include "encode/date_variables.h"

#include <algorithm>
#include <cstdlib>

#include "encode/encoder_state.h"

namespace crosscheck::encode {
namespace {

// Periods of an anchored offset's grain in a year: how many years an offset of n periods
// reaches (rounded up by AnchorYears).
int PeriodsPerYear(AnchorGrain grain) {
  switch (grain) {
    case AnchorGrain::kYear:
      return 1;
    case AnchorGrain::kMonth:
      return 12;
    case AnchorGrain::kWeek:
      return 52;
    case AnchorGrain::kDay:
      return 365;
  }
  return 365;
}

// The publication variable of an article whose day the metadata leaves open, bounded by it.
int PublicationVar(EncoderState& s, const Article& a) {
  VarKey key{VarKind::kPublication, a.id, "", ""};
  int existing = s.FindVar(key);
  if (existing >= 0) return existing;
  z3::expr p = s.NewConst(s.ctx.int_sort());
  DayNumber lo = a.published.from.value_or(*DayFromCivil(s.years.first, 1, 1));
  DayNumber hi = a.published.to.value_or(*DayFromCivil(s.years.second, 12, 31));
  int index = s.AddVar({key, p, "", "published", a.id, lo, hi});
  s.out.background.push_back({p >= lo && p <= hi,
                              {index},
                              {.kind = LawKind::kPublication, .subject = a.id, .days = {lo, hi}}});
  return index;
}

}  // namespace

std::optional<z3::expr> PublicationOf(EncoderState& s, const Article* a, EncodedClaim& ec) {
  if (!a) return std::nullopt;
  if (a->published.exact()) return s.ctx.int_val(static_cast<int64_t>(*a->published.from));
  int index = PublicationVar(s, *a);
  ec.vars.push_back(index);
  return s.Expr(index);
}

int DateVar(EncoderState& s, const std::string& subject, const std::string& property) {
  return s.AddVar({{VarKind::kDate, subject, property, ""},
                   s.NewConst(s.ctx.int_sort()),
                   subject,
                   property,
                   ""});
}

int ClaimDateVar(EncoderState& s, const Claim& c, const Property& p) {
  int index = p.single_valued ? DateVar(s, c.subjects.front(), p.id) : DateVar(s, c.id, p.id);
  s.Var(index).subject = c.subjects.front();
  return index;
}

int AnchorVar(EncoderState& s, const std::string& id) {
  auto it = s.claims_by_id.find(id);
  if (it == s.claims_by_id.end()) return -1;
  const Claim& anchor = *it->second;
  const Property* p = s.corpus.catalogue.FindProperty(anchor.property);
  if (!p || p->kind != ValueKind::kDate || anchor.subjects.empty()) return -1;
  return ClaimDateVar(s, anchor, *p);
}

std::pair<int, int> AnchorYears(EncoderState& s) {
  if (s.anchor_years) return *s.anchor_years;
  int lo = s.years.first, hi = s.years.second, reach = 1;
  auto see = [&](const DateExpr& e) {
    const auto* cal = std::get_if<CalendarDate>(&e);
    if (!cal || !cal->year) return;
    lo = std::min(lo, *cal->year);
    hi = std::max(hi, *cal->year);
  };
  s.ForEachClaim([&](const Claim& c) {
    if (const auto* d = std::get_if<DateValue>(&c.value)) {
      see(d->from);
      if (d->to) see(*d->to);
    } else if (const auto* anchored = std::get_if<AnchoredDate>(&c.value)) {
      auto [a, b] = AnchoredOffsets(*anchored, PrecisionMode::kLenient);
      int periods = std::max(std::abs(a), std::abs(b));
      reach += periods / PeriodsPerYear(anchored->grain) + 1;
    }
  });
  s.anchor_years = {std::max(kFirstYear, lo - reach), std::min(kLastYear, hi + reach)};
  return *s.anchor_years;
}

}  // namespace crosscheck::encode
