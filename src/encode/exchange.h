#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/rational.h"
#include "model/corpus.h"

namespace crosscheck::encode {

// The base currency every money amount is converted into before it becomes a constraint.
inline constexpr const char* kBaseCurrency = "USD";

struct RateInterval {
  Rational low;
  Rational high;
  std::string periods;  // the ledger periods used, for the report ("2021", "2019, 2020")
};

// How many `kBaseCurrency` one unit of `currency` is worth over `days`, from the reference
// ledger: the finest period that covers `days`, or the hull of all periods that overlap it.
// Inverse rates are used when only base -> currency is given. nullopt: the ledger has nothing.
std::optional<RateInterval> RateToBase(const std::vector<ExchangeRate>& rates,
                                       const std::string& currency, DayInterval days);

}  // namespace crosscheck::encode
