#include "encode/money_claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "encode/encoder_state.h"
#include "encode/exchange.h"

namespace crosscheck::encode {

std::map<std::string, std::string> ChooseMoneyUnits(const Corpus& corpus, const ClaimTime& time) {
  std::map<std::string, std::vector<std::pair<std::string, int>>> counts;  // in first-seen order
  for (const auto& file : corpus.claim_files) {
    const Article* a = file.reference ? nullptr : corpus.FindArticle(file.article);
    for (const auto& c : file.claims) {
      const Property* p = corpus.catalogue.FindProperty(c.property);
      if (!p || p->kind != ValueKind::kQuantity || p->dimension != Dimension::kMoney) continue;
      auto& list = counts[time.MoneyKey(c, *p, a)];
      const std::string& unit = std::get<QuantityValue>(c.value).unit;
      auto it = std::find_if(list.begin(), list.end(), [&](auto& e) { return e.first == unit; });
      if (it == list.end())
        list.emplace_back(unit, 1);
      else
        ++it->second;
    }
  }
  std::map<std::string, std::string> units;
  for (const auto& [key, list] : counts) {
    auto best = list.begin();
    for (auto it = list.begin(); it != list.end(); ++it) {
      if (it->second > best->second) best = it;
    }
    units[key] = best->first;
  }
  return units;
}

bool ToComparedCurrency(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                        Interval& range, std::string& unit, EncodedClaim& ec) {
  const std::string written = unit;
  std::optional<DayInterval> days;
  if (c.when) days = s.time.StaticDays(*c.when, a);
  if (!days && a && a->published.from && a->published.to) {
    days = DayInterval{*a->published.from, *a->published.to + 1};
  }
  auto chosen = s.money_units.find(s.time.MoneyKey(c, p, a));
  if (chosen != s.money_units.end()) unit = chosen->second;
  if (written == unit) return true;
  if (!days) {
    s.Skip(c, "no date to choose an exchange rate for");
    return false;
  }
  auto rate = ConversionRate({s.corpus.exchange_rates, s.corpus.shipped_exchange_rates}, written,
                             unit, *days);
  if (!rate) {
    s.Skip(c, fmt::format("no exchange rate from {} to {} for {} (neither the reference ledger "
                          "nor the rates shipped with crosscheck have one)",
                          written, unit, FormatDayInterval(*days)));
    return false;
  }
  // The rate as an interval (crossed through a bridge currency when it has two legs).
  range = range.TimesPositive(rate->low, rate->high);
  std::vector<std::string> sources;
  for (const ExchangeRate* shipped : rate->shipped) sources.push_back(shipped->source);
  ec.view.reading.notes.push_back({.kind = ReadingNoteKind::kConverted,
                                   .unit = written,
                                   .other_unit = unit,
                                   .rate_low = rate->low,
                                   .rate_high = rate->high,
                                   .rate_periods = rate->periods,
                                   .rate_sources = std::move(sources)});
  return true;
}

}  // namespace crosscheck::encode
