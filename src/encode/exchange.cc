#include "encode/exchange.h"

#include <algorithm>

namespace crosscheck::encode {
namespace {

// One rate of a pair, as units of the bridge currency per unit of the leg's currency.
struct PairRate {
  Rational low;
  Rational high;
  const ExchangeRate* rate;
};

std::vector<PairRate> PairRates(const std::vector<ExchangeRate>& rates, const std::string& currency,
                                const std::string& bridge) {
  std::vector<PairRate> out;
  for (const auto& r : rates) {
    if (r.from == currency && r.to == bridge) {
      out.push_back({r.low, r.high, &r});
    } else if (r.to == currency && r.from == bridge) {
      out.push_back({Rational(1) / r.high, Rational(1) / r.low, &r});
    }
  }
  return out;
}

bool Overlaps(const DayInterval& a, const DayInterval& b) { return a.from < b.to && b.from < a.to; }

DayNumber Width(const DayInterval& d) { return d.to - d.from; }

// The days of `days` that no period of `used` covers, in order.
std::vector<DayInterval> Gaps(std::vector<DayInterval> used, DayInterval days) {
  std::sort(used.begin(), used.end(),
            [](const DayInterval& a, const DayInterval& b) { return a.from < b.from; });
  std::vector<DayInterval> gaps;
  DayNumber at = days.from;
  for (const auto& u : used) {
    if (u.from > at) gaps.push_back({at, std::min(u.from, days.to)});
    at = std::max(at, u.to);
    if (at >= days.to) break;
  }
  if (at < days.to) gaps.push_back({at, days.to});
  return gaps;
}

// The finest rate whose period covers `days`, else every rate whose period overlaps them.
std::vector<const PairRate*> Select(const std::vector<PairRate>& rates, DayInterval days) {
  const PairRate* finest = nullptr;
  std::vector<const PairRate*> overlapping;
  for (const auto& r : rates) {
    const DayInterval& p = r.rate->period;
    if (!Overlaps(p, days)) continue;
    overlapping.push_back(&r);
    bool covering = p.from <= days.from && days.to <= p.to;
    if (covering && (!finest || Width(p) < Width(finest->rate->period))) finest = &r;
  }
  if (finest) return {finest};
  return overlapping;
}

void Widen(std::optional<RateInterval>& leg, const PairRate& r) {
  if (!leg) {
    leg = RateInterval{r.low, r.high, {}, {}, true};
    return;
  }
  leg->low = std::min(leg->low, r.low);
  leg->high = std::max(leg->high, r.high);
}

// Units of `bridge` per unit of `currency` over `days` (the rule of ConversionRate).
std::optional<RateInterval> Leg(const RateSources& sources, const std::string& currency,
                                const std::string& bridge, DayInterval days) {
  if (currency == bridge) return RateInterval{1, 1, {}, {}, true};
  std::optional<RateInterval> leg;
  std::vector<PairRate> ledger = PairRates(sources.ledger, currency, bridge);
  std::vector<DayInterval> covered;
  for (const PairRate* r : Select(ledger, days)) {
    Widen(leg, *r);
    leg->periods.push_back(r->rate->period);
    covered.push_back(r->rate->period);
  }
  std::vector<PairRate> shipped = PairRates(sources.shipped, currency, bridge);
  bool covers = true;
  for (const DayInterval& gap : Gaps(covered, days)) {
    std::vector<DayInterval> filled;
    for (const PairRate* r : Select(shipped, gap)) {
      Widen(leg, *r);
      leg->shipped.push_back(r->rate);
      filled.push_back(r->rate->period);
    }
    if (!Gaps(filled, gap).empty()) covers = false;
  }
  if (leg) leg->covers = covers;
  return leg;
}

std::optional<RateInterval> Cross(const RateSources& sources, const std::string& from,
                                  const std::string& to, const std::string& bridge,
                                  DayInterval days) {
  auto a = Leg(sources, from, bridge, days);
  auto b = Leg(sources, to, bridge, days);
  if (!a || !b) return std::nullopt;
  RateInterval out{a->low / b->high, a->high / b->low, a->periods.empty() ? b->periods : a->periods,
                   a->shipped, a->covers && b->covers};
  out.shipped.insert(out.shipped.end(), b->shipped.begin(), b->shipped.end());
  return out;
}

}  // namespace

std::optional<RateInterval> ConversionRate(const RateSources& sources, const std::string& from,
                                           const std::string& to, DayInterval days) {
  std::optional<RateInterval> first;
  for (const char* bridge : {kBaseCurrency, kShippedBaseCurrency}) {
    auto rate = Cross(sources, from, to, bridge, days);
    if (!rate) continue;
    if (rate->covers) return rate;
    if (!first) first = std::move(rate);
  }
  return first;
}

}  // namespace crosscheck::encode
