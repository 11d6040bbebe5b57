#pragma once

#include <string>
#include <variant>
#include <vector>

#include "model/date_value.h"
#include "model/duration.h"
#include "model/quantity.h"

namespace crosscheck {

// A category claim: the node of the property's taxonomy the value names.
struct CategoryValue {
  std::string node;
};

// An entity-valued claim ("fondé par Liang Wenfeng").
struct EntityValue {
  std::string entity;
};

// A claim's value, parsed according to its property's kind. A date claim with `relative_to`
// holds an AnchoredDate: its days depend on the anchor claim's date.
using Value = std::variant<QuantityValue, DateValue, AgeValue, DurationValue, CategoryValue,
                           EntityValue, AnchoredDate>;

}  // namespace crosscheck
