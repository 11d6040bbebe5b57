#include "encode/exchange.h"

#include <algorithm>

namespace crosscheck::encode {

std::optional<RateInterval> RateToBase(const std::vector<ExchangeRate>& rates,
                                       const std::string& currency, DayInterval days) {
  if (currency == kBaseCurrency) return RateInterval{1, 1, ""};
  // Candidates as (period, low, high) in base per unit of `currency`.
  std::vector<RateInterval> covering, overlapping;
  std::vector<DayInterval> covering_days;
  for (const auto& r : rates) {
    RateInterval ri;
    if (r.from == currency && r.to == kBaseCurrency) {
      ri = {r.low, r.high, ""};
    } else if (r.to == currency && r.from == kBaseCurrency) {
      ri = {Rational(1) / r.high, Rational(1) / r.low, ""};
    } else {
      continue;
    }
    ri.periods = FormatDayInterval(r.period);
    bool overlaps = r.period.from < days.to && days.from < r.period.to;
    if (!overlaps) continue;
    if (r.period.from <= days.from && days.to <= r.period.to) {
      covering.push_back(ri);
      covering_days.push_back(r.period);
    }
    overlapping.push_back(ri);
  }
  if (!covering.empty()) {
    size_t best = 0;
    for (size_t i = 1; i < covering.size(); ++i) {
      auto width = [&](size_t k) { return covering_days[k].to - covering_days[k].from; };
      if (width(i) < width(best)) best = i;
    }
    return covering[best];
  }
  if (overlapping.empty()) return std::nullopt;
  RateInterval hull = overlapping.front();
  for (size_t i = 1; i < overlapping.size(); ++i) {
    hull.low = std::min(hull.low, overlapping[i].low);
    hull.high = std::max(hull.high, overlapping[i].high);
    hull.periods += ", " + overlapping[i].periods;
  }
  return hull;
}

}  // namespace crosscheck::encode
