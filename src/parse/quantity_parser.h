#pragma once

#include <string_view>

#include "common/result.h"
#include "model/catalogue.h"
#include "model/property.h"
#include "model/quantity.h"
#include "parse/language.h"

namespace crosscheck::parse {

// Reads "[hedge] figure [scale] [de] [unit]", a range ("de 20 à 40 fois", "entre 1 et 2
// milliards de dollars") or a vague amount ("des centaines de milliards de dollars"). The unit
// must be one of the catalogue's and of the `expected` dimension; money, percentages and declared
// dimensions (length, energy, ...) need theirs, counts and ratios may leave it out. A rate ("3
// TWh par an") names its period after the unit, and only a property over that period takes it.
Result<QuantityValue> ParseQuantity(std::string_view text, Language lang,
                                    const Catalogue& catalogue, const Dimension& expected);

}  // namespace crosscheck::parse
