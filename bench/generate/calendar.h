// Day arithmetic and the French and English words for dates, as the generator writes them.
// Days are counted from 1970-01-01 (day 0), like the checker's day numbers.
#pragma once

#include <string>

#include "lang.h"

namespace bench {

struct Civil {
  int year, month, day;
};

int DayFromCivil(int year, int month, int day);
Civil CivilFromDay(int day);
int DaysInMonth(int year, int month);
int WeekdayOf(int day);  // 0 = Monday ... 6 = Sunday
// The same month and day `years` later (earlier if negative); 29 February becomes 28 February.
int AddYears(int day, int years);

std::string MonthName(int month, Lang lang);      // "mars", "March"
std::string WeekdayName(int weekday, Lang lang);  // "lundi", "Monday"
std::string IsoDay(int day);                      // "2015-03-12"

// A date as a claim value and the words around it in a sentence, with the days it names
// (first and last, both included).
struct DateText {
  std::string phrase;  // "le 12 mars 2015", "in March 2015"
  std::string value;   // "12 mars 2015", "March 2015"
  int first, last;
};

enum class Grain { kDay, kIsoDay, kMonth, kYear, kPartOfMonth, kPartOfYear, kTwoYears };

// The date at the grain asked for, containing `day`; kPartOfYear falls back to the year when the
// day is in May-August (no "mi-2015" form), kTwoYears picks the neighbour year with `after`.
DateText DateAt(int day, Grain grain, Lang lang, bool after);

}  // namespace bench
