#include "io/exchange_rate_reader.h"

#include <fmt/format.h>

#include "parse/date_parser.h"

namespace crosscheck::io {

void ReadExchangeRates(const YamlDocument& doc, YamlNode list, const Catalogue& catalogue,
                       std::vector<ExchangeRate>& rates, Diagnostics& diags) {
  if (!list.IsSequence()) {
    diags.Error(doc.Pos(list), "'exchange_rates' must be a list");
    return;
  }
  for (const auto& item : list) {
    if (!item.IsMap()) {
      diags.Error(doc.Pos(item), "each exchange rate must be a mapping");
      continue;
    }
    doc.CheckKeys(item, {"from", "to", "period", "low", "high", "source"}, diags);
    ExchangeRate r;
    r.pos = doc.Pos(item);
    auto from = doc.Scalar(item, "from", true, diags);
    auto to = doc.Scalar(item, "to", true, diags);
    auto period = doc.Scalar(item, "period", true, diags);
    auto low = doc.Scalar(item, "low", true, diags);
    auto high = doc.Scalar(item, "high", true, diags);
    r.source = doc.Scalar(item, "source", true, diags).value_or("");
    if (!from || !to || !period || !low || !high) continue;
    bool ok = true;
    for (const auto* code : {&*from, &*to}) {
      const Unit* u = catalogue.FindUnit(*code);
      if (!u || u->dimension != Dimension::kMoney) {
        diags.Error(r.pos, fmt::format("unknown currency '{}'", *code));
        ok = false;
      }
    }
    auto lo = ParseDecimal(*low), hi = ParseDecimal(*high);
    if (!lo || !hi || *lo <= 0 || *hi < *lo) {
      diags.Error(r.pos, fmt::format("malformed rate interval [{}, {}]", *low, *high));
      ok = false;
    }
    auto date = parse::ParseDate(*period, parse::Language::kEnglish);
    const CalendarDate* cal = date.ok() ? std::get_if<CalendarDate>(&date->from) : nullptr;
    std::optional<DayInterval> days;
    if (cal && cal->year && !date->to) days = DaysOf(*cal, *cal->year);
    if (!days) {
      diags.Error(doc.Pos(item["period"]), fmt::format("malformed period '{}'", *period));
      ok = false;
    }
    if (!ok) continue;
    r.from = *from;
    r.to = *to;
    r.period = *days;
    r.low = *lo;
    r.high = *hi;
    rates.push_back(std::move(r));
  }
}

std::vector<ExchangeRate> LoadExchangeRatesText(const std::string& display_path,
                                                std::string_view yaml, const Catalogue& catalogue,
                                                Diagnostics& diags) {
  std::vector<ExchangeRate> rates;
  auto doc = YamlDocument::Parse(display_path, yaml, diags);
  if (!doc) return rates;
  YamlNode root = doc->root();
  if (!root.IsMap() || !root["exchange_rates"]) {
    diags.Error(doc->FilePos(), "an exchange-rate file must be a mapping with 'exchange_rates'");
    return rates;
  }
  doc->CheckKeys(root, {"exchange_rates"}, diags);
  ReadExchangeRates(*doc, root["exchange_rates"], catalogue, rates, diags);
  return rates;
}

}  // namespace crosscheck::io
