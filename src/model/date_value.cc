#include "model/date_value.h"

#include <fmt/format.h>

#include <chrono>

namespace crosscheck {
namespace {

namespace chr = std::chrono;

DayNumber FirstOfMonth(int year, int month) {
  return static_cast<DayNumber>(
      chr::sys_days(chr::year(year) / chr::month(static_cast<unsigned>(month)) / 1)
          .time_since_epoch()
          .count());
}

int FloorDiv(int a, int b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int FloorMod(int a, int b) { return a - b * FloorDiv(a, b); }

DayNumber MonthEnd(int year, int month) {  // first day of the next month
  return month == 12 ? FirstOfMonth(year + 1, 1) : FirstOfMonth(year, month + 1);
}

// The fewest and the most days N calendar months can last, over every month they may start in
// (four years hold every pattern of month lengths the years near ours have).
std::pair<DayNumber, DayNumber> MonthsSpread(long n) {
  DayNumber fewest = 0, most = 0;
  for (int start = 0; start < 48; ++start) {
    int y = 2000 + start / 12, m = start % 12 + 1;
    long end = static_cast<long>(y) * 12 + (m - 1) + n;
    DayNumber days = FirstOfMonth(static_cast<int>(end / 12), static_cast<int>(end % 12) + 1) -
                     FirstOfMonth(y, m);
    if (start == 0 || days < fewest) fewest = days;
    if (start == 0 || days > most) most = days;
  }
  return {fewest, most};
}

DayInterval PartOf(DayInterval whole, DatePart part, bool is_year) {
  if (part == DatePart::kWhole) return whole;
  if (!is_year) {  // days 1-10, 11-20, 21-end
    if (part == DatePart::kEarly) return {whole.from, whole.from + 10};
    if (part == DatePart::kMid) return {whole.from + 10, whole.from + 20};
    return {whole.from + 20, whole.to};
  }
  int y, m, d;
  CivilFromDay(whole.from, &y, &m, &d);
  if (part == DatePart::kEarly) return {whole.from, FirstOfMonth(y, 5)};
  if (part == DatePart::kMid) return {FirstOfMonth(y, 5), FirstOfMonth(y, 9)};
  return {FirstOfMonth(y, 9), whole.to};
}

}  // namespace

std::optional<DayNumber> DayFromCivil(int year, int month, int day) {
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  chr::year_month_day ymd{chr::year(year), chr::month(static_cast<unsigned>(month)),
                          chr::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<DayNumber>(chr::sys_days(ymd).time_since_epoch().count());
}

void CivilFromDay(DayNumber day, int* year, int* month, int* dom) {
  chr::year_month_day ymd{chr::sys_days(chr::days(day))};
  *year = static_cast<int>(ymd.year());
  *month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  *dom = static_cast<int>(static_cast<unsigned>(ymd.day()));
}

int Weekday(DayNumber day) {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  int w = (day + 3) % 7;
  return w < 0 ? w + 7 : w;
}

std::string FormatDay(DayNumber day) {
  int y, m, d;
  CivilFromDay(day, &y, &m, &d);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::string FormatDayInterval(const DayInterval& i) {
  int y1, m1, d1, y2, m2, d2;
  CivilFromDay(i.from, &y1, &m1, &d1);
  CivilFromDay(i.to, &y2, &m2, &d2);
  if (i.to == i.from + 1) return FormatDay(i.from);
  if (d1 == 1 && d2 == 1 && m1 == 1 && m2 == 1 && y2 == y1 + 1) return fmt::format("{:04}", y1);
  if (d1 == 1 && d2 == 1 && i.to == MonthEnd(y1, m1)) return fmt::format("{:04}-{:02}", y1, m1);
  return fmt::format("{} to {}", FormatDay(i.from), FormatDay(i.to - 1));
}

std::optional<DayInterval> DaysOf(const CalendarDate& date, int year) {
  int y = date.year.value_or(year);
  if (date.day && date.month) {
    auto d = DayFromCivil(y, *date.month, *date.day);
    if (!d) return std::nullopt;
    return DayInterval{*d, *d + 1};
  }
  if (y < kFirstYear || y > kLastYear) return std::nullopt;
  if (date.month) {
    DayInterval whole{FirstOfMonth(y, *date.month), MonthEnd(y, *date.month)};
    return PartOf(whole, date.part, false);
  }
  return PartOf({FirstOfMonth(y, 1), FirstOfMonth(y + 1, 1)}, date.part, true);
}

DayInterval ResolveRelative(const RelativeDate& rel, DayNumber p, PrecisionMode mode) {
  bool lenient = mode == PrecisionMode::kLenient;
  int y, m, d;
  CivilFromDay(p, &y, &m, &d);
  DayNumber monday = p - Weekday(p);
  auto count_range = [&](int unit_days) -> DayInterval {
    // N at its precision: the interval [lo, hi] of N, so E in [P - hi*unit, P - lo*unit].
    Rational lo = rel.count.low.value.value_or(0), hi = rel.count.high.value.value_or(0);
    auto lo_days = static_cast<DayNumber>(Ceil(lo).get_num().get_si()) * unit_days;
    auto hi_days = static_cast<DayNumber>(Floor(hi).get_num().get_si()) * unit_days;
    return {p - hi_days, p - lo_days + 1};
  };
  switch (rel.kind) {
    case RelativeKind::kToday:
      return {p, p + 1};
    case RelativeKind::kYesterday:
      return {p - 1, p};
    case RelativeKind::kDayBeforeYesterday:
      return {p - 2, p - 1};
    case RelativeKind::kLastWeekday: {
      DayNumber e = p - 1 - ((Weekday(p - 1) - rel.weekday + 7) % 7);
      return {e, e + 1};
    }
    case RelativeKind::kTomorrow:
      return {p + 1, p + 2};
    case RelativeKind::kDayAfterTomorrow:
      return {p + 2, p + 3};
    case RelativeKind::kNextWeekday: {
      DayNumber e = p + 1 + ((rel.weekday - Weekday(p + 1) + 7) % 7);
      return {e, e + 1};
    }
    case RelativeKind::kNextWeek:
      return {monday + 7, monday + 14};
    case RelativeKind::kNextMonth:
      return m == 12 ? DayInterval{FirstOfMonth(y + 1, 1), FirstOfMonth(y + 1, 2)}
                     : DayInterval{FirstOfMonth(y, m + 1), MonthEnd(y, m + 1)};
    case RelativeKind::kNextYear:
      return {FirstOfMonth(y + 1, 1), FirstOfMonth(y + 2, 1)};
    case RelativeKind::kLastWeek:
      return {monday - 7, monday};
    case RelativeKind::kThisWeek:
      return {monday, monday + 7};
    case RelativeKind::kLastMonth:
      return m == 1 ? DayInterval{FirstOfMonth(y - 1, 12), FirstOfMonth(y, 1)}
                    : DayInterval{FirstOfMonth(y, m - 1), FirstOfMonth(y, m)};
    case RelativeKind::kThisMonth:
      return {FirstOfMonth(y, m), MonthEnd(y, m)};
    case RelativeKind::kLastYear:
      return {FirstOfMonth(y - 1, 1), FirstOfMonth(y, 1)};
    case RelativeKind::kThisYear:
      return {FirstOfMonth(y, 1), FirstOfMonth(y + 1, 1)};
    case RelativeKind::kAboutAWeekAgo:
      return lenient ? DayInterval{p - 8, p - 3} : DayInterval{p - 7, p - 4};
    case RelativeKind::kDaysAgo:
      return count_range(1);
    case RelativeKind::kWeeksAgo:
      return count_range(7);
    case RelativeKind::kMonthsAgo: {
      // N calendar months before P (after it, when N < 0), as many days as N months may last
      // wherever they start, give or take the few days a writer rounds to a month: N x 30 days
      // would drift from the calendar as N grows (12 months are 365 or 366 days, not 360). A
      // pure offset from P, so that an unknown publication day is encoded by the same reading.
      Rational lo = rel.count.low.value.value_or(0), hi = rel.count.high.value.value_or(0);
      long lo_n = Ceil(lo).get_num().get_si(), hi_n = Floor(hi).get_num().get_si();
      auto [hi_fewest, hi_most] = MonthsSpread(hi_n < 0 ? -hi_n : hi_n);
      auto [lo_fewest, lo_most] = MonthsSpread(lo_n < 0 ? -lo_n : lo_n);
      DayNumber earliest = hi_n >= 0 ? p - hi_most : p + hi_fewest;
      DayNumber latest = lo_n >= 0 ? p - lo_fewest : p + lo_most;
      return {earliest - 3, latest + 3};
    }
    case RelativeKind::kComingDays:
    case RelativeKind::kComingWeeks:
    case RelativeKind::kComingMonths: {
      // "in the coming weeks": after publication, within the span the plural noun names (at
      // most two weeks of days, two months of weeks, a year of months); the lenient mode lets it
      // start on the publication day and reach half as far again.
      int far = rel.kind == RelativeKind::kComingDays    ? kComingDaysFar
                : rel.kind == RelativeKind::kComingWeeks ? kComingWeeksFar
                                                         : kComingMonthsFar;
      if (lenient) return {p, p + far + far / 2 + 1};
      return {p + 1, p + far + 1};
    }
    case RelativeKind::kYearsAgo: {
      Rational lo = rel.count.low.value.value_or(0), hi = rel.count.high.value.value_or(0);
      int n_lo = static_cast<int>(Ceil(lo).get_num().get_si()),
          n_hi = static_cast<int>(Floor(hi).get_num().get_si());
      // "il y a N ans": year(E) = year(P) - N, at the grain of a year (a desk reads "seven
      // years ago" in March 2026 as 2019; the lenient mode allows a year either side).
      int wider = lenient ? 1 : 0;
      return {FirstOfMonth(y - n_hi - wider, 1), FirstOfMonth(y - n_lo + 1 + wider, 1)};
    }
  }
  return {p, p + 1};
}

namespace {

// The day intervals one expression may name around P.
std::vector<DayInterval> ExprPlacements(const DateExpr& e, DayNumber p) {
  if (const auto* rel = std::get_if<RelativeDate>(&e)) return {ResolveRelative(*rel, p)};
  const auto& cal = std::get<CalendarDate>(e);
  if (cal.year) {
    auto days = DaysOf(cal, *cal.year);
    return days ? std::vector<DayInterval>{*days} : std::vector<DayInterval>{};
  }
  std::vector<DayInterval> out;
  if (!cal.month && !cal.day && cal.weekday) {
    for (DayNumber d = p - kWeekdayAround; d <= p + kWeekdayAround; ++d) {
      if (Weekday(d) == *cal.weekday) out.push_back({d, d + 1});
    }
    return out;
  }
  int py, pm, pd;
  CivilFromDay(p, &py, &pm, &pd);
  int before = cal.month ? kYearlessBefore : kMonthlessAround;
  int after = cal.month ? kYearlessAfter : kMonthlessAround;
  for (int y = py - 1; y <= py + 1; ++y) {
    for (int m = 1; m <= (cal.month ? 1 : 12); ++m) {
      CalendarDate in_month = cal;
      if (!cal.month) in_month.month = m;
      auto days = DaysOf(in_month, y);
      if (!days) continue;  // 29 February in a common year
      if (cal.weekday && Weekday(days->from) != *cal.weekday) continue;
      if (days->from >= p - before && days->to <= p + after + 1) out.push_back(*days);
    }
  }
  return out;
}

}  // namespace

std::vector<DayBounds> PlacementsNear(const DateValue& v, DayNumber publication) {
  std::vector<DayInterval> spans;
  std::vector<DayInterval> from = ExprPlacements(v.from, publication);
  if (!v.to) {
    spans = from;
  } else {
    for (const DayInterval& a : from) {
      for (const DayInterval& b : ExprPlacements(*v.to, publication)) {
        if (a.from < b.to) spans.push_back({a.from, b.to});
      }
    }
  }
  std::vector<DayBounds> out;
  for (const DayInterval& s : spans) {
    switch (v.bound) {
      case DateBound::kAt:
        out.push_back({s.from, s.to});
        break;
      case DateBound::kBefore:
        out.push_back({std::nullopt, s.from});
        break;
      case DateBound::kBy:
        out.push_back({std::nullopt, s.to});
        break;
      case DateBound::kAfter:
        out.push_back({s.to, std::nullopt});
        break;
      case DateBound::kSince:
        out.push_back({s.from, std::nullopt});
        break;
    }
  }
  return out;
}

bool IsRelative(const DateValue& v) {
  return std::holds_alternative<RelativeDate>(v.from) ||
         (v.to && std::holds_alternative<RelativeDate>(*v.to));
}

bool DependsOnPublication(const DateValue& v) {
  auto depends = [](const DateExpr& e) {
    const auto* cal = std::get_if<CalendarDate>(&e);
    return !cal || !cal->year;
  };
  return depends(v.from) || (v.to && depends(*v.to));
}

std::pair<int, int> AnchoredOffsets(const AnchoredDate& d, PrecisionMode mode) {
  Interval whole = d.offset.IntegerHull();
  int lo = static_cast<int>(whole.low.value.value_or(0).get_num().get_si());
  int hi = static_cast<int>(whole.high.value.value_or(0).get_num().get_si());
  if (mode == PrecisionMode::kLenient && d.grain != AnchorGrain::kDay) return {lo - 1, hi + 1};
  return {lo, hi};
}

DayInterval ResolveAnchored(const AnchoredDate& d, DayNumber anchor, PrecisionMode mode) {
  auto [lo, hi] = AnchoredOffsets(d, mode);
  int y, m, dd;
  CivilFromDay(anchor, &y, &m, &dd);
  switch (d.grain) {
    case AnchorGrain::kDay:
      return {anchor + lo, anchor + hi + 1};
    case AnchorGrain::kWeek: {
      DayNumber monday = anchor - Weekday(anchor);
      return {monday + 7 * lo, monday + 7 * (hi + 1)};
    }
    case AnchorGrain::kMonth: {
      // Months counted from year 0: the month index of A plus the offset, back to a civil month.
      auto first = [](int index) {
        return FirstOfMonth(FloorDiv(index, 12), FloorMod(index, 12) + 1);
      };
      int index = y * 12 + (m - 1);
      return {first(index + lo), first(index + hi + 1)};
    }
    case AnchorGrain::kYear:
      return {FirstOfMonth(y + lo, 1), FirstOfMonth(y + hi + 1, 1)};
  }
  return {anchor, anchor + 1};
}

}  // namespace crosscheck
