#include "encode/date_encoder.h"

#include <fmt/format.h>

namespace crosscheck::encode {
namespace {

// The windows a year-less or month-less date is placed in around publication are the model's
// (kYearlessBefore, kYearlessAfter, kMonthlessAround in model/date_value.h), shared with the
// suite runner's placements.
// The oldest age an open-ended age ("plus de 60 ans") allows: older than anyone has lived, so
// the bound never excludes a true birth date, and it keeps the birth years to try finite.
constexpr int kOldestAge = 150;

DayNumber StartOfMonth(int year, int month) { return *DayFromCivil(year, month, 1); }

}  // namespace

z3::expr DateEncoder::Fresh(const std::string& hint) {
  (void)hint;  // numbered, not named: see Encoder::NewConst
  return ctx_.constant(ctx_.int_symbol(kFirstFresh + fresh_++), ctx_.int_sort());
}

z3::expr DateEncoder::In(const z3::expr& e, DayInterval days) {
  return e >= ctx_.int_val(days.from) && e < ctx_.int_val(days.to);
}

Result<DateEncoder::Span> DateEncoder::CalendarSpan(const CalendarDate& cal,
                                                    const std::optional<z3::expr>& p) {
  if (cal.year) {
    auto days = DaysOf(cal, *cal.year);
    if (!days) return ParseError{"impossible date"};
    return Span{ctx_.int_val(days->from), ctx_.int_val(days->to), ctx_.bool_val(true)};
  }
  if (!p)
    return ParseError{"a date without a year needs an article's publication date to be placed"};
  if (!cal.month && !cal.day && cal.weekday) {
    // "friday": that weekday within the week either side of publication (day d is a Monday
    // when d = 4 mod 7, 1970-01-01 being a Thursday).
    z3::expr e = 7 * Fresh("week") + ((*cal.weekday + 4) % 7);
    return Span{e, e + 1, e >= *p - 6 && e <= *p + 6};
  }
  // Any candidate year (and month, for "the 27th") whose calendar matches, weekday included,
  // near the publication; a day without its month is nearer still.
  z3::expr lo = Fresh("lo"), hi = Fresh("hi");
  z3::expr_vector options(ctx_);
  for (int y = first_year_; y <= last_year_; ++y) {
    for (int m = 1; m <= (cal.month ? 1 : 12); ++m) {
      CalendarDate in_month = cal;
      if (!cal.month) in_month.month = m;
      auto days = DaysOf(in_month, y);
      if (!days) continue;  // 29 February in a common year
      if (cal.weekday && Weekday(days->from) != *cal.weekday) continue;
      options.push_back(lo == ctx_.int_val(days->from) && hi == ctx_.int_val(days->to));
    }
  }
  if (options.empty()) {
    return ParseError{
        fmt::format("no year between {} and {} has this date", first_year_, last_year_)};
  }
  int before = cal.month ? kYearlessBefore : kMonthlessAround;
  int after = cal.month ? kYearlessAfter : kMonthlessAround;
  z3::expr near = lo >= *p - before && hi <= *p + after + 1;
  return Span{lo, hi, z3::mk_or(options) && near};
}

std::optional<DateEncoder::Span> DateEncoder::RelativeSpan(const RelativeDate& rel,
                                                           const z3::expr& p) {
  using K = RelativeKind;
  switch (rel.kind) {
    case K::kToday:
    case K::kYesterday:
    case K::kDayBeforeYesterday:
    case K::kTomorrow:
    case K::kDayAfterTomorrow:
    case K::kAboutAWeekAgo:
    case K::kDaysAgo:
    case K::kWeeksAgo:
    case K::kMonthsAgo:
    case K::kComingDays:
    case K::kComingWeeks:
    case K::kComingMonths: {
      // Pure offsets from P: the model's resolution against day 0 gives them.
      DayInterval offsets = ResolveRelative(rel, 0, mode_);
      return Span{p + offsets.from, p + offsets.to, ctx_.bool_val(true)};
    }
    case K::kLastWeekday: {
      // The latest such weekday strictly before P: within the 7 days before, and on that weekday
      // (day d is a Monday when d = 4 mod 7, 1970-01-01 being a Thursday).
      z3::expr k = Fresh("week");
      z3::expr e = 7 * k + ((rel.weekday + 4) % 7);
      return Span{e, e + 1, e < p && e >= p - 7};
    }
    case K::kNextWeekday: {
      z3::expr k = Fresh("week");
      z3::expr e = 7 * k + ((rel.weekday + 4) % 7);
      return Span{e, e + 1, e > p && e <= p + 7};
    }
    case K::kLastWeek:
    case K::kThisWeek:
    case K::kNextWeek: {
      z3::expr k = Fresh("week");
      z3::expr monday = 7 * k + 4;
      z3::expr side = monday <= p && monday >= p - 6;
      if (rel.kind == K::kThisWeek) return Span{monday, monday + 7, side};
      if (rel.kind == K::kNextWeek) return Span{monday + 7, monday + 14, side};
      return Span{monday - 7, monday, side};
    }
    case K::kLastMonth:
    case K::kThisMonth:
    case K::kNextMonth:
    case K::kLastYear:
    case K::kThisYear:
    case K::kNextYear:
    case K::kYearsAgo: {
      // P's month or year decides E's: one option per candidate month or year.
      z3::expr lo = Fresh("lo"), hi = Fresh("hi");
      z3::expr_vector options(ctx_);
      bool monthly =
          rel.kind == K::kLastMonth || rel.kind == K::kThisMonth || rel.kind == K::kNextMonth;
      for (int y = first_year_; y <= last_year_; ++y) {
        for (int m = 1; m <= (monthly ? 12 : 1); ++m) {
          DayInterval p_in = monthly
                                 ? DayInterval{StartOfMonth(y, m), m == 12 ? StartOfMonth(y + 1, 1)
                                                                           : StartOfMonth(y, m + 1)}
                                 : DayInterval{StartOfMonth(y, 1), StartOfMonth(y + 1, 1)};
          DayInterval e_in = ResolveRelative(rel, p_in.from, mode_);
          options.push_back(In(p, p_in) && lo == ctx_.int_val(e_in.from) &&
                            hi == ctx_.int_val(e_in.to));
        }
      }
      return Span{lo, hi, z3::mk_or(options)};
    }
  }
  return std::nullopt;
}

Result<DateEncoder::Span> DateEncoder::ExprSpan(const DateExpr& expr,
                                                const std::optional<z3::expr>& p) {
  if (const auto* cal = std::get_if<CalendarDate>(&expr)) return CalendarSpan(*cal, p);
  if (!p) return ParseError{"a relative date needs an article's publication date"};
  auto span = RelativeSpan(std::get<RelativeDate>(expr), *p);
  if (!span) return ParseError{"a relative date this encoder cannot place"};
  return *span;
}

Result<z3::expr> DateEncoder::Constrain(const z3::expr& e, const DateValue& value,
                                        const std::optional<z3::expr>& publication) {
  auto from = ExprSpan(value.from, publication);
  if (!from) return from.error();
  Span span = *from;
  if (value.to) {
    auto to = ExprSpan(*value.to, publication);
    if (!to) return to.error();
    span = Span{from->lo, to->hi, from->side && to->side};
  }
  switch (value.bound) {
    case DateBound::kAt:
      return span.side && e >= span.lo && e < span.hi;
    case DateBound::kBefore:
      return span.side && e < span.lo;
    case DateBound::kBy:
      return span.side && e < span.hi;
    case DateBound::kAfter:
      return span.side && e >= span.hi;
    case DateBound::kSince:
      // "depuis 2021" dates the start of what has held since: the event is within 2021
      // (docs/semantics.md), not any day after its start, which would accept every later date.
      return span.side && e >= span.lo && e < span.hi;
  }
  return ctx_.bool_val(true);
}

z3::expr DateEncoder::Anchored(const z3::expr& e, const z3::expr& anchor, const AnchoredDate& date,
                               std::pair<int, int> anchor_years) {
  auto [lo, hi] = AnchoredOffsets(date, mode_);
  switch (date.grain) {
    case AnchorGrain::kDay:
      return e - anchor >= lo && e - anchor <= hi;
    case AnchorGrain::kWeek: {
      // The anchor's week starts on a Monday (day d is a Monday when d = 4 mod 7).
      z3::expr monday = 7 * Fresh("week") + 4;
      return monday <= anchor && anchor < monday + 7 && e >= monday + 7 * lo &&
             e < monday + 7 * (hi + 1);
    }
    case AnchorGrain::kMonth:
    case AnchorGrain::kYear: {
      // The anchor's month or year decides E's: one option per period the anchor may take.
      bool monthly = date.grain == AnchorGrain::kMonth;
      z3::expr_vector options(ctx_);
      for (int y = anchor_years.first; y <= anchor_years.second; ++y) {
        for (int m = 1; m <= (monthly ? 12 : 1); ++m) {
          DayInterval period =
              monthly ? DayInterval{StartOfMonth(y, m),
                                    m == 12 ? StartOfMonth(y + 1, 1) : StartOfMonth(y, m + 1)}
                      : DayInterval{StartOfMonth(y, 1), StartOfMonth(y + 1, 1)};
          options.push_back(In(anchor, period) && In(e, ResolveAnchored(date, period.from, mode_)));
        }
      }
      return z3::mk_or(options);
    }
  }
  return ctx_.bool_val(true);
}

std::optional<DayInterval> DateEncoder::BirthDays(DayNumber day, const Interval& age) const {
  Interval whole = age.IntegerHull();
  int n_lo = whole.low.value ? static_cast<int>(whole.low.value->get_num().get_si()) : 0;
  int n_hi = whole.high.value ? static_cast<int>(whole.high.value->get_num().get_si()) : kOldestAge;
  int y_day, m_day, d_day;
  CivilFromDay(day, &y_day, &m_day, &d_day);
  // AgeAt's slots with D fixed: born in month m of year y, within [start, end), with
  // B + off_lo <= D < B + off_hi.
  std::optional<DayInterval> out;
  for (int y = y_day - n_hi - 1; y <= y_day - n_lo; ++y) {
    if (y < kFirstYear || y + n_hi + 1 > kLastYear) continue;  // beyond the calendar
    for (int m = 1; m <= 12; ++m) {
      DayNumber start = StartOfMonth(y, m);
      DayNumber end = m == 12 ? StartOfMonth(y + 1, 1) : StartOfMonth(y, m + 1);
      DayNumber off_lo = StartOfMonth(y + n_lo, m) - start;
      DayNumber off_hi = StartOfMonth(y + n_hi + 1, m) - start;
      DayNumber from = std::max(start, day - off_hi + 1);
      DayNumber to = std::min(end, day - off_lo + 1);
      if (from >= to) continue;
      if (!out) {
        out = DayInterval{from, to};
      } else if (from <= out->to && to >= out->from) {
        out = DayInterval{std::min(out->from, from), std::max(out->to, to)};
      } else {
        return std::nullopt;  // a gap: not one interval
      }
    }
  }
  return out;
}

z3::expr DateEncoder::AgeAt(const z3::expr& birth, const z3::expr& day, const Interval& age,
                            std::optional<DayInterval> day_bounds) {
  Interval whole = age.IntegerHull();
  int n_lo = whole.low.value ? static_cast<int>(whole.low.value->get_num().get_si()) : 0;
  int n_hi = whole.high.value ? static_cast<int>(whole.high.value->get_num().get_si()) : kOldestAge;
  int d_first = first_year_, d_last = last_year_;
  if (day_bounds) {
    int y, m, dd;
    CivilFromDay(day_bounds->from, &y, &m, &dd);
    d_first = y;
    CivilFromDay(day_bounds->to - 1, &y, &m, &dd);
    d_last = y;
  }
  // Born in month m of year y: the k-th birthday is B + (start of m in y+k - start of m in y),
  // which also sends 29 February to 1 March in common years. Age in [n_lo, n_hi] on D means
  // the n_lo-th birthday is on or before D and the (n_hi+1)-th after it.
  z3::expr_vector options(ctx_);
  for (int y = d_first - n_hi - 1; y <= d_last - n_lo; ++y) {
    if (y < kFirstYear || y + n_hi + 1 > kLastYear) continue;  // beyond the calendar
    for (int m = 1; m <= 12; ++m) {
      DayNumber start = StartOfMonth(y, m);
      DayNumber end = m == 12 ? StartOfMonth(y + 1, 1) : StartOfMonth(y, m + 1);
      int off_lo = StartOfMonth(y + n_lo, m) - start;
      int off_hi = StartOfMonth(y + n_hi + 1, m) - start;
      options.push_back(birth >= start && birth < end && birth + off_lo <= day &&
                        day < birth + off_hi);
    }
  }
  if (options.empty()) return ctx_.bool_val(false);
  return z3::mk_or(options);
}

}  // namespace crosscheck::encode
