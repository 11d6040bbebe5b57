#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "model/duration.h"
#include "model/interval.h"
#include "parse/date_parser.h"
#include "report/value_text.h"

namespace crosscheck::parse {
namespace {

constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

// "[40, 40]" years, or "error: ...".
std::string Age(std::string_view text, Language lang = kFr) {
  auto r = ParseAge(text, lang);
  return r.ok() ? FormatInterval(r->years) : "error: " + r.error().message;
}

// "[2, 2] months = [56, 62] days", or "error: ...".
std::string Duration(std::string_view text, Language lang = kFr) {
  auto r = ParseDuration(text, lang);
  if (!r.ok()) return "error: " + r.error().message;
  return FormatInterval(r->amount) + " " + std::string(report::TimeUnitName(r->unit)) + " = " +
         FormatInterval(DurationInDays(r.value())) + " days";
}

TEST(ParseAgeTest, YearsOld) {
  EXPECT_EQ(Age("40 ans"), "[40, 40]");
  EXPECT_EQ(Age("26 ans"), "[26, 26]");
  EXPECT_EQ(Age("âgé de 40 ans"), "[40, 40]");
  EXPECT_EQ(Age("âgée de 26 ans"), "[26, 26]");
  EXPECT_EQ(Age("Âgé de 40 ans"), "[40, 40]");
}

TEST(ParseAgeTest, EnglishYearsOld) {
  EXPECT_EQ(Age("40 years old", kEn), "[40, 40]");
  EXPECT_EQ(Age("40-year-old", kEn), "[40, 40]");
}

// "Jane Doe, 53,": the press form in apposition; the property says the figure is an age.
TEST(ParseAgeTest, BareWholeNumberIsYears) {
  EXPECT_EQ(Age("53", kEn), "[53, 53]");
  EXPECT_EQ(Age("53"), "[53, 53]");
  EXPECT_EQ(Age("53 mois").substr(0, 6), "error:");
  EXPECT_EQ(Age("aged over 60", kEn).substr(0, 6), "error:");  // a group, more often than not
}

TEST(ParseAgeTest, DecadeWords) {
  EXPECT_EQ(Age("quadragénaire"), "[40, 49]");
  EXPECT_EQ(Age("trentenaire"), "[30, 39]");
  EXPECT_EQ(Age("quinquagénaire"), "[50, 59]");
  EXPECT_EQ(Age("la quarantaine"), "[40, 49]");
  EXPECT_EQ(Age("in his forties", kEn), "[40, 49]");
}

TEST(ParseAgeTest, NearlyIsUpToTenPercentBelowInWholeYears) {
  EXPECT_EQ(Age("près de 40 ans"), "[36, 40]");
}

TEST(ParseAgeTest, Errors) {
  EXPECT_EQ(Age("40 mois"), "error: an age needs 'ans' or 'years' after the figure: '40 mois'");
  EXPECT_EQ(Age("jeune"), "error: expected an age such as '40 ans' in 'jeune'");
  EXPECT_EQ(Age("40 ans environ"), "error: unexpected words after the age: 'environ'");
}

TEST(ParseDurationTest, EmphasisAddsNoWidth) {
  auto r = ParseDuration("à peine deux mois", kFr);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->unit, TimeUnit::kMonth);
  EXPECT_EQ(r->amount, Interval::Closed(2, 2));
}

TEST(ParseDurationTest, InDays) {
  EXPECT_EQ(Duration("à peine deux mois"), "[2, 2] months = [56, 62] days");
  EXPECT_EQ(Duration("deux mois"), "[2, 2] months = [56, 62] days");
  EXPECT_EQ(Duration("dix ans"), "[10, 10] years = [3650, 3660] days");
  EXPECT_EQ(Duration("8 heures"), "[8, 8] hours = [1/3, 1/3] days");
  EXPECT_EQ(Duration("huit heures"), "[8, 8] hours = [1/3, 1/3] days");
  EXPECT_EQ(Duration("3 weeks", kEn), "[3, 3] weeks = [21, 21] days");
  EXPECT_EQ(Duration("un mois"), "[1, 1] months = [28, 31] days");
  EXPECT_EQ(Duration("une petite semaine"), "[5, 7] days = [5, 7] days");
  EXPECT_EQ(Duration("45 minutes"), "[45, 45] minutes = [0.03125, 0.03125] days");
  EXPECT_EQ(Duration("90 seconds", kEn), "[90, 90] seconds = [1/960, 1/960] days");
}

TEST(ParseDurationTest, DurationInDaysOfTwoMonths) {
  DurationValue two_months{Interval::Closed(2, 2), TimeUnit::kMonth};
  EXPECT_EQ(DurationInDays(two_months), Interval::Closed(56, 62));
}

TEST(ParseDurationTest, UnknownTimeUnit) {
  auto r = ParseDuration("deux lunes", kFr);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "unknown time unit in 'deux lunes'");
  EXPECT_EQ(r.error().offset, 5u);
}

TEST(ParseDurationTest, OtherErrors) {
  EXPECT_EQ(Duration("longtemps"), "error: expected a duration such as 'deux mois' in 'longtemps'");
  EXPECT_EQ(Duration("deux mois de salaire"),
            "error: unexpected words after the duration: 'de salaire'");
}

}  // namespace
}  // namespace crosscheck::parse

namespace crosscheck::parse {
namespace {

// Regressions: durations keep fractions and hedges (ages stay whole years).
TEST(DurationRegression, FractionalAndHedgedDurations) {
  auto fraction = ParseDuration("1,5 an", Language::kFrench);
  ASSERT_TRUE(fraction.ok()) << fraction.error().message;
  EXPECT_EQ(FormatInterval(fraction->amount), "[1.5, 1.5]");
  auto about = ParseDuration("environ 3 semaines", Language::kFrench);
  ASSERT_TRUE(about.ok());
  EXPECT_EQ(FormatInterval(about->amount), "[2.7, 3.3]");
  auto nearly = ParseDuration("près de deux mois", Language::kFrench);
  ASSERT_TRUE(nearly.ok());
  EXPECT_EQ(FormatInterval(nearly->amount), "[1.8, 2]");
}

TEST(DateRegression, AvantHierIsRelative) {
  auto d = ParseDate("avant-hier", Language::kFrench);
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->bound, DateBound::kAt);
  EXPECT_EQ(std::get<RelativeDate>(d->from).kind, RelativeKind::kDayBeforeYesterday);
}

}  // namespace
}  // namespace crosscheck::parse
