#include "report/value_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

namespace crosscheck::report {
namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};

std::string DescribeCalendar(const CalendarDate& d) {
  std::string part = d.part == DatePart::kEarly  ? "early "
                     : d.part == DatePart::kMid  ? "mid "
                     : d.part == DatePart::kLate ? "late "
                                                 : "";
  std::string weekday = d.weekday ? fmt::format("{} ", kWeekdays[*d.weekday]) : "";
  if (d.year) {
    auto days = DaysOf(d, *d.year);
    std::string grain = d.day ? "day" : d.month ? "month" : "year";
    if (days) return fmt::format("{}{}{} {}", weekday, part, grain, FormatDayInterval(*days));
  }
  // No month either: "friday", "the 27th" name days near publication.
  if (!d.month && d.day)
    return fmt::format("{}day {:02} of a month near publication", weekday, *d.day);
  if (!d.month) return fmt::format("the {}nearest publication", weekday);
  // No year: the solver picks one near the publication date.
  std::string md = d.day     ? fmt::format("{:02}-{:02}", *d.month, *d.day)
                   : d.month ? fmt::format("month {:02}", *d.month)
                             : "?";
  return fmt::format("{}{}{} of a year left open", weekday, part, md);
}

std::string DescribeRelative(const RelativeDate& r) {
  auto count = [&] { return FormatInterval(r.count); };
  switch (r.kind) {
    case RelativeKind::kToday:
      return "the publication day";
    case RelativeKind::kYesterday:
      return "the day before publication";
    case RelativeKind::kDayBeforeYesterday:
      return "two days before publication";
    case RelativeKind::kLastWeekday:
      return fmt::format("the latest {} strictly before publication", kWeekdays[r.weekday]);
    case RelativeKind::kLastWeek:
      return "the calendar week (Monday-Sunday) before publication's";
    case RelativeKind::kLastMonth:
      return "the calendar month before publication's";
    case RelativeKind::kLastYear:
      return "the calendar year before publication's";
    case RelativeKind::kThisWeek:
      return "the week of publication";
    case RelativeKind::kThisMonth:
      return "the month of publication";
    case RelativeKind::kThisYear:
      return "the year of publication";
    case RelativeKind::kAboutAWeekAgo:
      return "5 to 7 days before publication";
    case RelativeKind::kDaysAgo:
      return fmt::format("{} days before publication", count());
    case RelativeKind::kWeeksAgo:
      return fmt::format("{} weeks before publication", count());
    case RelativeKind::kMonthsAgo:
      return fmt::format("{} months before publication", count());
    case RelativeKind::kYearsAgo:
      return fmt::format("{} years before publication", count());
    case RelativeKind::kTomorrow:
      return "the day after publication";
    case RelativeKind::kDayAfterTomorrow:
      return "two days after publication";
    case RelativeKind::kNextWeekday:
      return fmt::format("the earliest {} strictly after publication", kWeekdays[r.weekday]);
    case RelativeKind::kNextWeek:
      return "the calendar week (Monday-Sunday) after publication's";
    case RelativeKind::kNextMonth:
      return "the calendar month after publication's";
    case RelativeKind::kNextYear:
      return "the calendar year after publication's";
    case RelativeKind::kComingDays:
      return fmt::format("within {} days after publication", kComingDaysFar);
    case RelativeKind::kComingWeeks:
      return fmt::format("within {} days (8 weeks) after publication", kComingWeeksFar);
    case RelativeKind::kComingMonths:
      return fmt::format("within {} days (a year) after publication", kComingMonthsFar);
  }
  return "relative to publication";
}

std::string DescribeExpr(const DateExpr& e) {
  if (const auto* c = std::get_if<CalendarDate>(&e)) return DescribeCalendar(*c);
  return DescribeRelative(std::get<RelativeDate>(e));
}

}  // namespace

std::string_view TimeUnitName(TimeUnit u) {
  switch (u) {
    case TimeUnit::kSecond:
      return "seconds";
    case TimeUnit::kMinute:
      return "minutes";
    case TimeUnit::kHour:
      return "hours";
    case TimeUnit::kDay:
      return "days";
    case TimeUnit::kWeek:
      return "weeks";
    case TimeUnit::kMonth:
      return "months";
    case TimeUnit::kYear:
      return "years";
  }
  return "days";
}

std::string DescribeDate(const DateValue& date) {
  std::string body = DescribeExpr(date.from);
  if (date.to) body = fmt::format("from {} to {}", body, DescribeExpr(*date.to));
  switch (date.bound) {
    case DateBound::kAt:
      return body;
    case DateBound::kBefore:
      return "before " + body;
    case DateBound::kBy:
      return "by the end of " + body;
    case DateBound::kAfter:
      return "after " + body;
    case DateBound::kSince:
      return "since " + body;
  }
  return body;
}

std::string DescribeAnchored(const AnchoredDate& d, PrecisionMode mode) {
  std::string_view unit = d.grain == AnchorGrain::kDay     ? "day"
                          : d.grain == AnchorGrain::kWeek  ? "week"
                          : d.grain == AnchorGrain::kMonth ? "month"
                                                           : "year";
  auto [lo, hi] = AnchoredOffsets(d, mode);
  auto count = [&](int a, int b) {
    int n = std::max(std::abs(a), std::abs(b));
    std::string amount =
        a == b ? std::to_string(std::abs(a)) : fmt::format("{} to {}", std::abs(a), std::abs(b));
    return fmt::format("{} {}{}", amount, unit, n == 1 ? "" : "s");
  };
  std::string of =
      d.grain == AnchorGrain::kDay ? "the anchor's date" : fmt::format("the anchor's {}", unit);
  if (lo == 0 && hi == 0) return fmt::format("the same {} as the anchor's date", unit);
  if (lo >= 0) return fmt::format("{} after {}", count(lo, hi), of);
  if (hi <= 0) return fmt::format("{} before {}", count(-hi, -lo), of);
  return fmt::format("{} {}s before to {} {}s after {}", -lo, unit, hi, unit, of);
}

std::string ExplainReading(const QuantityValue& q, PrecisionMode mode, bool integral) {
  Interval in_scale = DeriveInterval(q, mode, integral).Scaled(Rational(1) / q.scale);
  std::string scale = q.scale_word.empty() ? "" : " " + q.scale_word;
  std::string why;
  switch (q.hedge) {
    case Hedge::kNone:
    case Hedge::kEmphasis:
      if (mode == PrecisionMode::kStrict || q.number.last_digit == 0) {
        why = "taken as exact";
      } else {
        why = fmt::format("{} a unit of {} in the last significant digit",
                          mode == PrecisionMode::kLenient ? "plus or minus" : "half",
                          ToDecimalString(q.number.last_digit));
      }
      if (q.hedge == Hedge::kEmphasis)
        why += fmt::format(" ('{}' adds emphasis, not width)", q.hedge_words);
      break;
    case Hedge::kExactly:
      why = fmt::format("'{}': exact", q.hedge_words);
      break;
    case Hedge::kAbout:
      why = fmt::format("'{}': 10% either side", q.hedge_words);
      break;
    case Hedge::kNearly:
      why = fmt::format("'{}': up to 10% below", q.hedge_words);
      break;
    case Hedge::kMoreThan:
      why = fmt::format("'{}': a strict lower bound", q.hedge_words);
      break;
    case Hedge::kAtLeast:
      why = fmt::format("'{}': a lower bound", q.hedge_words);
      break;
    case Hedge::kLessThan:
      why = fmt::format("'{}': a strict upper bound", q.hedge_words);
      break;
    case Hedge::kUpTo:
      why = fmt::format("'{}': a maximum, not a value", q.hedge_words);
      break;
    case Hedge::kSlightlyMore:
      why = fmt::format("'{}': above, by at most 10%", q.hedge_words);
      break;
    case Hedge::kSlightlyLess:
      why = fmt::format("'{}': below, by at most 10%", q.hedge_words);
      break;
    case Hedge::kWellMore:
      why = fmt::format("'{}': at least 10% above", q.hedge_words);
      break;
    case Hedge::kWellLess:
      why = fmt::format("'{}': at least 10% below", q.hedge_words);
      break;
    case Hedge::kGoodMeasure:
      why = fmt::format("'{}': the figure or up to a quarter more", q.hedge_words);
      break;
    case Hedge::kShortMeasure:
      why = fmt::format("'{}': the figure or up to a fifth less", q.hedge_words);
      break;
    case Hedge::kRange:
      why = "a range, both ends included";
      break;
    case Hedge::kVague:
      why = fmt::format("'{}': a conventional span", q.hedge_words);
      break;
  }
  if (integral) why += ", whole numbers only";
  return fmt::format("read as {}{}: {}", FormatInterval(in_scale), scale, why);
}

}  // namespace crosscheck::report
