#pragma once

#include <string_view>

#include "common/result.h"
#include "model/catalogue.h"
#include "model/property.h"
#include "model/value.h"
#include "parse/language.h"

namespace crosscheck::parse {

// Reads a claim's value as its property's kind says: a quantity in the property's dimension, a
// date, an age, a duration, a node of the property's taxonomy, or an entity.
Result<Value> ParseValue(std::string_view text, const Property& property, Language lang,
                         const Catalogue& catalogue);

// "a quantity of money", "a date", "a category of 'chip'": for messages.
std::string DescribeKind(const Property& property);

}  // namespace crosscheck::parse
