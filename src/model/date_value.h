#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/interval.h"
#include "model/precision_mode.h"

namespace crosscheck {

// Days since 1970-01-01 (negative before). The solver reasons on these integers.
using DayNumber = int32_t;

// A half-open interval of days [from, to): "2021" is [2021-01-01, 2022-01-01).
struct DayInterval {
  DayNumber from = 0;
  DayNumber to = 0;
  bool operator==(const DayInterval&) const = default;
};

// The years the calendar functions accept, as ISO 8601's four digits write them.
constexpr int kFirstYear = 1;
constexpr int kLastYear = 9999;

std::optional<DayNumber> DayFromCivil(int year, int month, int day);  // nullopt if no such day
void CivilFromDay(DayNumber day, int* year, int* month, int* dom);
int Weekday(DayNumber day);                           // 0 = Monday ... 6 = Sunday
std::string FormatDay(DayNumber day);                 // "2025-01-27"
std::string FormatDayInterval(const DayInterval& i);  // "2025-01-27", "2025-01", "[a, b]"

enum class DateGrain { kDay, kMonth, kYear };
// "début mai" the first ten days, "mi-mai" days 11-20, "fin mai" the rest; for a year, thirds.
enum class DatePart { kWhole, kEarly, kMid, kLate };

// A date as written, possibly without its year ("lundi 27 janvier"): the solver then chooses a
// year near the publication date that the weekday allows.
struct CalendarDate {
  std::optional<int> year;
  std::optional<int> month;    // 1-12
  std::optional<int> day;      // 1-31
  std::optional<int> weekday;  // 0 = Monday
  DatePart part = DatePart::kWhole;

  DateGrain grain() const {
    return day ? DateGrain::kDay : month ? DateGrain::kMonth : DateGrain::kYear;
  }
};

// The days a calendar date covers in `year` (its own year when it has one).
std::optional<DayInterval> DaysOf(const CalendarDate& date, int year);

// A date given relative to the article's publication date P (docs/semantics.md).
enum class RelativeKind {
  kToday,      // E = P
  kYesterday,  // E = P - 1
  kDayBeforeYesterday,
  kLastWeekday,  // latest `weekday` strictly before P
  kLastWeek,     // calendar week (Mon-Sun) before P's
  kLastMonth,    // calendar month before P's
  kLastYear,     // calendar year before P's
  kThisWeek,
  kThisMonth,
  kThisYear,
  kAboutAWeekAgo,  // "il y a une petite semaine": P-7 <= E <= P-5
  kDaysAgo,        // "il y a N jours": E = P - N
  kWeeksAgo,
  kMonthsAgo,
  kYearsAgo,
  kTomorrow,          // E = P + 1
  kDayAfterTomorrow,  // E = P + 2
  kNextWeekday,       // earliest `weekday` strictly after P
  kNextWeek,          // calendar week after P's
  kNextMonth,         // calendar month after P's
  kNextYear,          // calendar year after P's
  // «dans les prochains jours», "in the coming weeks", «dans les mois à venir»: a window after
  // P (docs/semantics.md, "Dates"). Last, so that cached claims keep the values of the others.
  kComingDays,    // P + 1 <= E <= P + 14
  kComingWeeks,   // P + 1 <= E <= P + 56
  kComingMonths,  // P + 1 <= E <= P + 365
};

// How far "the coming days / weeks / months" reach after publication, in days: two weeks of
// days, eight weeks, a year of months (docs/semantics.md, "Dates").
constexpr int kComingDaysFar = 14;
constexpr int kComingWeeksFar = 56;
constexpr int kComingMonthsFar = 365;

struct RelativeDate {
  RelativeKind kind = RelativeKind::kToday;
  int weekday = 0;  // kLastWeekday, kNextWeekday
  Interval count;   // k*Ago: N at its precision
};

// The days a relative expression names for a publication day P; the lenient mode widens the
// vague phrases (docs/semantics.md, "Dates").
DayInterval ResolveRelative(const RelativeDate& rel, DayNumber publication,
                            PrecisionMode mode = PrecisionMode::kDefault);

using DateExpr = std::variant<CalendarDate, RelativeDate>;

// How the date bounds the event: at it, before it starts, by its end, after it ends, since it.
enum class DateBound { kAt, kBefore, kBy, kAfter, kSince };

// A date claim or a `when`: one expression, or a range "entre 2019 et 2020".
struct DateValue {
  DateBound bound = DateBound::kAt;
  DateExpr from;
  std::optional<DateExpr> to;  // a range's end
};

// Where the solver may place a date written without its year or its month, around the
// publication day P (src/encode/date_encoder.cc uses the same windows): a year-less date
// within [P - 330, P + 181) days, a day without its month within 31 days either side, a weekday
// alone within six days either side.
constexpr int kYearlessBefore = 330;
constexpr int kYearlessAfter = 180;
constexpr int kMonthlessAround = 31;
constexpr int kWeekdayAround = 6;

// Days whose ends may be open: "before 2022" has no start, "since 2021" no end.
struct DayBounds {
  std::optional<DayNumber> from, to;
  bool operator==(const DayBounds&) const = default;
};

// Every reading of `v` for an article published on day P: one for a dated or relative
// expression, one per placement the solver allows for a date without its year or month
// (docs/semantics.md, "Dates"). A bound opens one end: "avant X" ends where X starts, "d'ici
// X" where X ends, "après X" starts where X ends, "depuis X" where X starts. Empty when `v`
// names no day (an impossible date).
std::vector<DayBounds> PlacementsNear(const DateValue& v, DayNumber publication);

bool IsRelative(const DateValue& v);

// A date stated relative to another claim's date A (the claim's `relative_to`): «l'année
// suivante», «trois mois plus tard», «deux jours après son ouverture», "the same year", "a year
// earlier". At a calendar grain the offset counts periods, not days: "N years later" is the year
// of A plus N, "the following month" the month after A's (as "il y a N ans" counts years of
// publication); at the grain of a day it is E - A.
enum class AnchorGrain { kDay, kWeek, kMonth, kYear };

struct AnchoredDate {
  AnchorGrain grain = AnchorGrain::kYear;
  Interval offset;  // whole periods (days for kDay), signed: "a year earlier" is [-1, -1]
};

// The whole offsets [lo, hi] an anchored date allows at its grain; the lenient mode widens a
// calendar grain (week, month, year) by one period either side, as for the vague relative dates.
std::pair<int, int> AnchoredOffsets(const AnchoredDate& d, PrecisionMode mode);

// The days E may take when the anchor's date is the day A.
DayInterval ResolveAnchored(const AnchoredDate& d, DayNumber anchor,
                            PrecisionMode mode = PrecisionMode::kDefault);
// Whether placing `v` needs its article's publication day: relative expressions and dates
// without a year do; "12 mars 2015" does not.
bool DependsOnPublication(const DateValue& v);

}  // namespace crosscheck
