#include "encode/date_claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "encode/claim_view.h"
#include "encode/date_variables.h"
#include "encode/encoder_state.h"
#include "encode/vagueness.h"

namespace crosscheck::encode {
namespace {

// A date the text fixes on its own: a calendar date with its year.
bool Fixed(const DateExpr& e) {
  const auto* cal = std::get_if<CalendarDate>(&e);
  return cal && cal->year;
}

z3::expr InDays(EncoderState& s, const z3::expr& e, DayInterval days) {
  return e >= s.ctx.int_val(static_cast<int64_t>(days.from)) &&
         e < s.ctx.int_val(static_cast<int64_t>(days.to));
}

// When the anchor claim writes a date of its own (not relative, with its year): the days the
// anchored claim names with the anchor's reading, for the report's reader.
std::optional<DayInterval> AnchoredDays(EncoderState& s, const Claim& c, const AnchoredDate& date) {
  const Claim& anchor = *s.claims_by_id.at(c.relative_to);
  const auto* value = std::get_if<DateValue>(&anchor.value);
  if (!value || value->bound != DateBound::kAt || !Fixed(value->from) ||
      (value->to && !Fixed(*value->to))) {
    return std::nullopt;
  }
  auto days = s.time.StaticDays(*value, s.ArticleOf(anchor));
  if (!days) return std::nullopt;
  DayInterval first = ResolveAnchored(date, days->from, s.options.precision);
  DayInterval last = ResolveAnchored(date, days->to - 1, s.options.precision);
  return DayInterval{first.from, last.to};
}

// «l'année suivante» relative to claim X: a constraint between this claim's day and X's.
bool EncodeAnchoredDate(EncoderState& s, const Claim& c, const AnchoredDate& date,
                        EncodedClaim& ec) {
  int anchor = AnchorVar(s, c.relative_to);
  if (anchor < 0) {
    s.Skip(c,
           fmt::format("claim '{}' that 'relative_to' names is not a dated claim", c.relative_to));
    return false;
  }
  ec.vars.push_back(anchor);
  ec.constraint = s.dates.Anchored(s.Expr(ec.primary_var), s.Expr(anchor), date, AnchorYears(s));
  DayInterval span = ResolveAnchored(date, kVaguenessPublicationDay, s.options.precision);
  ec.vagueness = static_cast<double>(span.to - span.from);
  ec.view.reading.notes.push_back({.kind = ReadingNoteKind::kAnchored,
                                   .claim = c.relative_to,
                                   .days = AnchoredDays(s, c, date)});
  return true;
}

// The days a relative or year-less date names, for the report's reader, when its article's
// publication day is known: the relative date resolved on it, or the placements near it that
// the solver chooses from (the one, or the span from the first to the last); when the metadata
// gives a span of publication days, a relative date over that span, and a year-less one over
// the placements near either end. Only for a date the event is at: "avant lundi dernier"
// leaves a side open.
std::optional<std::pair<DayInterval, DaysSource>> DerivedDays(const EncoderState& s,
                                                              const DateValue& value,
                                                              const Article* a) {
  if (auto days = s.time.ResolvedOverPublicationRange(value, a)) {
    return std::pair{*days, DaysSource::kPublicationRange};
  }
  if (value.bound != DateBound::kAt || !a || !a->published.from || !a->published.to ||
      !DependsOnPublication(value)) {
    return std::nullopt;
  }
  if (auto days = s.time.ResolvedOnKnownDay(value, a)) {
    return std::pair{*days, DaysSource::kFromPublication};
  }
  auto placed = ClaimTime::PlacedNear(value, *a->published.from, *a->published.to);
  if (!placed) return std::nullopt;
  return std::pair{placed->span, placed->placements == 1 ? DaysSource::kOnlyPlacement
                                                         : DaysSource::kPlacementsSpan};
}

}  // namespace

bool EncodeDate(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                EncodedClaim& ec) {
  int index = ClaimDateVar(s, c, p);
  ec.vars.push_back(index);
  ec.primary_var = index;
  if (const auto* anchored = std::get_if<AnchoredDate>(&c.value)) {
    return EncodeAnchoredDate(s, c, *anchored, ec);
  }
  const auto& value = std::get<DateValue>(c.value);
  auto pub = DependsOnPublication(value) ? PublicationOf(s, a, ec) : std::nullopt;
  const z3::expr& e = s.Expr(index);
  // "hier", "il y a 5 jours" in an article of known day name fixed days: the same days as the
  // constraint, as bounds the interval path can decide without a solver.
  if (auto days = s.time.ResolvedOnKnownDay(value, a)) {
    ec.constraint = InDays(s, e, *days);
  } else {
    Result<z3::expr> constraint = s.dates.Constrain(e, value, pub);
    if (!constraint) {
      s.Skip(c, constraint.error().message);
      return false;
    }
    ec.constraint = *constraint;
  }
  ec.vagueness = DateVagueness(value);
  // A normalised interval where the text fixes it, or where a relative or year-less date is
  // read against a known publication day (marked derived; an unknown day is the solver's).
  bool is_fixed =
      Fixed(value.from) && (!value.to || Fixed(*value.to)) && value.bound == DateBound::kAt;
  std::optional<DayInterval> days;
  if (is_fixed) {
    days = s.time.StaticDays(value, a);
  } else if (auto derived = DerivedDays(s, value, a)) {
    days = derived->first;
    ec.view.days_source = derived->second;
  }
  if (days) {
    ec.view.low = FormatDay(days->from);
    ec.view.high = FormatDay(days->to - 1);
    ec.view.unit = "day";
    ec.view.scale = IntervalScale::kCalendarDays;
    ec.view.days = *days;
  }
  return true;
}

bool EncodeAge(EncoderState& s, const Claim& c, const Article* a, EncodedClaim& ec) {
  int birth = DateVar(s, c.subjects.front(), "birth_date");
  ec.vars.push_back(birth);
  ec.primary_var = birth;
  z3::expr day = s.dates.Fresh("age_day");
  z3::expr side = s.ctx.bool_val(true);
  std::optional<DayInterval> bounds;
  auto pub = !c.when || DependsOnPublication(*c.when) ? PublicationOf(s, a, ec) : std::nullopt;
  if (c.when) {
    Result<z3::expr> on_day = s.dates.Constrain(day, *c.when, pub);
    if (!on_day) {
      s.Skip(c, on_day.error().message);
      return false;
    }
    side = *on_day;
    bounds = s.time.StaticDays(*c.when, a);
  } else if (pub) {
    side = day == *pub;
    if (a->published.from && a->published.to) {
      bounds = DayInterval{*a->published.from, *a->published.to + 1};
    }
  } else {
    s.Skip(c, "an age needs a date: a `when` or the article's publication");
    return false;
  }
  const auto& age = std::get<AgeValue>(c.value);
  const z3::expr& born = s.Expr(birth);
  // On a known day (an exact publication, a dated `when`) the age is an interval of birth
  // days: the same constraint, which the interval path can decide without a solver.
  std::optional<DayInterval> born_in;
  if (bounds && bounds->to == bounds->from + 1 &&
      (c.when ? !DependsOnPublication(*c.when) : true)) {
    born_in = s.dates.BirthDays(bounds->from, age.years);
  }
  ec.constraint =
      born_in ? InDays(s, born, *born_in) : side && s.dates.AgeAt(born, day, age.years, bounds);
  SetInterval(ec.view, age.years, "years");
  ec.vagueness = AgeVagueness(age.years);
  if (!c.when) ec.view.reading.notes.push_back({.kind = ReadingNoteKind::kAtPublication});
  return true;
}

bool EncodeDuration(EncoderState& s, const Claim& c, const Property& p, EncodedClaim& ec) {
  int index = s.AddVar({{VarKind::kDuration, c.subjects.front(), p.id, ""},
                        s.NewConst(s.ctx.real_sort()),
                        c.subjects.front(),
                        p.id,
                        ""});
  ec.vars.push_back(index);
  ec.primary_var = index;
  Interval days = DurationInDays(std::get<DurationValue>(c.value));
  z3::expr x = s.Expr(index);  // a copy: AnchorVar below may add variables
  ec.constraint = x >= RealValue(s.ctx, *days.low.value) && x <= RealValue(s.ctx, *days.high.value);
  if (!c.between.empty()) {
    // «près de trois ans de retard» between the planned and the actual opening: the days from
    // the first claim's date to the second's are the duration.
    int start = AnchorVar(s, c.between.front()), end = AnchorVar(s, c.between.back());
    if (start < 0 || end < 0) {
      s.Skip(c, "'between' names a claim that is not a dated claim");
      return false;
    }
    ec.vars.push_back(start);
    ec.vars.push_back(end);
    ec.constraint = ec.constraint && x == z3::to_real(s.Expr(end) - s.Expr(start));
    ec.view.reading.notes.push_back({.kind = ReadingNoteKind::kBetween,
                                     .claim = c.between.front(),
                                     .other_claim = c.between.back()});
  }
  SetInterval(ec.view, days, "day");
  ec.view.scale = IntervalScale::kDurationDays;
  ec.vagueness = RelativeWidth(days);
  return true;
}

}  // namespace crosscheck::encode
