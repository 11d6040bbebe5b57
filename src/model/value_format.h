#pragma once

#include <string>

#include "model/catalogue.h"
#include "model/claim.h"
#include "model/property.h"
#include "model/value.h"

namespace crosscheck {

// How crosscheck read a value, in one line for people: "read as [5.5, 6.5) million USD: half a
// unit of 1 in the last significant digit", "day 2025-01-20", "the latest Monday before
// publication". The report and `validate --explain` show it next to every claim.
std::string DescribeValue(const Value& value, const Property& property, const Catalogue& catalogue,
                          PrecisionMode mode = PrecisionMode::kDefault);
std::string DescribeDate(const DateValue& date);
// "1 year after the anchor's year", "2 days after the anchor's date".
std::string DescribeAnchored(const AnchoredDate& date,
                             PrecisionMode mode = PrecisionMode::kDefault);
std::string_view TimeUnitName(TimeUnit unit);  // "months"

}  // namespace crosscheck
