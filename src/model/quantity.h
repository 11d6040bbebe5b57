#pragma once

#include <optional>
#include <string>

#include "common/rational.h"
#include "model/dimension.h"
#include "model/interval.h"
#include "model/precision_mode.h"

namespace crosscheck {

// The word that widens or bounds a figure (docs/semantics.md, "Hedges").
enum class Hedge {
  kNone,      // "6 millions"
  kExactly,   // "exactement", "exactly"
  kAbout,     // "environ", "about": +-10%
  kNearly,    // "près de", "nearly": [0.9X, X]
  kMoreThan,  // "plus de", "more than": (X, +inf)
  kAtLeast,   // "au moins", "at least": [X, +inf)
  kLessThan,  // "moins de", "less than": [0, X)
  kUpTo,      // "jusqu'à", "up to": [0, X]
  // A direction hedge with an intensity word before it ("un peu plus de", "well over").
  kSlightlyMore,  // "un peu plus de", "a little over", "just over": (X, 1.1X]
  kSlightlyLess,  // "un peu moins de", "just under", "slightly less than": [0.9X, X)
  kWellMore,      // "bien plus de", "largement plus de", "well over": [1.1X, +inf)
  kWellLess,      // "bien moins de", "well under", "far fewer than": [0, 0.9X]
  // A round figure given a good or a short measure ("une bonne centaine", "a good hundred").
  kGoodMeasure,   // "une bonne centaine", "un bon millier", "a good dozen": [X, 1.25X]
  kShortMeasure,  // "une petite centaine", "une petite vingtaine": [0.8X, X]
  kEmphasis,      // "à peine", "seulement", "only": no width, just emphasis
  kRange,         // "de 20 à 40", "between 20 and 40": [A, B]
  kVague,         // "quelques", "des centaines de": a fixed span of the scale
};

// A figure as written. `last_digit` is the value of one unit in its last significant digit
// ("5.6" -> 0.1, "6" -> 1, "10 000" -> 1000, "2 900" -> 100); zero for a figure that is exact by
// nature (a fraction such as "un tiers").
struct NumberLiteral {
  std::string text;
  Rational value;
  Rational last_digit;
};

// A quantity claim's value before any interpretation: what the text says, not what it means.
struct QuantityValue {
  Hedge hedge = Hedge::kNone;
  std::string hedge_words;
  NumberLiteral number;                     // the figure, or the low end of a range
  std::optional<NumberLiteral> range_high;  // the high end of a range
  Rational vague_low = 0, vague_high = 0;   // kVague: the span in units of the scale
  Rational scale = 1;                       // 10^6 for "millions"
  std::string scale_word;
  std::string unit;  // unit id from the catalogue, or "" (a bare figure)
  std::string unit_words;
  RatePeriod per = RatePeriod::kNone;  // "3 TWh par an": the period of a rate
};

// The interval of values in `unit` (not yet the property's base unit) the claim allows.
// `integral` tightens it to whole numbers (counts).
Interval DeriveInterval(const QuantityValue& q, PrecisionMode mode = PrecisionMode::kDefault,
                        bool integral = false);

}  // namespace crosscheck
