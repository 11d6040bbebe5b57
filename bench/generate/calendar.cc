#include "calendar.h"

#include <fmt/format.h>

namespace bench {

// Days from civil dates in the proleptic Gregorian calendar, by 400-year eras (the well-known
// era/day-of-era decomposition; exact for every year the generator uses).
int DayFromCivil(int year, int month, int day) {
  int y = month <= 2 ? year - 1 : year;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Civil CivilFromDay(int z) {
  z += 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int d = doy - (153 * mp + 2) / 5 + 1;
  int m = mp < 10 ? mp + 3 : mp - 9;
  int y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {y, m, d};
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int WeekdayOf(int day) { return ((day % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday

int AddYears(int day, int years) {
  Civil c = CivilFromDay(day);
  int y = c.year + years;
  return DayFromCivil(y, c.month, std::min(c.day, DaysInMonth(y, c.month)));
}

std::string MonthName(int month, Lang lang) {
  static const char* kFr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                              "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  static const char* kEn[] = {"January",   "February", "March",    "April",
                              "May",       "June",     "July",     "August",
                              "September", "October",  "November", "December"};
  return lang == Lang::kFr ? kFr[month - 1] : kEn[month - 1];
}

std::string WeekdayName(int weekday, Lang lang) {
  static const char* kFr[] = {"lundi",    "mardi",  "mercredi", "jeudi",
                              "vendredi", "samedi", "dimanche"};
  static const char* kEn[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                              "Friday", "Saturday", "Sunday"};
  return lang == Lang::kFr ? kFr[weekday] : kEn[weekday];
}

std::string IsoDay(int day) {
  Civil c = CivilFromDay(day);
  return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

namespace {

DateText Make(std::string prefix, std::string value, int first, int last) {
  std::string phrase = prefix.empty() ? value : prefix + " " + value;
  return {std::move(phrase), std::move(value), first, last};
}

}  // namespace

DateText DateAt(int day, Grain grain, Lang lang, bool after) {
  const bool fr = lang == Lang::kFr;
  Civil c = CivilFromDay(day);
  int month_first = DayFromCivil(c.year, c.month, 1);
  int month_last = DayFromCivil(c.year, c.month, DaysInMonth(c.year, c.month));
  int year_first = DayFromCivil(c.year, 1, 1), year_last = DayFromCivil(c.year, 12, 31);
  std::string month = MonthName(c.month, lang);
  switch (grain) {
    case Grain::kDay:
      if (fr) {
        std::string d = c.day == 1 ? "1er" : std::to_string(c.day);
        return Make("le", fmt::format("{} {} {}", d, month, c.year), day, day);
      }
      return Make("on", fmt::format("{} {}, {}", month, c.day, c.year), day, day);
    case Grain::kIsoDay:
      return Make(fr ? "le" : "on", IsoDay(day), day, day);
    case Grain::kMonth:
      return Make(fr ? "en" : "in", fmt::format("{} {}", month, c.year), month_first, month_last);
    case Grain::kYear:
      return Make(fr ? "en" : "in", std::to_string(c.year), year_first, year_last);
    case Grain::kPartOfMonth: {
      if (c.day <= 10) {
        return Make(fr ? "" : "in", fmt::format("{} {} {}", fr ? "début" : "early", month, c.year),
                    month_first, month_first + 9);
      }
      if (c.day <= 20) {
        return Make(fr ? "" : "in", fmt::format("{}{} {}", fr ? "mi-" : "mid-", month, c.year),
                    month_first + 10, month_first + 19);
      }
      return Make(fr ? "" : "in", fmt::format("{} {} {}", fr ? "fin" : "late", month, c.year),
                  month_first + 20, month_last);
    }
    case Grain::kPartOfYear:
      if (c.month <= 4) {
        return Make(fr ? "" : "in", fmt::format("{} {}", fr ? "début" : "early", c.year),
                    year_first, DayFromCivil(c.year, 4, 30));
      }
      if (c.month >= 9) {
        return Make(fr ? "" : "in", fmt::format("{} {}", fr ? "fin" : "late", c.year),
                    DayFromCivil(c.year, 9, 1), year_last);
      }
      return DateAt(day, Grain::kYear, lang, after);
    case Grain::kTwoYears: {
      int a = after ? c.year : c.year - 1;
      return Make("",
                  fmt::format(fmt::runtime(fr ? "entre {} et {}" : "between {} and {}"), a, a + 1),
                  DayFromCivil(a, 1, 1), DayFromCivil(a + 1, 12, 31));
    }
  }
  return Make("", IsoDay(day), day, day);
}

}  // namespace bench
