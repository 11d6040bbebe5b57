#include "parse/number_parser.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "common/rational.h"
#include "common/unicode.h"
#include "model/catalogue.h"
#include "parse/cursor.h"
#include "parse/quantity_parser.h"

namespace crosscheck::parse {
namespace {

// One line per reading, so a test states the value, the precision, the text taken and what the
// cursor left: "5.6 last 0.1 '5.6' rest 'millions'".
std::string Read(std::string_view normalised, Language lang) {
  Cursor cursor(normalised);
  auto r = ParseNumber(cursor, lang);
  if (!r) return fmt::format("no number, rest '{}'", cursor.Rest());
  if (!r->ok()) return fmt::format("error at {}: {}", r->error().offset, r->error().message);
  const NumberLiteral& n = r->value();
  return fmt::format("{} last {} '{}' rest '{}'", ToDecimalString(n.value),
                     ToDecimalString(n.last_digit), n.text, cursor.Rest());
}

constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

TEST(ParseNumberTest, PlainInteger) {
  EXPECT_EQ(Read("6", kFr), "6 last 1 '6' rest ''");
  EXPECT_EQ(Read("6 millions de dollars", kFr), "6 last 1 '6' rest 'millions de dollars'");
  EXPECT_EQ(Read("139", kEn), "139 last 1 '139' rest ''");
}

TEST(ParseNumberTest, DecimalPointInBothLanguages) {
  EXPECT_EQ(Read("5.6", kFr), "5.6 last 0.1 '5.6' rest ''");
  EXPECT_EQ(Read("5.6", kEn), "5.6 last 0.1 '5.6' rest ''");
  EXPECT_EQ(Read("5.65 millions", kFr), "5.65 last 0.01 '5.65' rest 'millions'");
}

TEST(ParseNumberTest, FrenchDecimalComma) {
  EXPECT_EQ(Read("1,2", kFr), "1.2 last 0.1 '1,2' rest ''");
  EXPECT_EQ(Read("1,2 milliard", kFr), "1.2 last 0.1 '1,2' rest 'milliard'");
}

TEST(ParseNumberTest, CommaWithThreeDigitsIsThousandsInEnglishDecimalInFrench) {
  EXPECT_EQ(Read("2,048", kEn), "2048 last 1 '2,048' rest ''");
  EXPECT_EQ(Read("2,048", kFr), "2.048 last 0.001 '2,048' rest ''");
}

TEST(ParseNumberTest, PointWithThreeDigitsIsThousandsInFrenchDecimalInEnglish) {
  EXPECT_EQ(Read("1.234", kFr), "1234 last 1 '1.234' rest ''");
  EXPECT_EQ(Read("1.234", kEn), "1.234 last 0.001 '1.234' rest ''");
}

TEST(ParseNumberTest, SpaceAsThousandsSeparator) {
  EXPECT_EQ(Read("10 000", kFr), "10000 last 1000 '10 000' rest ''");
  EXPECT_EQ(Read("2 048 puces", kFr), "2048 last 1 '2 048' rest 'puces'");
  EXPECT_EQ(Read("2 900 milliards", kFr), "2900 last 100 '2 900' rest 'milliards'");
  EXPECT_EQ(Read("1 234 567", kFr), "1234567 last 1 '1 234 567' rest ''");
}

TEST(ParseNumberTest, SpaceBeforeFourDigitsIsNotAThousandsSeparator) {
  // "20 2025" is two figures, not one: a group after a space has exactly three digits.
  EXPECT_EQ(Read("20 2025", kFr), "20 last 1 '20' rest '2025'");
}

TEST(ParseNumberTest, FrenchPointsAsThousandsSeparators) {
  EXPECT_EQ(Read("1.234.567", kFr), "1234567 last 1 '1.234.567' rest ''");
}

TEST(ParseNumberTest, EnglishThousandsAndDecimal) {
  EXPECT_EQ(Read("1,234.5", kEn), "1234.5 last 0.1 '1,234.5' rest ''");
  EXPECT_EQ(Read("1,234,567", kEn), "1234567 last 1 '1,234,567' rest ''");
}

TEST(ParseNumberTest, FrenchThousandsWithDecimalComma) {
  EXPECT_EQ(Read("1.234,5", kFr), "1234.5 last 0.1 '1.234,5' rest ''");
}

TEST(ParseNumberTest, FrenchNumberWords) {
  EXPECT_EQ(Read("vingt-sept", kFr), "27 last 1 'vingt-sept' rest ''");
  EXPECT_EQ(Read("quatre-vingt-dix-neuf", kFr), "99 last 1 'quatre-vingt-dix-neuf' rest ''");
  EXPECT_EQ(Read("soixante-dix", kFr), "70 last 1 'soixante-dix' rest ''");
  EXPECT_EQ(Read("vingt et un", kFr), "21 last 1 'vingt et un' rest ''");
  EXPECT_EQ(Read("dix", kFr), "10 last 1 'dix' rest ''");
}

TEST(ParseNumberTest, NumberWordStopsBeforeTheNextWord) {
  Cursor cursor("deux mois");
  auto r = ParseNumber(cursor, kFr);
  ASSERT_TRUE(r.has_value() && r->ok());
  EXPECT_EQ(r->value().value, Rational(2));
  EXPECT_EQ(cursor.Rest(), "mois");
}

TEST(ParseNumberTest, FrenchHundredsInWords) {
  // "200" in words reads like "200" in digits: two significant figures, a unit of 10.
  EXPECT_EQ(Read("deux cents", kFr), "200 last 10 'deux cents' rest ''");
  EXPECT_EQ(Read("deux cent mille", kFr), "200000 last 10000 'deux cent mille' rest ''");
}

TEST(ParseNumberTest, EnglishNumberWords) {
  EXPECT_EQ(Read("twenty-seven", kEn), "27 last 1 'twenty-seven' rest ''");
  EXPECT_EQ(Read("seventeen", kEn), "17 last 1 'seventeen' rest ''");
}

TEST(ParseNumberTest, FractionWordsAreExact) {
  EXPECT_EQ(Read("un tiers", kFr), "1/3 last 0 'un tiers' rest ''");
  EXPECT_EQ(Read("la moitié", kFr), "0.5 last 0 'la moitié' rest ''");
  EXPECT_EQ(Read("a quarter", kEn), "0.25 last 0 'a quarter' rest ''");
}

TEST(ParseNumberTest, NoFigure) {
  EXPECT_EQ(Read("dollars", kFr), "no number, rest 'dollars'");
  EXPECT_EQ(Read("", kFr), "no number, rest ''");
}

TEST(ParseNumberTest, MalformedGroupsAreAnError) {
  EXPECT_EQ(Read("1,2,3", kFr), "error at 0: malformed number '1,2,3'");
  EXPECT_EQ(Read("1,2,3", kEn), "error at 0: malformed number '1,2,3'");
  EXPECT_EQ(Read("12.34.567", kFr), "error at 0: malformed number '12.34.567'");
}

TEST(ParseNumberTest, ErrorOffsetIsWhereTheFigureStarts) {
  Cursor cursor("environ 1,2,3");
  cursor.set_pos(8);
  auto r = ParseNumber(cursor, kFr);
  ASSERT_TRUE(r.has_value());
  ASSERT_FALSE(r->ok());
  EXPECT_EQ(r->error().message, "malformed number '1,2,3'");
  EXPECT_EQ(r->error().offset, 8u);
}

TEST(LastDigitOfIntegerTest, RoundFiguresKeepTwoSignificantFigures) {
  EXPECT_EQ(LastDigitOfInteger("10000"), Rational(1000));
  EXPECT_EQ(LastDigitOfInteger("2900"), Rational(100));
  EXPECT_EQ(LastDigitOfInteger("6"), Rational(1));
  EXPECT_EQ(LastDigitOfInteger("100"), Rational(10));
  EXPECT_EQ(LastDigitOfInteger("10"), Rational(1));
  EXPECT_EQ(LastDigitOfInteger("2048"), Rational(1));
  EXPECT_EQ(LastDigitOfInteger("14000"), Rational(1000));
  EXPECT_EQ(LastDigitOfInteger("0"), Rational(1));
}

TEST(ParseScaleTest, FrenchAndEnglishBillion) {
  std::string word;
  Cursor fr("billion de dollars");
  auto f = ParseScale(fr, kFr, &word);
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f, PowerOfTen(12));
  EXPECT_EQ(word, "billion");
  EXPECT_EQ(fr.Rest(), "de dollars");

  Cursor en("billion dollars");
  auto e = ParseScale(en, kEn, &word);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(*e, PowerOfTen(9));
}

TEST(ParseScaleTest, AbbreviationsNeedAWordBoundary) {
  std::string word;
  Cursor md("mds de dollars");
  EXPECT_EQ(ParseScale(md, kFr, &word), PowerOfTen(9));
  EXPECT_EQ(word, "mds");
  Cursor mois("mois");  // "m" must not take the start of "mois"
  EXPECT_FALSE(ParseScale(mois, kFr, &word).has_value());
  EXPECT_EQ(mois.pos(), 0u);
}

// ParseNumber reads NameKey-normalised text; no-break spaces become plain spaces on the way in,
// so they are tested through ParseQuantity.
class ThousandsSeparatorTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ThousandsSeparatorTest, TenThousandChipsReadAsTwoSignificantFigures) {
  Catalogue catalogue;
  ASSERT_TRUE(catalogue.AddUnit(Unit{.id = "chip",
                                     .dimension = Dimension::kCount,
                                     .words = {"puces", "puce"},
                                     .pos = {},
                                     .factor = 1,
                                     .dimension_pos = {}}));
  auto q = ParseQuantity(GetParam(), kFr, catalogue, Dimension::kCount);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->number.value, Rational(10000));
  EXPECT_EQ(q->number.last_digit, Rational(1000));
  EXPECT_EQ(q->number.text, "10 000");
  EXPECT_EQ(q->unit, "chip");
}

std::string SeparatorName(const ::testing::TestParamInfo<std::string>& info) {
  static const char* const kNames[] = {"Ascii", "NoBreak", "NarrowNoBreak", "NoBreakEverywhere"};
  return kNames[info.index];
}

INSTANTIATE_TEST_SUITE_P(Spaces, ThousandsSeparatorTest,
                         ::testing::Values("10 000 puces",       // ASCII space
                                           "10\u00A0000 puces",  // no-break space
                                           "10\u202F000 puces",  // narrow no-break space
                                           "10\u00A0000\u00A0puces"),
                         SeparatorName);

}  // namespace
}  // namespace crosscheck::parse

namespace crosscheck::parse {
namespace {

// Found by fuzz_values (crash-d11ff13d): repeated "cent" overflowed the word accumulator.
TEST(NumberParserRegression, RepeatedHundredsAreNotANumber) {
  std::string text = "hundred cent";
  for (int i = 0; i < 20; ++i) text += " cent";
  Cursor c(text);
  auto n = ParseNumber(c, Language::kFrench);
  EXPECT_FALSE(n.has_value());
  EXPECT_EQ(c.pos(), 0u);
}

// Indian grouping: two-digit groups before the last three ("1,23,45,678"); a run of two-digit
// groups with no three at the end is a list, not a figure.
TEST(ParseNumberTest, IndianLakhGrouping) {
  EXPECT_EQ(Read("1,23,45,678.5", kEn), "12345678.5 last 0.1 '1,23,45,678.5' rest ''");
  EXPECT_EQ(Read("3,21,000 rupees", kEn), "321000 last 1000 '3,21,000' rest 'rupees'");
  EXPECT_EQ(Read("14,16,18", kEn), "error at 0: malformed number '14,16,18'");
  EXPECT_EQ(Read("1,234,56,789", kEn), "error at 0: malformed number '1,234,56,789'");
}

}  // namespace
}  // namespace crosscheck::parse
