#pragma once

#include <string>
#include <string_view>

#include "model/date_value.h"
#include "model/duration.h"
#include "model/precision_mode.h"
#include "model/quantity.h"

namespace crosscheck::report {

// The words of a parsed value (report/reading_text.h composes them into a claim's reading).

// How a figure's interval was read: "read as [5.5, 6.5) millions: half a unit of 1 in the last
// significant digit". `integral`: a count, tightened to whole numbers.
std::string ExplainReading(const QuantityValue& q, PrecisionMode mode = PrecisionMode::kDefault,
                           bool integral = false);
// "day 2025-01-20", "the latest Monday strictly before publication", "before month 2024-03".
std::string DescribeDate(const DateValue& date);
// "1 year after the anchor's year", "2 days after the anchor's date".
std::string DescribeAnchored(const AnchoredDate& date,
                             PrecisionMode mode = PrecisionMode::kDefault);
std::string_view TimeUnitName(TimeUnit unit);  // "months"

}  // namespace crosscheck::report
