#include "encode/vagueness.h"

#include <algorithm>
#include <cmath>

namespace crosscheck::encode {
namespace {

// The magnitude below which a relative width is taken against 1e-12 instead: a figure of 0
// ("0 deaths") has no scale of its own, and dividing by it would make it infinitely vague.
constexpr double kSmallestScale = 1e-12;
// A year of birth days, for AgeVagueness (a leap year's extra day does not change a ranking).
constexpr double kDaysPerYear = 365.0;

}  // namespace

double RelativeWidth(const Interval& r) {
  if (r.infinite_either()) return kOpenVagueness;
  double lo = r.low.value->get_d(), hi = r.high.value->get_d();
  double scale = std::max({std::abs(lo), std::abs(hi), kSmallestScale});
  return (hi - lo) / scale;
}

double DateVagueness(const DateValue& v) {
  if (v.bound != DateBound::kAt) return kOpenVagueness;
  auto days_of = [&](const DateExpr& e) -> DayInterval {
    if (const auto* cal = std::get_if<CalendarDate>(&e)) {
      return DaysOf(*cal, cal->year.value_or(kVaguenessYear)).value_or(DayInterval{0, 1});
    }
    return ResolveRelative(std::get<RelativeDate>(e), kVaguenessPublicationDay);
  };
  DayInterval from = days_of(v.from);
  DayInterval to = v.to ? days_of(*v.to) : from;
  return static_cast<double>(to.to - from.from);
}

double AgeVagueness(const Interval& years) { return kDaysPerYear * (RelativeWidth(years) + 1); }

}  // namespace crosscheck::encode
