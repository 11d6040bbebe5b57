#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/rational.h"
#include "model/corpus.h"

namespace crosscheck::encode {

// The base currency every money amount is converted into before it becomes a constraint.
inline constexpr const char* kBaseCurrency = "USD";
// The currency the shipped rates are quoted against (ECB reference rates: units per euro): a
// conversion no rate to `kBaseCurrency` covers crosses through it.
inline constexpr const char* kShippedBaseCurrency = "EUR";

// The rates a conversion may use, in order of precedence: the corpus's reference ledger
// (claims/reference.yaml), then the rates shipped with crosscheck (catalogue/exchange_rates.yaml).
struct RateSources {
  const std::vector<ExchangeRate>& ledger;
  const std::vector<ExchangeRate>& shipped;
};

// How many units of one currency one unit of another is worth over some days, and what says so.
struct RateInterval {
  Rational low;
  Rational high;
  std::vector<DayInterval> periods;          // the ledger periods used, in the order used
  std::vector<const ExchangeRate*> shipped;  // the shipped rates used, in the order used
  bool covers = true;                        // false: the rates used cover only part of the days
};

// How many `to` one `from` is worth over `days`. For each leg of the conversion (a currency
// against a bridge currency, `kBaseCurrency` first, else `kShippedBaseCurrency`):
// - the ledger first: the finest of its periods that covers `days`, or the hull of those that
//   overlap it; direct rates or inverted ones;
// - the shipped rates fill the days the ledger's periods leave uncovered (the same rule on each
//   gap), the leg spanning the hull of both.
// The conversion crosses its two legs as intervals. The first bridge whose legs cover every day
// is used, else the first that has any rate; nullopt: no rate at all.
std::optional<RateInterval> ConversionRate(const RateSources& sources, const std::string& from,
                                           const std::string& to, DayInterval days);

}  // namespace crosscheck::encode
