#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/date_value.h"
#include "parse/cursor.h"

namespace crosscheck::parse {

// A holiday named at the cursor, by the rule that places it in a year: a fixed day of the
// calendar ("Noël", "Halloween", «la Toussaint»), a day counted from Easter ("Good Friday",
// «lundi de Pentecôte»; Western or Orthodox Easter), or a weekday by its rank in a month
// ("Thanksgiving", the fourth Thursday of November, plus a shift for "Black Friday").
struct HolidayRule {
  enum class Kind { kFixed, kFromEaster, kFromOrthodoxEaster, kRankedWeekday };
  Kind kind = Kind::kFixed;
  int month = 0;    // kFixed, kRankedWeekday
  int day = 0;      // kFixed
  int weekday = 0;  // kRankedWeekday: 0 = Monday
  int rank = 0;     // kRankedWeekday: 1 = first ... -1 = last
  int shift = 0;    // days after the rule's day (Easter + 1 is Easter Monday)
};

// The holiday at the cursor, which moves past its words; nullopt (the cursor unmoved) if none.
std::optional<HolidayRule> AcceptHoliday(Cursor& cursor);

// Every name AcceptHoliday takes, for the extractor's table of words that open a date.
std::vector<std::string_view> HolidayPhrases();

// The day a holiday falls on in `year` (nullopt outside the years the calendar accepts).
std::optional<DayNumber> HolidayIn(const HolidayRule& rule, int year);

// The months a holiday may fall in when its year is not written: its first and last possible
// month (the same month for most; Easter runs from March 22 to April 25).
void HolidayMonths(const HolidayRule& rule, int* first_month, int* last_month);

}  // namespace crosscheck::parse
