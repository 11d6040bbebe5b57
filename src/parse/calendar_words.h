#pragma once

#include <optional>
#include <string_view>

#include "parse/cursor.h"

namespace crosscheck::parse {

// Month (1-12) or weekday (0 = Monday) named at the cursor, French or English.
std::optional<int> AcceptMonth(Cursor& cursor);
std::optional<int> AcceptWeekday(Cursor& cursor);
// A month's name glued to the figure after it ("april22", "january12,2016"): the cursor stops
// before the figure.
std::optional<int> AcceptMonthGluedToDigits(Cursor& cursor);
std::string_view MonthNameEnglish(int month);
std::string_view WeekdayNameEnglish(int weekday);

}  // namespace crosscheck::parse
