// Figures as an article writes them ("près de 6 millions de dollars", "about 2,000 GPUs") and the
// interval crosscheck reads from each (docs/semantics.md: implied precision, then the hedge).
// The generator computes intervals itself rather than calling the checker's parser, so that a
// disagreement between the two shows up as a finding instead of being hidden.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "lang.h"
#include "rng.h"

namespace bench {

enum class Dim { kMoney, kCount, kPercent, kRatio };
enum class Currency { kUsd, kEur, kCny };
constexpr int kCurrencies = 3;

// What a claim's figure allows, in display units (dollars, persons, %). Bounds are treated as
// closed: every check keeps a margin, so open and closed ends never decide a verdict.
struct Range {
  double lo = 0, hi = std::numeric_limits<double>::infinity();
};

enum class Form {
  kPlain,
  kEmphasis,
  kAbout,
  kNearly,
  kMoreThan,
  kAtLeast,
  kLessThan,
  kUpTo,
  kRange
};

// How a property's figures look: the dimension, the power of ten of the stored integer (values
// of percentages and ratios are kept in hundredths), and the unit words.
struct FigureStyle {
  Dim dim = Dim::kCount;
  int base_exp = 0;
  Currency currency = Currency::kUsd;  // money only
  std::string unit_fr, unit_en;        // counts: "employés" / "employees"
};

struct QuantityText {
  std::string value;
  Range range;
};

// A value of `truth` (the stored integer) in `form` for `lang`, rounded at random (or written
// with all its digits when `full`), or nothing when the rounding drawn does not hold `truth` with
// a margin (the caller draws again).
std::optional<QuantityText> WriteQuantity(int64_t truth, Form form, const FigureStyle& style,
                                          Lang lang, Rng& rng, bool full = false);

// The display value of a stored integer (17.3 for 1730 hundredths).
double DisplayValue(int64_t stored, const FigureStyle& style);

// True when `range` holds `value` (display units) with the generator's safety margin.
bool HoldsWithMargin(const Range& range, double value, Dim dim);

// True when the two ranges are apart by more than the margin.
bool ApartWithMargin(const Range& a, const Range& b);

}  // namespace bench
