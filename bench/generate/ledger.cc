#include "ledger.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace bench {
namespace {

// The value of `key: "x"` or `key: x` in one flow-mapping line of the ledger.
std::string Field(std::string_view line, std::string_view key) {
  std::string needle = std::string(key) + ":";
  size_t at = line.find(needle);
  if (at == std::string_view::npos) return "";
  size_t b = line.find_first_not_of(' ', at + needle.size());
  if (b == std::string_view::npos) return "";
  if (line[b] == '"') {
    size_t e = line.find('"', b + 1);
    return std::string(line.substr(b + 1, e - b - 1));
  }
  size_t e = line.find_first_of(",}", b);
  return std::string(line.substr(b, e - b));
}

}  // namespace

std::optional<Ledger> Ledger::Parse(std::string_view text, std::string* error) {
  size_t at = text.find("\nexchange_rates:");
  if (at == std::string_view::npos) {
    *error = "the reference ledger has no exchange_rates section";
    return std::nullopt;
  }
  // Keep the comment lines just above the section with it.
  size_t start = at + 1;
  while (start > 1) {
    size_t prev = text.rfind('\n', start - 2);
    size_t line_start = prev == std::string_view::npos ? 0 : prev + 1;
    if (text.substr(line_start, 1) != "#") break;
    start = line_start;
  }
  Ledger ledger;
  ledger.section_ = std::string(text.substr(start));
  if (ledger.section_.back() != '\n') ledger.section_ += '\n';

  std::map<int, YearRates> by_year;
  std::map<int, int> seen;  // year -> bit set of currencies with a rate
  size_t pos = at + 1;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.find("from:") == std::string_view::npos) continue;
    std::string from = Field(line, "from"), to = Field(line, "to"), period = Field(line, "period");
    if (to != "USD" || period.size() != 4) continue;  // whole years only
    int c = from == "EUR" ? 1 : from == "CNY" ? 2 : -1;
    if (c < 0) continue;
    int year = std::atoi(period.c_str());
    YearRates& r = by_year.try_emplace(year, YearRates{year, {1, 0, 0}, {1, 0, 0}}).first->second;
    r.low[c] = std::strtod(Field(line, "low").c_str(), nullptr);
    r.high[c] = std::strtod(Field(line, "high").c_str(), nullptr);
    seen[year] |= 1 << c;
  }
  for (const auto& [year, r] : by_year) {
    if (seen[year] != 6 || r.low[1] <= 0 || r.low[2] <= 0) continue;
    ledger.years_.push_back(year);
    ledger.rates_.push_back(r);
  }
  if (ledger.years_.empty()) {
    *error = "the reference ledger has no whole year with EUR and CNY rates to USD";
    return std::nullopt;
  }
  return ledger;
}

const Ledger::YearRates& Ledger::For(int year) const {
  auto it = std::find(years_.begin(), years_.end(), year);
  return rates_[static_cast<size_t>(it - years_.begin())];
}

double Ledger::Low(Currency c, int year) const { return For(year).low[static_cast<int>(c)]; }
double Ledger::High(Currency c, int year) const { return For(year).high[static_cast<int>(c)]; }

Range Ledger::Convert(const Range& r, Currency from, Currency to, int year) const {
  if (from == to) return r;
  double low = Low(from, year) / High(to, year), high = High(from, year) / Low(to, year);
  return {r.lo * low, r.hi * high};
}

}  // namespace bench
