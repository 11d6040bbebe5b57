#include "parse/date_parser.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <variant>

#include "model/date_value.h"
#include "report/value_text.h"

namespace crosscheck::parse {
namespace {

constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

DayNumber D(int year, int month, int day) {
  auto d = DayFromCivil(year, month, day);
  EXPECT_TRUE(d.has_value()) << year << "-" << month << "-" << day;
  return d.value_or(0);
}

// "2025-01-20", "yyyy-01-27 wd0", "2022 late": the fields a calendar date was read into.
std::string Show(const CalendarDate& c) {
  std::string out = c.year ? fmt::format("{:04}", *c.year) : "yyyy";
  if (c.month) out += fmt::format("-{:02}", *c.month);
  if (c.day) out += fmt::format("-{:02}", *c.day);
  if (c.weekday) out += fmt::format(" wd{}", *c.weekday);
  if (c.part == DatePart::kEarly) out += " early";
  if (c.part == DatePart::kMid) out += " mid";
  if (c.part == DatePart::kLate) out += " late";
  return out;
}

std::string Show(const DateExpr& e) {
  if (const auto* c = std::get_if<CalendarDate>(&e)) return Show(*c);
  return "relative";
}

// The calendar date a text names, or "error: ..." / "relative" / "range ...".
std::string Calendar(std::string_view text, Language lang = kFr) {
  auto r = ParseDate(text, lang);
  if (!r.ok()) return "error: " + r.error().message;
  if (r->to) return "range " + Show(r->from) + " / " + Show(*r->to);
  return Show(r->from);
}

std::string Error(std::string_view text, Language lang = kFr) {
  auto r = ParseDate(text, lang);
  return r.ok() ? "parsed: " + Show(r->from) : r.error().message;
}

RelativeDate Relative(std::string_view text, Language lang = kFr) {
  auto r = ParseDate(text, lang);
  EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
  if (!r.ok()) return RelativeDate{RelativeKind::kToday, -1, {}};
  EXPECT_FALSE(r->to.has_value()) << text;
  EXPECT_TRUE(IsRelative(r.value())) << text;
  const auto* rel = std::get_if<RelativeDate>(&r->from);
  return rel ? *rel : RelativeDate{RelativeKind::kToday, -1, {}};
}

DayInterval Resolve(std::string_view text, DayNumber publication, Language lang = kFr) {
  return ResolveRelative(Relative(text, lang), publication);
}

TEST(ParseDateTest, IsoForms) {
  EXPECT_EQ(Calendar("2025-01-20"), "2025-01-20");
  EXPECT_EQ(Calendar("2025-01"), "2025-01");
  EXPECT_EQ(Calendar("2025"), "2025");
}

TEST(ParseDateTest, FrenchDayMonthYear) {
  EXPECT_EQ(Calendar("20 janvier 2025"), "2025-01-20");
  EXPECT_EQ(Calendar("1er janvier 2024"), "2024-01-01");
  EXPECT_EQ(Calendar("le 20 janvier 2025"), "2025-01-20");
}

TEST(ParseDateTest, WeekdayWithoutYearLeavesTheYearOpen) {
  auto r = ParseDate("lundi 27 janvier", kFr);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto& c = std::get<CalendarDate>(r->from);
  EXPECT_FALSE(c.year.has_value());
  EXPECT_EQ(c.month, 1);
  EXPECT_EQ(c.day, 27);
  EXPECT_EQ(c.weekday, 0);
  EXPECT_EQ(c.grain(), DateGrain::kDay);
  EXPECT_FALSE(IsRelative(r.value()));
  // In 2025, 27 January is a Monday: the days it names that year agree with the weekday.
  auto days = DaysOf(c, 2025);
  ASSERT_TRUE(days.has_value());
  EXPECT_EQ(*days, (DayInterval{D(2025, 1, 27), D(2025, 1, 28)}));
  EXPECT_EQ(Weekday(days->from), *c.weekday);
}

// «samedi soir», "Monday morning": a part of the day after a date of one day leaves the day.
TEST(ParseDateTest, PartOfTheDayAfterADay) {
  EXPECT_EQ(Calendar("samedi soir"), "yyyy wd5");
  EXPECT_EQ(Calendar("20 janvier 2025 au matin").substr(0, 6), "error:");
  EXPECT_EQ(Calendar("20 janvier 2025 dans la soirée"), "2025-01-20");
  EXPECT_EQ(Calendar("monday morning", kEn), "yyyy wd0");
  EXPECT_EQ(Relative("hier soir").kind, RelativeKind::kYesterday);
  // Not after a month or a year: "mai soir" names nothing.
  EXPECT_EQ(Calendar("mai 2025 soir").substr(0, 6), "error:");
}

// «jusqu'à dimanche» is the French of "until Sunday": no later than that day.
TEST(ParseDateTest, JusquaIsUntil) {
  auto r = ParseDate("jusqu'à dimanche", kFr);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->bound, DateBound::kBy);
  EXPECT_EQ(Calendar("jusqu'au 15 mars 2026"), "2026-03-15");
  EXPECT_EQ(ParseDate("jusqu'en 2022", kFr)->bound, DateBound::kBy);
}

TEST(ParseDateTest, WeekdayWithoutYearIsNotCheckedAgainstAnyYear) {
  EXPECT_EQ(Calendar("mardi 27 janvier"), "yyyy-01-27 wd1");
}

TEST(ParseDateTest, MonthAndYear) {
  EXPECT_EQ(Calendar("janvier 2025"), "2025-01");
  EXPECT_EQ(Calendar("mai 2023"), "2023-05");
}

TEST(ParseDateTest, YearAfterEn) {
  auto r = ParseDate("en 2021", kFr);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(Show(r->from), "2021");
  EXPECT_EQ(r->bound, DateBound::kAt);
  auto days = DaysOf(std::get<CalendarDate>(r->from), 0);
  ASSERT_TRUE(days.has_value());
  EXPECT_EQ(*days, (DayInterval{D(2021, 1, 1), D(2022, 1, 1)}));
}

TEST(ParseDateTest, PartsOfAMonth) {
  EXPECT_EQ(Calendar("début mai"), "yyyy-05 early");
  EXPECT_EQ(Calendar("mi-mai 2023"), "2023-05 mid");
  EXPECT_EQ(Calendar("fin mai 2024"), "2024-05 late");
}

TEST(ParseDateTest, PartsOfAMonthCoverTenDayThirds) {
  auto early = ParseDate("début mai", kFr);
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(DaysOf(std::get<CalendarDate>(early->from), 2025),
            (DayInterval{D(2025, 5, 1), D(2025, 5, 11)}));
  auto mid = ParseDate("mi-mai 2023", kFr);
  ASSERT_TRUE(mid.ok());
  EXPECT_EQ(DaysOf(std::get<CalendarDate>(mid->from), 0),
            (DayInterval{D(2023, 5, 11), D(2023, 5, 21)}));
  auto late = ParseDate("fin mai 2024", kFr);
  ASSERT_TRUE(late.ok());
  EXPECT_EQ(DaysOf(std::get<CalendarDate>(late->from), 0),
            (DayInterval{D(2024, 5, 21), D(2024, 6, 1)}));
}

TEST(ParseDateTest, LateInAYearIsSeptemberToDecember) {
  auto r = ParseDate("fin 2022", kFr);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(Show(r->from), "2022 late");
  auto days = DaysOf(std::get<CalendarDate>(r->from), 0);
  ASSERT_TRUE(days.has_value());
  EXPECT_EQ(*days, (DayInterval{D(2022, 9, 1), D(2023, 1, 1)}));
  EXPECT_EQ(FormatDayInterval(*days), "2022-09-01 to 2022-12-31");
}

TEST(ParseDateTest, EnglishForms) {
  EXPECT_EQ(Calendar("January 20, 2025", kEn), "2025-01-20");
  EXPECT_EQ(Calendar("20 January 2025", kEn), "2025-01-20");
  EXPECT_EQ(Calendar("early May", kEn), "yyyy-05 early");
}

TEST(ParseDateTest, RangeOfYears) {
  EXPECT_EQ(Calendar("entre 2019 et 2020"), "range 2019 / 2020");
  EXPECT_EQ(Calendar("2019-2020"), "range 2019 / 2020");
  EXPECT_EQ(Calendar("between 2019 and 2020", kEn), "range 2019 / 2020");
}

TEST(ParseDateTest, Bounds) {
  auto before = ParseDate("avant 2022", kFr);
  ASSERT_TRUE(before.ok()) << before.error().message;
  EXPECT_EQ(before->bound, DateBound::kBefore);
  EXPECT_EQ(Show(before->from), "2022");

  auto since = ParseDate("depuis 2021", kFr);
  ASSERT_TRUE(since.ok()) << since.error().message;
  EXPECT_EQ(since->bound, DateBound::kSince);
  EXPECT_EQ(Show(since->from), "2021");

  auto by = ParseDate("d'ici 2030", kFr);
  ASSERT_TRUE(by.ok()) << by.error().message;
  EXPECT_EQ(by->bound, DateBound::kBy);

  auto after = ParseDate("après mai 2023", kFr);
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_EQ(after->bound, DateBound::kAfter);
  EXPECT_EQ(Show(after->from), "2023-05");
}

TEST(ParseDateTest, RelativeKinds) {
  EXPECT_EQ(Relative("hier").kind, RelativeKind::kYesterday);
  EXPECT_EQ(Relative("yesterday", kEn).kind, RelativeKind::kYesterday);
  EXPECT_EQ(Relative("aujourd'hui").kind, RelativeKind::kToday);
  EXPECT_EQ(Relative("la semaine dernière").kind, RelativeKind::kLastWeek);
  EXPECT_EQ(Relative("le mois dernier").kind, RelativeKind::kLastMonth);
  EXPECT_EQ(Relative("l'année dernière").kind, RelativeKind::kLastYear);
  EXPECT_EQ(Relative("l\u2019année dernière").kind, RelativeKind::kLastYear);
  EXPECT_EQ(Relative("il y a une petite semaine").kind, RelativeKind::kAboutAWeekAgo);
  EXPECT_EQ(Relative("last month", kEn).kind, RelativeKind::kLastMonth);
  EXPECT_EQ(Relative("last week", kEn).kind, RelativeKind::kLastWeek);
  EXPECT_EQ(Relative("last year", kEn).kind, RelativeKind::kLastYear);
  EXPECT_EQ(Relative("today", kEn).kind, RelativeKind::kToday);
}

TEST(ParseDateTest, AnaphoricDatesAreNotPlaced) {
  // "cette année-là" is the year the text just named, not the current one.
  EXPECT_EQ(Relative("cette année").kind, RelativeKind::kThisYear);
  EXPECT_FALSE(ParseDate("cette année-là", kFr).ok());
  EXPECT_FALSE(ParseDate("ce jour-là", kFr).ok());
}

TEST(ParseDateTest, WeeksAgo) {
  RelativeDate fr = Relative("il y a deux semaines");
  EXPECT_EQ(fr.kind, RelativeKind::kWeeksAgo);
  EXPECT_EQ(FormatInterval(fr.count), "[2, 2]");
  RelativeDate en = Relative("2 weeks ago", kEn);
  EXPECT_EQ(en.kind, RelativeKind::kWeeksAgo);
  EXPECT_EQ(FormatInterval(en.count), "[2, 2]");
}

// English abbreviates the units ("yr", "wk", "hr") and names periods by them: the same dates as
// the words; "past" and "following" before a period are not "last" and "next".
TEST(ParseDateTest, AbbreviatedUnitsReadAsTheWords) {
  RelativeDate weeks = Relative("2 wks ago", kEn);
  EXPECT_EQ(weeks.kind, RelativeKind::kWeeksAgo);
  EXPECT_EQ(FormatInterval(weeks.count), "[2, 2]");
  EXPECT_EQ(Relative("3 yrs ago", kEn).kind, RelativeKind::kYearsAgo);
  EXPECT_EQ(Relative("next yr", kEn).kind, RelativeKind::kNextYear);
  EXPECT_EQ(Relative("Last Yr", kEn).kind, RelativeKind::kLastYear);
  EXPECT_EQ(Relative("this yr", kEn).kind, RelativeKind::kThisYear);
  EXPECT_EQ(Relative("previous wk", kEn).kind, RelativeKind::kLastWeek);
  EXPECT_EQ(Relative("current wk", kEn).kind, RelativeKind::kThisWeek);
  EXPECT_EQ(Relative("next wk", kEn).kind, RelativeKind::kNextWeek);
  EXPECT_FALSE(ParseDate("the following yr", kEn).ok());
  EXPECT_FALSE(ParseDate("next mo", kEn).ok());
}

TEST(ParseDateTest, LastWeekdayKeepsTheWeekday) {
  RelativeDate fr = Relative("lundi dernier");
  EXPECT_EQ(fr.kind, RelativeKind::kLastWeekday);
  EXPECT_EQ(fr.weekday, 0);
  RelativeDate en = Relative("last Monday", kEn);
  EXPECT_EQ(en.kind, RelativeKind::kLastWeekday);
  EXPECT_EQ(en.weekday, 0);
  RelativeDate friday = Relative("vendredi dernier");
  EXPECT_EQ(friday.kind, RelativeKind::kLastWeekday);
  EXPECT_EQ(friday.weekday, 4);
}

TEST(ParseDateTest, DaysAgoCarriesAnExactCount) {
  RelativeDate fr = Relative("il y a 3 jours");
  EXPECT_EQ(fr.kind, RelativeKind::kDaysAgo);
  EXPECT_EQ(FormatInterval(fr.count), "[3, 3]");
  RelativeDate en = Relative("3 days ago", kEn);
  EXPECT_EQ(en.kind, RelativeKind::kDaysAgo);
  EXPECT_EQ(FormatInterval(en.count), "[3, 3]");
}

TEST(ParseDateTest, ImpossibleDayInAGivenYear) {
  EXPECT_EQ(Error("2023-02-30"), "impossible date '2023-02-30': February 2023 has 28 days");
  EXPECT_EQ(Error("29 février 2023"),
            "impossible date '29 février 2023': February 2023 has 28 days");
}

TEST(ParseDateTest, ImpossibleDayInAnyYear) {
  EXPECT_EQ(Error("30 février"), "impossible date '30 février': February has 29 days");
  EXPECT_EQ(Calendar("29 février"), "yyyy-02-29");
}

TEST(ParseDateTest, ImpossibleMonth) {
  EXPECT_EQ(Error("2025-13"), "impossible date '2025-13': there is no month 13");
}

TEST(ParseDateTest, WeekdayThatDoesNotMatchTheDate) {
  EXPECT_EQ(Error("mardi 27 janvier 2025"),
            "weekday in 'mardi 27 janvier 2025' does not match 2025-01-27, a Monday");
  EXPECT_EQ(Calendar("lundi 27 janvier 2025"), "2025-01-27 wd0");
}

TEST(ParseDateTest, YearOutOfRange) {
  EXPECT_EQ(Error("99999"), "year 99999 is out of range (1 to 9999) in '99999'");
  EXPECT_EQ(Error("0000-01-01"), "year 0 is out of range (1 to 9999) in '0000-01-01'");
}

TEST(ParseDateTest, UnfinishedRangeAndTrailingWords) {
  EXPECT_EQ(Error("entre 2019"), "unfinished date range 'entre 2019'");
  EXPECT_EQ(Error("mai 2023 environ"), "unexpected words after the date: 'environ'");
  EXPECT_EQ(Error("bientôt"), "unrecognised date 'bientôt'");
}

class ResolveRelativeTest : public ::testing::Test {
 protected:
  const DayNumber p_ = D(2025, 1, 28);  // a Tuesday
};

TEST_F(ResolveRelativeTest, Yesterday) {
  EXPECT_EQ(Resolve("hier", p_), (DayInterval{D(2025, 1, 27), D(2025, 1, 28)}));
  EXPECT_EQ(Resolve("yesterday", p_, kEn), (DayInterval{D(2025, 1, 27), D(2025, 1, 28)}));
}

TEST_F(ResolveRelativeTest, LastMondayIsTheLatestStrictlyBefore) {
  EXPECT_EQ(Resolve("lundi dernier", p_), (DayInterval{D(2025, 1, 27), D(2025, 1, 28)}));
  EXPECT_EQ(Resolve("last Monday", p_, kEn), (DayInterval{D(2025, 1, 27), D(2025, 1, 28)}));
  // Published on a Monday: "lundi dernier" is the Monday a week before, not the same day.
  DayNumber monday = D(2025, 1, 27);
  EXPECT_EQ(Resolve("lundi dernier", monday), (DayInterval{D(2025, 1, 20), D(2025, 1, 21)}));
}

TEST_F(ResolveRelativeTest, LastWeekIsTheCalendarWeekBefore) {
  DayInterval week = Resolve("la semaine dernière", p_);
  EXPECT_EQ(week, (DayInterval{D(2025, 1, 20), D(2025, 1, 27)}));
  EXPECT_EQ(FormatDayInterval(week), "2025-01-20 to 2025-01-26");
  // A Sunday belongs to the week that started on the Monday before it.
  EXPECT_EQ(Resolve("la semaine dernière", D(2025, 2, 2)),
            (DayInterval{D(2025, 1, 20), D(2025, 1, 27)}));
}

TEST_F(ResolveRelativeTest, LastMonth) {
  DayInterval month = Resolve("le mois dernier", D(2025, 2, 25));
  EXPECT_EQ(month, (DayInterval{D(2025, 1, 1), D(2025, 2, 1)}));
  EXPECT_EQ(FormatDayInterval(month), "2025-01");
  EXPECT_EQ(Resolve("le mois dernier", D(2025, 1, 15)),
            (DayInterval{D(2024, 12, 1), D(2025, 1, 1)}));
}

TEST_F(ResolveRelativeTest, LastYear) {
  DayInterval year = Resolve("l'année dernière", p_);
  EXPECT_EQ(year, (DayInterval{D(2024, 1, 1), D(2025, 1, 1)}));
  EXPECT_EQ(FormatDayInterval(year), "2024");
  EXPECT_EQ(Resolve("l\u2019année dernière", p_), year);
}

TEST_F(ResolveRelativeTest, AboutAWeekAgoIsFiveToSevenDays) {
  EXPECT_EQ(Resolve("il y a une petite semaine", p_), (DayInterval{p_ - 7, p_ - 4}));
  EXPECT_EQ(Resolve("il y a une petite semaine", p_),
            (DayInterval{D(2025, 1, 21), D(2025, 1, 24)}));
}

TEST_F(ResolveRelativeTest, DaysAgo) {
  EXPECT_EQ(Resolve("il y a 3 jours", p_), (DayInterval{D(2025, 1, 25), D(2025, 1, 26)}));
  EXPECT_EQ(Resolve("3 days ago", p_, kEn), (DayInterval{D(2025, 1, 25), D(2025, 1, 26)}));
}

TEST_F(ResolveRelativeTest, WeeksAgo) {
  EXPECT_EQ(Resolve("il y a deux semaines", p_), (DayInterval{D(2025, 1, 14), D(2025, 1, 15)}));
}

TEST_F(ResolveRelativeTest, Today) {
  EXPECT_EQ(Resolve("aujourd'hui", p_), (DayInterval{p_, p_ + 1}));
}

TEST(DateValueTest, WeekdayIsZeroOnMonday) {
  EXPECT_EQ(Weekday(D(2025, 1, 27)), 0);
  EXPECT_EQ(Weekday(D(2025, 1, 28)), 1);
  EXPECT_EQ(Weekday(D(2025, 2, 2)), 6);
  EXPECT_EQ(Weekday(0), 3);   // 1970-01-01, a Thursday
  EXPECT_EQ(Weekday(-1), 2);  // 1969-12-31, a Wednesday
}

TEST(DateValueTest, DayFromCivil) {
  EXPECT_EQ(DayFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DayFromCivil(2025, 1, 27), 20115);
  EXPECT_EQ(DayFromCivil(2024, 2, 29), 19782);
  EXPECT_FALSE(DayFromCivil(2023, 2, 29).has_value());
  EXPECT_FALSE(DayFromCivil(2025, 13, 1).has_value());
  EXPECT_FALSE(DayFromCivil(0, 1, 1).has_value());
  EXPECT_EQ(FormatDay(20115), "2025-01-27");
}

TEST(DateValueTest, DaysOfFebruaryInALeapYear) {
  CalendarDate leap;
  leap.year = 2024;
  leap.month = 2;
  auto days = DaysOf(leap, 0);
  ASSERT_TRUE(days.has_value());
  EXPECT_EQ(*days, (DayInterval{D(2024, 2, 1), D(2024, 3, 1)}));
  EXPECT_EQ(days->to - days->from, 29);
  EXPECT_EQ(FormatDayInterval(*days), "2024-02");

  CalendarDate common;
  common.month = 2;
  auto in_2023 = DaysOf(common, 2023);  // no year of its own: the year given
  ASSERT_TRUE(in_2023.has_value());
  EXPECT_EQ(in_2023->to - in_2023->from, 28);
}

TEST(DateValueTest, DaysOfAnImpossibleDay) {
  CalendarDate d;
  d.month = 2;
  d.day = 29;
  EXPECT_FALSE(DaysOf(d, 2023).has_value());
  ASSERT_TRUE(DaysOf(d, 2024).has_value());
  EXPECT_EQ(FormatDayInterval(*DaysOf(d, 2024)), "2024-02-29");
}

TEST(ParseDateTest, NumericDates) {
  EXPECT_EQ(Calendar("22/04/2016"), "2016-04-22");
  EXPECT_EQ(Calendar("04/22/2016", kEn), "2016-04-22");
  // Month first in English unless the first figure cannot be a month.
  EXPECT_EQ(Calendar("5/6/2016", kEn), "2016-05-06");
  EXPECT_EQ(Calendar("22/04/2016", kEn), "2016-04-22");
  EXPECT_EQ(Calendar("22.04.2016"), "2016-04-22");
  EXPECT_EQ(Calendar("21/04/16"), "2016-04-21");
  EXPECT_EQ(Calendar("05/05/89"), "1989-05-05");
  EXPECT_EQ(Calendar("9-18-15", kEn), "2015-09-18");
  EXPECT_EQ(Calendar("2016/11", kEn), "2016-11");
  EXPECT_EQ(Calendar("11/2016", kEn), "2016-11");
  EXPECT_EQ(Calendar("22/04"), "yyyy-04-22");
  EXPECT_EQ(Calendar("4/22", kEn), "yyyy-04-22");
  // Fractions, decimals and ranges are not dates.
  EXPECT_EQ(Error("3/4", kEn), "unrecognised date '3/4'");
  EXPECT_EQ(Error("22.04"), "unrecognised date '22.04'");
  EXPECT_EQ(Calendar("2019-2020"), "range 2019 / 2020");
}

TEST(ParseDateTest, OrdinalDays) {
  EXPECT_EQ(Calendar("the 3rd of May", kEn), "yyyy-05-03");
  EXPECT_EQ(Calendar("04th Jan 2019", kEn), "2019-01-04");
  EXPECT_EQ(Calendar("January 5th 2018", kEn), "2018-01-05");
  EXPECT_EQ(Calendar("Feb, 2001", kEn), "2001-02");
  EXPECT_EQ(Calendar("1er mai 2020"), "2020-05-01");
}

TEST_F(ResolveRelativeTest, TomorrowAndNext) {
  EXPECT_EQ(Resolve("demain", p_), (DayInterval{p_ + 1, p_ + 2}));
  EXPECT_EQ(Resolve("tomorrow", p_, kEn), (DayInterval{p_ + 1, p_ + 2}));
  EXPECT_EQ(Resolve("après-demain", p_), (DayInterval{p_ + 2, p_ + 3}));
  // The earliest such weekday strictly after publication (a Tuesday).
  EXPECT_EQ(Resolve("next Tuesday", p_, kEn), (DayInterval{p_ + 7, p_ + 8}));
  EXPECT_EQ(Resolve("vendredi prochain", p_), (DayInterval{D(2025, 1, 31), D(2025, 2, 1)}));
  EXPECT_EQ(Resolve("la semaine prochaine", p_), (DayInterval{D(2025, 2, 3), D(2025, 2, 10)}));
  EXPECT_EQ(Resolve("next month", D(2025, 12, 5), kEn),
            (DayInterval{D(2026, 1, 1), D(2026, 2, 1)}));
  EXPECT_EQ(Resolve("l'année prochaine", p_), (DayInterval{D(2026, 1, 1), D(2027, 1, 1)}));
}

// "3 days from now", "a week hence": the mirror of "ago", forward from publication.
TEST_F(ResolveRelativeTest, OffsetsFromNow) {
  EXPECT_EQ(Resolve("3 days from now", p_, kEn), (DayInterval{p_ + 3, p_ + 4}));
  EXPECT_EQ(Resolve("a week hence", p_, kEn), (DayInterval{p_ + 7, p_ + 8}));
  EXPECT_EQ(Resolve("two weeks from today", p_, kEn), (DayInterval{p_ + 14, p_ + 15}));
  // At the grain of a year, as "N years ago" (docs/semantics.md, "Dates").
  EXPECT_EQ(Resolve("3 years from today", p_, kEn), (DayInterval{D(2028, 1, 1), D(2029, 1, 1)}));
  EXPECT_EQ(Resolve("avant hier", p_), (DayInterval{p_ - 2, p_ - 1}));
  // A part of a period named without "this" is of the current period, read whole.
  EXPECT_EQ(Resolve("en fin d'année", p_), (DayInterval{D(2025, 1, 1), D(2026, 1, 1)}));
  EXPECT_EQ(Resolve("début de la semaine", p_), (DayInterval{D(2025, 1, 27), D(2025, 2, 3)}));
  EXPECT_EQ(Resolve("the end of the month", p_, kEn), (DayInterval{D(2025, 1, 1), D(2025, 2, 1)}));
  EXPECT_EQ(Calendar("fin de l'année 2019"), "2019 late");
  // From the day before or after publication: "before yesterday", "from tomorrow".
  EXPECT_EQ(Resolve("two days before yesterday", p_, kEn), (DayInterval{p_ - 3, p_ - 2}));
  EXPECT_EQ(Resolve("three weeks from tomorrow", p_, kEn), (DayInterval{p_ + 22, p_ + 23}));
  EXPECT_EQ(Resolve("four days from yesterday", p_, kEn), (DayInterval{p_ + 3, p_ + 4}));
  EXPECT_EQ(Resolve("2 weeks before today", p_, kEn), (DayInterval{p_ - 14, p_ - 13}));
  // "later" counts from the event just told, not from publication: not read.
  EXPECT_EQ(Error("two days later", kEn), "unrecognised date 'two days later'");
}

// A year in two digits after its month is the nearest to 2000; what one end of a range writes
// for both (the month, the year) is given to the other.
TEST(ParseDateTest, TwoDigitYearsAndSharedRangeParts) {
  EXPECT_EQ(Calendar("14th April 15", kEn), "2015-04-14");
  EXPECT_EQ(Calendar("31 octobre 74"), "1974-10-31");
  EXPECT_EQ(Calendar("April of 87", kEn), "1987-04");
  EXPECT_EQ(Calendar("August 27th - 29th", kEn), "range yyyy-08-27 / yyyy-08-29");
  EXPECT_EQ(Calendar("from January to april 2015", kEn), "range 2015-01 / 2015-04");
  EXPECT_EQ(Calendar("Nov-Feb 2017", kEn), "range 2016-11 / 2017-02");
  EXPECT_EQ(Calendar("from this May to Oct 2020", kEn), "range yyyy-05 / 2020-10");
  // French numeric dates with spaces, day first, only with a four-digit year.
  EXPECT_EQ(Calendar("18 8 1978"), "1978-08-18");
  EXPECT_EQ(Calendar("le 20 02 2014"), "2014-02-20");
  EXPECT_EQ(Error("20 2 14"), "unrecognised date '20 2 14'");
  // A part of a month named with «du mois de» is that month's part.
  EXPECT_EQ(Calendar("fin du mois de mars"), "yyyy-03 late");
  EXPECT_EQ(Calendar("début du mois d'avril"), "yyyy-04 early");
  // Quarters by their rank in digits, "qtr", and a year glued to its quarter.
  EXPECT_EQ(Calendar("4th quarter 2018", kEn), "range 2018-10 / 2018-12");
  EXPECT_EQ(Calendar("the 4th qtr of 2018", kEn), "range 2018-10 / 2018-12");
  EXPECT_EQ(Calendar("2018Q4", kEn), "range 2018-10 / 2018-12");
  EXPECT_EQ(Calendar("3e trimestre 2016"), "range 2016-07 / 2016-09");
}

TEST(ParseDateTest, DecadesAndDayRanges) {
  EXPECT_EQ(Calendar("les années 1990"), "range 1990 / 1999");
  EXPECT_EQ(Calendar("les années 70"), "range 1970 / 1979");
  EXPECT_EQ(Calendar("the 1990s", kEn), "range 1990 / 1999");
  EXPECT_EQ(Calendar("entre 2 et 7 février 2018"), "range 2018-02-02 / 2018-02-07");
  EXPECT_EQ(Calendar("3 jusqu'à 12 sept"), "range yyyy-09-03 / yyyy-09-12");
  EXPECT_EQ(Calendar("novembre 19 au 20"), "range yyyy-11-19 / yyyy-11-20");
  EXPECT_EQ(Calendar("year 2008", kEn), "2008");
  EXPECT_EQ(Calendar("this June", kEn), "yyyy-06");
  // A range of days that runs backwards is no range.
  EXPECT_EQ(Error("12 et 3 mars"), "unrecognised date '12 et 3 mars'");
}

// Weekdays and days written without their month: placed near publication.
TEST(ParseDateTest, LoneWeekdaysAndDays) {
  EXPECT_EQ(Calendar("vendredi"), "yyyy wd4");
  EXPECT_EQ(Calendar("this friday", kEn), "yyyy wd4");
  EXPECT_EQ(Calendar("ce vendredi"), "yyyy wd4");
  EXPECT_EQ(Calendar("friday the 22nd", kEn), "yyyy-22 wd4");
  EXPECT_EQ(Calendar("monday 21", kEn), "yyyy-21 wd0");
  EXPECT_EQ(Calendar("the 27th", kEn), "yyyy-27");
  EXPECT_EQ(Error("saturday 3 days", kEn), "unexpected words after the date: '3 days'");
  EXPECT_EQ(Calendar("wednesday the 27th", kEn), "yyyy-27 wd2");
  EXPECT_EQ(Calendar("22nd", kEn), "yyyy-22");
  // A bare number is no day, nor is an ordinal before a noun, nor a day no month has.
  EXPECT_EQ(Error("27", kEn), "unrecognised date '27'");
  EXPECT_EQ(Error("the 21st floor", kEn), "unrecognised date 'the 21st floor'");
  EXPECT_EQ(Error("the 32nd", kEn), "impossible date 'the 32nd': no month has a day 32");
  EXPECT_EQ(Error("début vendredi"), "unrecognised date 'début vendredi'");
}

TEST(ParseDateTest, MonthOfAndWeekdayAbbreviations) {
  EXPECT_EQ(Calendar("the month of August", kEn), "yyyy-08");
  EXPECT_EQ(Calendar("month of sep 2016", kEn), "2016-09");
  EXPECT_EQ(Calendar("le mois de mai 2023"), "2023-05");
  EXPECT_EQ(Calendar("wed 13th", kEn), "yyyy-13 wd2");
  EXPECT_EQ(Calendar("Sun, 14 July 2024", kEn), "2024-07-14 wd6");
  // An abbreviation alone is a word, not a weekday.
  EXPECT_EQ(Error("sun", kEn), "unrecognised date 'sun'");
}

// Quarters and seasons of a year: the range of their months.
TEST(ParseDateTest, QuartersAndSeasons) {
  EXPECT_EQ(Calendar("Q1 2016", kEn), "range 2016-01 / 2016-03");
  EXPECT_EQ(Calendar("2017-q4", kEn), "range 2017-10 / 2017-12");
  EXPECT_EQ(Calendar("the third quarter of 2016", kEn), "range 2016-07 / 2016-09");
  EXPECT_EQ(Calendar("premier trimestre 2016"), "range 2016-01 / 2016-03");
  EXPECT_EQ(Calendar("l'été 2016"), "range 2016-06 / 2016-08");
  EXPECT_EQ(Calendar("winter 2016", kEn), "range 2016-12 / 2017-02");
  // Without its year a season is not read.
  EXPECT_EQ(Error("summer", kEn), "unrecognised date 'summer'");
}

TEST(ParseDateTest, SpacedMonthAndYear) {
  EXPECT_EQ(Calendar("11-2016"), "2016-11");
  EXPECT_EQ(Calendar("11 / 2016"), "2016-11");
  EXPECT_EQ(Calendar("2016 - 11", kEn), "2016-11");
  EXPECT_EQ(Calendar("2016-11"), "2016-11");
  // There is no month 13.
  EXPECT_EQ(Error("13-2016"), "unrecognised date '13-2016'");
}

TEST_F(ResolveRelativeTest, PastAndComingWeekdays) {
  EXPECT_EQ(Resolve("past wednesday", p_, kEn), (DayInterval{D(2025, 1, 22), D(2025, 1, 23)}));
  EXPECT_EQ(Resolve("this past wednesday", p_, kEn), Resolve("last wednesday", p_, kEn));
  EXPECT_EQ(Resolve("previous wednesday", p_, kEn), Resolve("last wednesday", p_, kEn));
  EXPECT_EQ(Resolve("following friday", p_, kEn), (DayInterval{D(2025, 1, 31), D(2025, 2, 1)}));
  EXPECT_EQ(Resolve("this upcoming friday", p_, kEn), Resolve("next friday", p_, kEn));
  EXPECT_EQ(Resolve("the day before yesterday", p_, kEn), (DayInterval{p_ - 2, p_ - 1}));
  EXPECT_EQ(Resolve("tmrw", p_, kEn), (DayInterval{p_ + 1, p_ + 2}));
  EXPECT_EQ(Resolve("current week", p_, kEn), Resolve("this week", p_, kEn));
  EXPECT_EQ(Resolve("prochain mois", p_), Resolve("le mois prochain", p_));
  EXPECT_EQ(Resolve("ce mois", p_), Resolve("ce mois-ci", p_));
}

TEST(ParseDateTest, YearsAfterACommaOrBeforeTheMonth) {
  EXPECT_EQ(Calendar("12 Janvier, 2018"), "2018-01-12");
  EXPECT_EQ(Calendar("23 novembre de 1987"), "1987-11-23");
  EXPECT_EQ(Calendar("15 April of 1987", kEn), "1987-04-15");
  EXPECT_EQ(Calendar("2016 june", kEn), "2016-06");
  EXPECT_EQ(Calendar("2016, nov", kEn), "2016-11");
  // "de" before a count is no year.
  EXPECT_EQ(Error("12 mars de 10"), "unexpected words after the date: 'de 10'");
}

TEST(ParseDateTest, DaysInWords) {
  EXPECT_EQ(Calendar("twenty second of june", kEn), "yyyy-06-22");
  EXPECT_EQ(Calendar("twenty-second of june 2017", kEn), "2017-06-22");
  EXPECT_EQ(Calendar("the tenth of september", kEn), "yyyy-09-10");
  EXPECT_EQ(Calendar("second of aug", kEn), "yyyy-08-02");
  EXPECT_EQ(Calendar("jan first", kEn), "yyyy-01-01");
  EXPECT_EQ(Calendar("may twenty-first", kEn), "yyyy-05-21");
  EXPECT_EQ(Calendar("october the thirty first", kEn), "yyyy-10-31");
  EXPECT_EQ(Calendar("thursday the twenty first", kEn), "yyyy-21 wd3");
  EXPECT_EQ(Calendar("le vingt et un juin"), "yyyy-06-21");
  EXPECT_EQ(Calendar("premier mai"), "yyyy-05-01");
  // Without a month or a weekday the words rank or count something else.
  EXPECT_EQ(Error("the second", kEn), "unrecognised date 'the second'");
  EXPECT_EQ(Error("thirty-second of june", kEn), "unrecognised date 'thirty-second of june'");
  // After a month, cardinals count ("in May twenty people ...").
  EXPECT_EQ(Error("may twenty", kEn), "unexpected words after the date: 'twenty'");
}

TEST(ParseDateTest, YearsInWordsAfterADayAndMonth) {
  EXPECT_EQ(Calendar("september the twenty-first nineteen seventy eight", kEn), "1978-09-21");
  EXPECT_EQ(Calendar("september 10, nineteen zero one", kEn), "1901-09-10");
  EXPECT_EQ(Calendar("the tenth of september, two thousand", kEn), "2000-09-10");
  EXPECT_EQ(Calendar("jan 21 two thousand and eighteen", kEn), "2018-01-21");
  EXPECT_EQ(Calendar("21 juin deux mille vingt-quatre"), "2024-06-21");
  EXPECT_EQ(Calendar("june of nineteen ninety nine", kEn), "1999-06");
  EXPECT_EQ(Calendar("the first quarter of two thousand and twenty", kEn),
            "range 2020-01 / 2020-03");
  EXPECT_EQ(Calendar("the spring of nineteen seventy eight", kEn), "range 1978-03 / 1978-05");
  // A year in words must end the phrase: "two thousand people" counts people.
  EXPECT_EQ(Error("may 5, two thousand people", kEn),
            "unexpected words after the date: ', two thousand people'");
}

TEST(ParseDateTest, EnglishBoundsInWords) {
  auto bound = [](std::string_view text) {
    auto r = ParseDate(text, kEn);
    return r.ok() ? static_cast<int>(r->bound) : -1;
  };
  EXPECT_EQ(bound("earlier than 1/1/2016"), static_cast<int>(DateBound::kBefore));
  EXPECT_EQ(bound("prior to 2016"), static_cast<int>(DateBound::kBefore));
  EXPECT_EQ(bound("later than 2016"), static_cast<int>(DateBound::kAfter));
  EXPECT_EQ(bound("until 2012"), static_cast<int>(DateBound::kBy));
  EXPECT_EQ(bound("before or on 1/1/2016"), static_cast<int>(DateBound::kBy));
}

TEST(ParseDateTest, MonthNamesGluedToFigures) {
  EXPECT_EQ(Calendar("jan-1", kEn), "yyyy-01-01");
  EXPECT_EQ(Calendar("jan/1", kEn), "yyyy-01-01");
  EXPECT_EQ(Calendar("1-jan", kEn), "yyyy-01-01");
  EXPECT_EQ(Calendar("23/sep/2020", kEn), "2020-09-23");
  EXPECT_EQ(Calendar("2019-sep-1", kEn), "2019-09-01");
  EXPECT_EQ(Calendar("2019/aug/01", kEn), "2019-08-01");
  EXPECT_EQ(Error("2019-sep-x", kEn), "unrecognised date '2019-sep-x'");
}

TEST(ParseDateTest, FixedHolidays) {
  EXPECT_EQ(Calendar("Noël"), "yyyy-12-25");
  EXPECT_EQ(Calendar("réveillon de Noël 2024"), "2024-12-24");
  EXPECT_EQ(Calendar("Yuandan de 2016"), "2016-01-01");
  EXPECT_EQ(Calendar("christmas day", kEn), "yyyy-12-25");
  EXPECT_EQ(Calendar("independence day", kEn), "yyyy-07-04");
  // The Chinese new year moves with the moon.
  EXPECT_EQ(Error("nouvel an chinois"), "unrecognised date 'nouvel an chinois'");
}

TEST(ParseDateTest, LoneWeekdaysAreDescribed) {
  auto friday = ParseDate("friday", kEn);
  ASSERT_TRUE(friday.ok());
  EXPECT_EQ(report::DescribeDate(friday.value()), "the Friday nearest publication");
  auto day = ParseDate("the 27th", kEn);
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(report::DescribeDate(day.value()), "day 27 of a month near publication");
}

TEST(ParseDateTest, PartsOfRelativePeriodsReadAsTheWholePeriod) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("late last year", kEn).kind, K::kLastYear);
  EXPECT_EQ(Relative("earlier this month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("later this year", kEn).kind, K::kThisYear);
  EXPECT_EQ(Relative("beginning of next week", kEn).kind, K::kNextWeek);
  EXPECT_EQ(Relative("the end of next month", kEn).kind, K::kNextMonth);
  EXPECT_EQ(Relative("mid next week", kEn).kind, K::kNextWeek);
  EXPECT_EQ(Relative("fin de l'année dernière").kind, K::kLastYear);
  EXPECT_EQ(Relative("début du mois prochain").kind, K::kNextMonth);
  EXPECT_EQ(Relative("mi-cette année").kind, K::kThisYear);
  EXPECT_EQ(Relative("fin de la semaine prochaine").kind, K::kNextWeek);
  // A part of a day is no period this reader widens.
  EXPECT_FALSE(ParseDate("late tomorrow", kEn).ok());
  EXPECT_FALSE(ParseDate("fin d'hier", kFr).ok());
  // "later" alone or before a count is no date.
  EXPECT_FALSE(ParseDate("later", kEn).ok());
  EXPECT_FALSE(ParseDate("earlier 2 weeks", kEn).ok());
}

TEST(ParseDateTest, FrenchWeekdayAbbreviationsBeforeADayAndMonth) {
  EXPECT_EQ(Calendar("mer. 24 juin 2020"), "2020-06-24 wd2");
  EXPECT_EQ(Calendar("sam 3 mai 2025"), "2025-05-03 wd5");
  EXPECT_EQ(Calendar("lun. 1er juin"), "yyyy-06-01 wd0");
  // Without a month after the day, "mar", "sam", "dim" are words (or the English March).
  EXPECT_FALSE(ParseDate("sam 3", kFr).ok());
  EXPECT_EQ(Calendar("mar 3", kEn), "yyyy-03-03");
  EXPECT_EQ(Error("jeu. 24 juin 2020"),
            "weekday in 'jeu. 24 juin 2020' does not match 2020-06-24, a Wednesday");
}

TEST(ParseDateTest, DecadesInWordsDigitsAndApostrophes) {
  EXPECT_EQ(Calendar("les années quatre-vingt-dix"), "range 1990 / 1999");
  EXPECT_EQ(Calendar("les années soixante-dix"), "range 1970 / 1979");
  EXPECT_EQ(Calendar("les années deux mille"), "range 2000 / 2009");
  EXPECT_EQ(Calendar("les années 70"), "range 1970 / 1979");
  EXPECT_EQ(Calendar("les années 70s"), "range 1970 / 1979");
  EXPECT_EQ(Calendar("the '70s", kEn), "range 1970 / 1979");
  EXPECT_EQ(Calendar("the 1980s", kEn), "range 1980 / 1989");
  // Not a multiple of ten, or two digits without "années" or an apostrophe.
  EXPECT_FALSE(ParseDate("les années quatre-vingt-onze", kFr).ok());
  EXPECT_FALSE(ParseDate("the 70s", kEn).ok());
}

TEST(ParseDateTest, Centuries) {
  EXPECT_EQ(Calendar("the 21st century", kEn), "range 2000 / 2099");
  EXPECT_EQ(Calendar("19th century", kEn), "range 1800 / 1899");
  EXPECT_FALSE(ParseDate("19th-century", kEn).ok());
  EXPECT_FALSE(ParseDate("the 3rd-largest", kEn).ok());
  EXPECT_EQ(Calendar("le XIXe siècle"), "range 1800 / 1899");
  EXPECT_EQ(Calendar("XVIIIème siècle"), "range 1700 / 1799");
  EXPECT_EQ(Calendar("20e siècle"), "range 1900 / 1999");
  EXPECT_EQ(Calendar("depuis le XXIe siècle"), "range 2000 / 2099");
  // An ordinal before another noun stays no date.
  EXPECT_FALSE(ParseDate("the 21st floor", kEn).ok());
  EXPECT_FALSE(ParseDate("le XIXe arrondissement", kFr).ok());
}

TEST(ParseDateTest, RestOfTheCurrentPeriod) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("the rest of the year", kEn).kind, K::kThisYear);
  EXPECT_EQ(Relative("rest of this week", kEn).kind, K::kThisWeek);
  EXPECT_EQ(Relative("remainder of the month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("le reste de l'année").kind, K::kThisYear);
  EXPECT_EQ(Relative("reste du mois").kind, K::kThisMonth);
  EXPECT_FALSE(ParseDate("the rest of the team", kEn).ok());
  EXPECT_FALSE(ParseDate("le reste de l'équipe", kFr).ok());
}

TEST(ParseDateTest, HalvesOfAYear) {
  EXPECT_EQ(Calendar("H1 2016", kEn), "range 2016-01 / 2016-06");
  EXPECT_EQ(Calendar("2016 H2", kEn), "range 2016-07 / 2016-12");
  EXPECT_EQ(Calendar("2016h2", kEn), "range 2016-07 / 2016-12");
  EXPECT_EQ(Calendar("the first half of 2024", kEn), "range 2024-01 / 2024-06");
  EXPECT_EQ(Calendar("le premier semestre 2024"), "range 2024-01 / 2024-06");
  EXPECT_EQ(Calendar("deuxième semestre de 2023"), "range 2023-07 / 2023-12");
  // A half of something else, or without its year.
  EXPECT_FALSE(ParseDate("the first half of the game", kEn).ok());
  EXPECT_FALSE(ParseDate("H2 SO4", kEn).ok());
}

TEST(ParseDateTest, DaysOfARelativeMonthNeedTheirOrdinalEnding) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("31st of this month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("the 20th next month", kEn).kind, K::kNextMonth);
  EXPECT_EQ(Relative("le 12 du mois prochain").kind, K::kNextMonth);
  // "5 this month" counts five.
  EXPECT_FALSE(ParseDate("5 this month", kEn).ok());
}

TEST(ParseDateTest, SeasonsNearPublicationAreTheYearsThatMayHoldThem) {
  auto years = [](std::string_view text, Language lang) {
    auto r = ParseDate(text, lang);
    if (!r.ok()) return std::string("error");
    auto name = [](const DateExpr& e) {
      const auto* rel = std::get_if<RelativeDate>(&e);
      if (!rel) return std::string("calendar");
      return std::string(rel->kind == RelativeKind::kLastYear   ? "last"
                         : rel->kind == RelativeKind::kThisYear ? "this"
                         : rel->kind == RelativeKind::kNextYear ? "next"
                                                                : "other");
    };
    return r->to ? name(r->from) + "-" + name(*r->to) : name(r->from);
  };
  EXPECT_EQ(years("this summer", kEn), "this");
  EXPECT_EQ(years("cet été", kFr), "this");
  EXPECT_EQ(years("next spring", kEn), "this-next");
  EXPECT_EQ(years("le printemps prochain", kFr), "this-next");
  EXPECT_EQ(years("l'hiver dernier", kFr), "last-this");
  EXPECT_EQ(years("this winter", kEn), "last-next");
  EXPECT_EQ(years("summer", kEn), "error");
  EXPECT_EQ(years("the fall", kEn), "error");
}

TEST(ParseDateTest, MovingHolidaysArePlacedByTheirRuleInTheirYear) {
  // Easter by the Gregorian computus, and the feasts counted from it.
  EXPECT_EQ(Calendar("easter 2019", kEn), "2019-04-21");
  EXPECT_EQ(Calendar("easter sunday 2018", kEn), "2018-04-01");
  EXPECT_EQ(Calendar("Easter Monday 2017", kEn), "2017-04-17");
  EXPECT_EQ(Calendar("good friday 2024", kEn), "2024-03-29");
  EXPECT_EQ(Calendar("lundi de Pentecôte 2024", kFr), "2024-05-20");
  EXPECT_EQ(Calendar("Pâques 2000", kFr), "2000-04-23");
  EXPECT_EQ(Calendar("mardi gras 2013", kFr), "2013-02-12");
  EXPECT_EQ(Calendar("Easter Sunday two thousand ten", kEn), "2010-04-04");
  // Orthodox Easter by the Julian computus, given as a Gregorian day.
  EXPECT_EQ(Calendar("orthodox easter 2018", kEn), "2018-04-08");
  EXPECT_EQ(Calendar("clean monday 2018", kEn), "2018-02-19");
  // A weekday by its rank in a month (United States holidays in English).
  EXPECT_EQ(Calendar("thanksgiving 2013", kEn), "2013-11-28");
  EXPECT_EQ(Calendar("thanks giving day 2010", kEn), "2010-11-25");
  EXPECT_EQ(Calendar("black friday 2017", kEn), "2017-11-24");
  EXPECT_EQ(Calendar("cyber monday 2015", kEn), "2015-11-30");
  EXPECT_EQ(Calendar("MLK day 2013", kEn), "2013-01-21");
  EXPECT_EQ(Calendar("memorial day 2021", kEn), "2021-05-31");
  EXPECT_EQ(Calendar("father's day of 2015", kEn), "2015-06-21");
  EXPECT_EQ(Calendar("fête des mères 2024", kFr), "2024-05-26");
  // On a fixed day.
  EXPECT_EQ(Calendar("la Toussaint", kFr), "yyyy-11-01");
  EXPECT_EQ(Calendar("saint patrick's day 2018", kEn), "2018-03-17");
}

TEST(ParseDateTest, MovingHolidaysWithoutAYearAreTheMonthsTheyMayFallIn) {
  EXPECT_EQ(Calendar("thanksgiving", kEn), "yyyy-11");
  EXPECT_EQ(Calendar("easter", kEn), "range yyyy-03 / yyyy-04");
  EXPECT_EQ(Calendar("Pentecôte", kFr), "range yyyy-05 / yyyy-06");
  EXPECT_EQ(Calendar("cyber monday", kEn), "range yyyy-11 / yyyy-12");
  // Of a relative year, that year; near publication, the years that may hold it.
  EXPECT_EQ(Calendar("MLK day of last year", kEn), "relative");
  EXPECT_EQ(Calendar("last easter", kEn), "range relative / relative");
  EXPECT_EQ(Calendar("Pâques prochain", kFr), "range relative / relative");
  EXPECT_EQ(Calendar("this thanksgiving", kEn), "relative");
  // Words that name a holiday only with the word that makes them one.
  EXPECT_EQ(Error("trinity", kEn).substr(0, 7), "unrecog");
  EXPECT_EQ(Error("lent", kEn).substr(0, 7), "unrecog");
}

TEST(ParseDateTest, StretchesOfUnitsFromPublicationAreTheirDays) {
  DayNumber p = D(2016, 11, 7);
  auto days = [&](std::string_view text, Language lang) {
    auto r = ParseDate(text, lang);
    if (!r.ok()) return std::string("error: ") + r.error().message;
    std::string out;
    for (const DayBounds& b : PlacementsNear(r.value(), p)) {
      out += fmt::format("[{}, {})", b.from ? FormatDay(*b.from) : "...",
                         b.to ? FormatDay(*b.to) : "...");
    }
    return out;
  };
  EXPECT_EQ(days("the past 3 days", kEn), "[2016-11-04, 2016-11-07)");
  EXPECT_EQ(days("next 3 days", kEn), "[2016-11-08, 2016-11-11)");
  EXPECT_EQ(days("last two weeks", kEn), "[2016-10-24, 2016-11-07)");
  EXPECT_EQ(days("les 3 prochains jours", kFr), "[2016-11-08, 2016-11-11)");
  EXPECT_EQ(days("2 semaines passées", kFr), "[2016-10-24, 2016-11-07)");
  EXPECT_EQ(days("dernière 3 semaines", kFr), "[2016-10-17, 2016-11-07)");
  // Months and years at their own grain: wider than the days, holding them.
  EXPECT_EQ(days("the past 2 years", kEn), "[2014-01-01, 2016-11-07)");
  // One unit after "past", "upcoming": the calendar period or the days, both held.
  EXPECT_EQ(days("upcoming month", kEn), "[2016-11-01, 2017-01-01)");
  // French «dans N unités» is the day N units after publication.
  EXPECT_EQ(days("dans 3 semaines", kFr), "[2016-11-28, 2016-11-29)");
  EXPECT_EQ(days("dans trois ans", kFr), "[2019-01-01, 2020-01-01)");
  // A date's value "in N units" can only count forward, as «dans»; "within N units" runs from
  // publication, which it may be, to the end of the next N units.
  EXPECT_EQ(days("in 3 weeks", kEn), "[2016-11-28, 2016-11-29)");
  EXPECT_EQ(days("within 5 days", kEn), "[2016-11-07, 2016-11-13)");
  EXPECT_EQ(days("within the next 2 weeks", kEn), "[2016-11-07, 2016-11-22)");
  EXPECT_EQ(days("in 2 days from today", kEn), days("2 days from today", kEn));
}

// A count of units before or after a day the text names is the day it lands on; a day without
// its year moves by days and weeks only, and not across the end of February.
TEST(ParseDateTest, UnitsBeforeOrAfterADayAreTheDayTheyLandOn) {
  EXPECT_EQ(Calendar("2 weeks before May 13 1999", kEn), "1999-04-29");
  EXPECT_EQ(Calendar("16 days from 01/02/2018", kEn), "2018-01-18");
  EXPECT_EQ(Calendar("trois jours avant le 12 janvier 2025"), "2025-01-09");
  EXPECT_EQ(Calendar("deux mois après le 31 mars 2025"), "2025-05-31");
  EXPECT_EQ(Calendar("3 days after January 12th", kEn), "yyyy-01-15");
  EXPECT_EQ(Calendar("5 days before new year", kEn), "yyyy-12-27");
  EXPECT_EQ(Calendar("deux semaines après Noël"), "yyyy-01-08");
  // Which year's February? Which Christmas? No such day.
  EXPECT_EQ(Error("3 days after February 27", kEn).substr(0, 7), "unrecog");
  EXPECT_NE(Calendar("a year from Christmas", kEn), "yyyy-12-25");
  EXPECT_EQ(Error("un mois après le 31 janvier 2025").substr(0, 7), "unrecog");
}

// English "in" before a year that ends the phrase gives a date without its year that year.
TEST(ParseDateTest, InAYearAfterADateIsItsYear) {
  EXPECT_EQ(Calendar("28 june in 2020", kEn), "2020-06-28");
  EXPECT_EQ(Calendar("june 28 in 2020", kEn), "2020-06-28");
  EXPECT_EQ(Calendar("26 june to 28 june in 2020", kEn), "range 2020-06-26 / 2020-06-28");
  EXPECT_EQ(Calendar("june in 2017", kEn), "2017-06");
}

TEST(ParseDateTest, RangesTakeAnArticleBeforeEitherEnd) {
  EXPECT_EQ(Calendar("entre le 13 et le 15 juillet"), "range yyyy-07-13 / yyyy-07-15");
  EXPECT_EQ(Calendar("du 13e au 15 juillet 2024"), "range 2024-07-13 / 2024-07-15");
  EXPECT_EQ(Calendar("between 2007 and the end of 2008", kEn).substr(0, 11), "range 2007 ");
}

TEST(ParseDateTest, YearToDateRunsFromTheYearsStartToPublication) {
  DayNumber p = D(2016, 11, 7);
  auto r = ParseDate("year to date", kEn);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->to.has_value());
  DayInterval from = ResolveRelative(std::get<RelativeDate>(r->from), p);
  DayInterval to = ResolveRelative(std::get<RelativeDate>(*r->to), p);
  EXPECT_EQ(FormatDay(from.from), "2016-01-01");
  EXPECT_EQ(FormatDay(to.to - 1), "2016-11-07");
  EXPECT_TRUE(ParseDate("MTD", kEn).ok());
}

// A half of a month: days 1 to 15, or the 16th to the month's end.
TEST(ParseDateTest, HalvesOfAMonth) {
  EXPECT_EQ(Calendar("la première quinzaine d'avril"), "range yyyy-04-01 / yyyy-04-15");
  EXPECT_EQ(Calendar("la seconde quinzaine de mars 2024"), "range 2024-03-16 / 2024-03");
  EXPECT_EQ(Calendar("the first half of March", kEn), "range yyyy-03-01 / yyyy-03-15");
  EXPECT_EQ(Calendar("the second half of April 2025", kEn), "range 2025-04-16 / 2025-04");
  EXPECT_EQ(Calendar("the first half of 2024", kEn), "range 2024-01 / 2024-06");
}

TEST(ParseDateTest, TheWeekOfADayIsThatWeekOrTheMonthsThatHoldIt) {
  EXPECT_EQ(Calendar("the week of November 30th 2015", kEn), "range 2015-11-30 / 2015-12-06");
  EXPECT_EQ(Calendar("the week starting on february 4 2020", kEn), "range 2020-02-03 / 2020-02-09");
  EXPECT_EQ(Calendar("the week of November 30th", kEn), "range yyyy-11 / yyyy-12");
  EXPECT_EQ(Calendar("w/c feb 14", kEn), "yyyy-02");
  EXPECT_EQ(Calendar("la semaine du 3 octobre", kFr), "range yyyy-09 / yyyy-10");
}

TEST(ParseDateTest, FrenchRelativePeriodsInAnyGender) {
  EXPECT_EQ(Relative("la semaine dernier").kind, RelativeKind::kLastWeek);
  EXPECT_EQ(Relative("dernière semaine").kind, RelativeKind::kLastWeek);
  EXPECT_EQ(Relative("le mois passée").kind, RelativeKind::kLastMonth);
  EXPECT_EQ(Relative("l'année prochain").kind, RelativeKind::kNextYear);
  EXPECT_EQ(Calendar("dimanche la semaine dernier"), "relative");
}

TEST(ParseDateTest, BoundsThatTakeTheirDateIn) {
  auto bound = [](std::string_view text, Language lang) {
    auto r = ParseDate(text, lang);
    if (!r.ok()) return std::string("error");
    switch (r->bound) {
      case DateBound::kSince:
        return std::string("since ") + Show(r->from);
      case DateBound::kBy:
        return std::string("by ") + Show(r->from);
      default:
        return std::string("other");
    }
  };
  EXPECT_EQ(bound("on or after 1/1/2016", kEn), "since 2016-01-01");
  EXPECT_EQ(bound("later than or at 1/1/2016", kEn), "since 2016-01-01");
  EXPECT_EQ(bound("on or earlier than 1/1/2016", kEn), "by 2016-01-01");
  EXPECT_EQ(bound("no later than May 2020", kEn), "by 2020-05");
  EXPECT_EQ(bound("2012 or after", kEn), "since 2012");
  EXPECT_EQ(bound("1/1/2016 and later", kEn), "since 2016-01-01");
  EXPECT_EQ(bound("2019 or earlier", kEn), "by 2019");
  EXPECT_EQ(bound("à partir du 8 mars 2024", kFr), "since 2024-03-08");
  EXPECT_EQ(bound("au plus tard le 8 mars 2024", kFr), "by 2024-03-08");
}

TEST(ParseDateTest, FigurePairsAfterAWeekdayAndYearsAfterAComma) {
  EXPECT_EQ(Calendar("friday 7.6", kEn), "yyyy-07-06 wd4");
  EXPECT_EQ(Calendar("friday 7-6", kEn), "yyyy-07-06 wd4");
  EXPECT_EQ(Calendar("friday 2018-7-6", kEn), "2018-07-06 wd4");
  EXPECT_EQ(Calendar("samedi 23/06/18"), "2018-06-23 wd5");
  EXPECT_EQ(Calendar("08/12,2015", kEn), "2015-08-12");
  EXPECT_EQ(Calendar("11/12,16"), "2016-12-11");
  // Without a weekday "7.6" and "7-6" stay a decimal and a score.
  EXPECT_FALSE(ParseDate("7.6", kEn).ok());
  EXPECT_FALSE(ParseDate("7-6", kEn).ok());
}

TEST(ParseDateTest, RankedWeeksAndWeekendsAreTheirPeriod) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("the third week of this month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("the third week next year", kEn).kind, K::kNextYear);
  EXPECT_EQ(Calendar("first week of 2015", kEn), "2015");
  EXPECT_EQ(Calendar("the last week of july", kEn), "yyyy-07");
  EXPECT_EQ(Calendar("3rd week of jan", kEn), "yyyy-01");
  EXPECT_EQ(Calendar("la troisième semaine de 2027"), "2027");
  EXPECT_EQ(Relative("this weekend", kEn).kind, K::kThisWeek);
  EXPECT_EQ(Relative("last weekend", kEn).kind, K::kLastWeek);
  EXPECT_EQ(Relative("ce week-end").kind, K::kThisWeek);
  // A ranked week of something else is no date; "last week" alone stays the week before.
  EXPECT_FALSE(ParseDate("the first week of trading", kEn).ok());
  EXPECT_EQ(Relative("last week", kEn).kind, K::kLastWeek);
}

TEST(ParseDateTest, StartAndMiddleOfAYear) {
  EXPECT_EQ(Calendar("middle of 2000", kEn), "2000 mid");
  EXPECT_EQ(Calendar("start of 2000", kEn), "2000 early");
}

TEST(ParseDateTest, MonthsGluedToTheirDay) {
  EXPECT_EQ(Calendar("april22", kEn), "yyyy-04-22");
  EXPECT_EQ(Calendar("january12,2016", kEn), "2016-01-12");
  EXPECT_EQ(Calendar("novembre 23 de 1987"), "1987-11-23");
  // A code, not a day: more than two digits, or a word that is no month.
  EXPECT_FALSE(ParseDate("april2022x", kEn).ok());
  EXPECT_FALSE(ParseDate("covid19", kEn).ok());
  // "de" before a count is no year.
  EXPECT_EQ(Error("novembre 23 de 10"), "unexpected words after the date: 'de 10'");
}

TEST(ParseDateTest, WeekdaysWithinARelativeWeekOrAMonth) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("friday next week", kEn).kind, K::kNextWeek);
  EXPECT_EQ(Relative("next week on tuesday", kEn).kind, K::kNextWeek);
  EXPECT_EQ(Relative("monday this week", kEn).kind, K::kThisWeek);
  EXPECT_EQ(Relative("vendredi de la semaine prochaine").kind, K::kNextWeek);
  EXPECT_EQ(Relative("dimanche la semaine dernière").kind, K::kLastWeek);
  EXPECT_EQ(Relative("the first friday of this month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("le deuxième lundi du mois prochain").kind, K::kNextMonth);
  EXPECT_EQ(Calendar("the first friday of july", kEn), "yyyy-07");
  EXPECT_EQ(Calendar("the last monday of may 2024", kEn), "2024-05");
  EXPECT_EQ(Calendar("premier samedi de décembre"), "yyyy-12");
  // A weekday before a month without an ordinal, or an ordinal weekday alone, is no period.
  EXPECT_FALSE(ParseDate("friday next month", kEn).ok());
  EXPECT_FALSE(ParseDate("the first friday", kEn).ok());
  EXPECT_FALSE(ParseDate("next week on the road", kEn).ok());
}

TEST(ParseDateTest, QuartersAndSeasonsOfARelativeYear) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("Q3 this year", kEn).kind, K::kThisYear);
  EXPECT_EQ(Relative("the third quarter of next year", kEn).kind, K::kNextYear);
  EXPECT_EQ(Relative("le premier trimestre de l'année prochaine").kind, K::kNextYear);
  EXPECT_EQ(Relative("l'été de l'année dernière").kind, K::kLastYear);
  // Not of a week or a month, and a quarter alone stays unread.
  EXPECT_FALSE(ParseDate("Q3 next week", kEn).ok());
  EXPECT_FALSE(ParseDate("the third quarter", kEn).ok());
}

// A day by its rank in a month or a year; February's last day without a year is the month.
TEST(ParseDateTest, RankedDays) {
  EXPECT_EQ(Calendar("the last day of october 2015", kEn), "2015-10-31");
  EXPECT_EQ(Calendar("le dernier jour de février 2024"), "2024-02-29");
  EXPECT_EQ(Calendar("le premier jour de 2020"), "2020-01-01");
  EXPECT_EQ(Calendar("the 15th day of march", kEn), "yyyy-03-15");
  EXPECT_EQ(Calendar("last day of february", kEn), "yyyy-02");
  EXPECT_FALSE(ParseDate("the 31st day of april", kEn).ok());
  EXPECT_FALSE(ParseDate("the 15 day of march", kEn).ok());
  EXPECT_FALSE(ParseDate("the third day of 2020", kEn).ok());
}

// Two digits after a month that cannot be a day are its year, where they end the phrase.
TEST(ParseDateTest, TwoDigitYearsAfterAMonth) {
  EXPECT_EQ(Calendar("juillet 98"), "1998-07");
  EXPECT_EQ(Calendar("august 62", kEn), "1962-08");
  EXPECT_EQ(Calendar("august 12", kEn), "yyyy-08-12");
}

// A quarter near publication: the years that may hold it.
TEST(ParseDateTest, QuartersNearPublication) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("this quarter", kEn).kind, K::kThisYear);
  EXPECT_EQ(Relative("le trimestre en cours").kind, K::kThisYear);
  auto last = ParseDate("the previous quarter", kEn);
  ASSERT_TRUE(last.ok());
  ASSERT_TRUE(last.value().to);
  EXPECT_EQ(std::get<RelativeDate>(last.value().from).kind, K::kLastYear);
  EXPECT_EQ(std::get<RelativeDate>(*last.value().to).kind, K::kThisYear);
  auto next = ParseDate("le prochain trimestre", kFr);
  ASSERT_TRUE(next.ok());
  ASSERT_TRUE(next.value().to);
  EXPECT_EQ(std::get<RelativeDate>(next.value().from).kind, K::kThisYear);
  EXPECT_EQ(std::get<RelativeDate>(*next.value().to).kind, K::kNextYear);
  // The last quarter of a year is its fourth.
  EXPECT_EQ(Calendar("le dernier trimestre 2022"), "range 2022-10 / 2022-12");
  EXPECT_FALSE(ParseDate("the quarter", kEn).ok());
}

TEST(ParseDateTest, YearFirstDatesWithDots) {
  EXPECT_EQ(Calendar("2015.5.13", kEn), "2015-05-13");
  EXPECT_EQ(Calendar("2015.5.13"), "2015-05-13");
  // A year and one figure after a dot is a decimal.
  EXPECT_FALSE(ParseDate("2015.3", kEn).ok());
}

TEST(ParseDateTest, DaysOfARelativeMonth) {
  using K = RelativeKind;
  EXPECT_EQ(Relative("from 4 to 22 this month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("between 4 and 22 of next month", kEn).kind, K::kNextMonth);
  EXPECT_EQ(Relative("entre 4 et 22 du mois prochain").kind, K::kNextMonth);
  EXPECT_EQ(Relative("4 au 22 ce mois").kind, K::kThisMonth);
  // One day: its ordinal ending, "of", «du», «de», "day of".
  EXPECT_EQ(Relative("12 of next month", kEn).kind, K::kNextMonth);
  EXPECT_EQ(Relative("the 3rd day of the previous month", kEn).kind, K::kLastMonth);
  EXPECT_EQ(Relative("the 9th of the current month", kEn).kind, K::kThisMonth);
  EXPECT_EQ(Relative("le 9 de ce mois").kind, K::kThisMonth);
  EXPECT_FALSE(ParseDate("9 next month", kEn).ok());
  // Not a month, or the days in the wrong order.
  EXPECT_FALSE(ParseDate("4 to 22 next week", kEn).ok());
  EXPECT_FALSE(ParseDate("22 to 4 this month", kEn).ok());
}

}  // namespace
}  // namespace crosscheck::parse
