// The bundled reference ledger's exchange rates: copied verbatim into the generated ledger, and
// read here so that currency claims are drawn and checked against the same intervals.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "figures.h"

namespace bench {

class Ledger {
 public:
  // Reads the `exchange_rates:` section of a reference.yaml; nothing if it has none, or if a year
  // lacks a rate for EUR or CNY to USD.
  static std::optional<Ledger> Parse(std::string_view reference_yaml, std::string* error);

  // The section as it stands in the bundled file, ready to append to the generated ledger.
  const std::string& section() const { return section_; }
  // Years (whole-year periods) with a rate for every currency.
  const std::vector<int>& years() const { return years_; }

  // USD per unit of `c` in `year`: [low, high]; exactly 1 for USD.
  double Low(Currency c, int year) const;
  double High(Currency c, int year) const;

  // An amount range in `from` as crosscheck compares it in `to`: the cross rate through USD as an
  // interval (docs/semantics.md, Money).
  Range Convert(const Range& r, Currency from, Currency to, int year) const;

 private:
  struct YearRates {
    int year;
    double low[kCurrencies], high[kCurrencies];
  };
  const YearRates& For(int year) const;

  std::string section_;
  std::vector<int> years_;
  std::vector<YearRates> rates_;
};

}  // namespace bench
