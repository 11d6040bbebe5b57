#include "model/quantity.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/catalogue.h"
#include "model/interval.h"
#include "parse/quantity_parser.h"
#include "report/value_text.h"

namespace crosscheck::parse {
namespace {

constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

Unit MakeUnit(std::string id, Dimension dimension, std::vector<std::string> words) {
  Unit u;
  u.id = std::move(id);
  u.dimension = dimension;
  u.words = std::move(words);
  return u;
}

// A few units of claims/catalogue/units.yaml, enough for the figures the seeds write.
class QuantityTest : public ::testing::Test {
 protected:
  QuantityTest() {
    catalogue_.AddUnit(MakeUnit("USD", Dimension::kMoney, {"dollars", "dollar", "$", "US$"}));
    catalogue_.AddUnit(MakeUnit("EUR", Dimension::kMoney, {"euros", "euro", "€"}));
    catalogue_.AddUnit(MakeUnit("CNY", Dimension::kMoney, {"yuans", "yuan"}));
    catalogue_.AddUnit(MakeUnit("percent", Dimension::kPercent, {"%", "pour cent"}));
    catalogue_.AddUnit(MakeUnit("times", Dimension::kRatio, {"fois", "times"}));
    catalogue_.AddUnit(MakeUnit("chip", Dimension::kCount, {"puces", "puce", "chips"}));
  }

  Result<QuantityValue> Parse(std::string_view text, Dimension dim, Language lang = kFr) const {
    return ParseQuantity(text, lang, catalogue_, dim);
  }

  // "[5500000, 6500000) USD", or "error: <message>".
  std::string Read(std::string_view text, Dimension dim, Language lang = kFr,
                   PrecisionMode mode = PrecisionMode::kDefault, bool integral = false) const {
    auto q = Parse(text, dim, lang);
    if (!q.ok()) return "error: " + q.error().message;
    std::string out = FormatInterval(DeriveInterval(q.value(), mode, integral));
    return q->unit.empty() ? out : out + " " + q->unit;
  }

  std::string Error(std::string_view text, Dimension dim, Language lang = kFr) const {
    auto q = Parse(text, dim, lang);
    return q.ok() ? "parsed: " + FormatInterval(DeriveInterval(q.value())) : q.error().message;
  }

  Catalogue catalogue_;
};

TEST_F(QuantityTest, OneSignificantFigure) {
  EXPECT_EQ(Read("6 millions de dollars", Dimension::kMoney), "[5500000, 6500000) USD");
}

TEST_F(QuantityTest, TenthsOfAMillion) {
  EXPECT_EQ(Read("5.6 millions de dollars", Dimension::kMoney), "[5550000, 5650000) USD");
}

TEST_F(QuantityTest, SixMillionAndFivePointSixMillionAgree) {
  auto six = Parse("6 millions de dollars", Dimension::kMoney);
  auto five_six = Parse("5.6 millions de dollars", Dimension::kMoney);
  ASSERT_TRUE(six.ok() && five_six.ok());
  Interval both = DeriveInterval(six.value()).Intersect(DeriveInterval(five_six.value()));
  EXPECT_FALSE(both.IsEmpty());
  EXPECT_EQ(FormatInterval(both), "[5550000, 5650000)");
}

TEST_F(QuantityTest, FrenchDecimalCommaWithMilliard) {
  EXPECT_EQ(Read("1,2 milliard de yuans", Dimension::kMoney), "[1150000000, 1250000000) CNY");
}

TEST_F(QuantityTest, SpaceGroupedFigureWithMilliards) {
  EXPECT_EQ(Read("2 900 milliards de dollars", Dimension::kMoney),
            "[2850000000000, 2950000000000) USD");
}

TEST_F(QuantityTest, ElidedDeBeforeTheCurrency) {
  EXPECT_EQ(Read("5,6 millions d'euros", Dimension::kMoney), "[5550000, 5650000) EUR");
  EXPECT_EQ(Read("5,6 millions d\u2019euros", Dimension::kMoney), "[5550000, 5650000) EUR");
}

TEST_F(QuantityTest, BillionIsTenToTheTwelfthInFrench) {
  EXPECT_EQ(Read("plus de 1 billion de dollars", Dimension::kMoney, kFr),
            "(1000000000000, +inf) USD");
}

TEST_F(QuantityTest, BillionIsTenToTheNinthInEnglish) {
  EXPECT_EQ(Read("plus de 1 billion de dollars", Dimension::kMoney, kEn), "(1000000000, +inf) USD");
  EXPECT_EQ(Read("more than 1 billion dollars", Dimension::kMoney, kEn), "(1000000000, +inf) USD");
}

TEST_F(QuantityTest, ScaleAbbreviations) {
  EXPECT_EQ(Read("5 Mds de dollars", Dimension::kMoney), "[4500000000, 5500000000) USD");
  EXPECT_EQ(Read("5 Md$", Dimension::kMoney), "[4500000000, 5500000000) USD");
  EXPECT_EQ(Read("$5bn", Dimension::kMoney, kEn), "[4500000000, 5500000000) USD");
  EXPECT_EQ(Read("2 M$", Dimension::kMoney), "[1500000, 2500000) USD");
  EXPECT_EQ(Read("10k puces", Dimension::kCount), "[9500, 10500) chip");
}

TEST_F(QuantityTest, EnglishHedgesAndVagueAmounts) {
  EXPECT_EQ(Read("about 100 million dollars", Dimension::kMoney, kEn), "[85500000, 115500000] USD");
  EXPECT_EQ(Read("nearly 17%", Dimension::kPercent, kEn), "[14.85, 17.5) percent");
  EXPECT_EQ(Read("up to 27 times", Dimension::kRatio, kEn), "[0, 27] times");
  EXPECT_EQ(Read("from 20 to 40 times", Dimension::kRatio, kEn), "[20, 40] times");
  EXPECT_EQ(Read("over 10,000 chips", Dimension::kCount, kEn), "(10000, +inf) chip");
  EXPECT_EQ(Read("hundreds of billions of dollars", Dimension::kMoney, kEn),
            "[200000000000, 999000000000] USD");
  EXPECT_EQ(Read("a few chips", Dimension::kCount, kEn), "[2, 9] chip");
}

TEST_F(QuantityTest, FrenchVagueAmounts) {
  EXPECT_EQ(Read("des dizaines de puces", Dimension::kCount), "[20, 99] chip");
  EXPECT_EQ(Read("des milliers de puces", Dimension::kCount), "[2000, 9999] chip");
}

TEST_F(QuantityTest, Percent) {
  EXPECT_EQ(Read("17 %", Dimension::kPercent), "[16.5, 17.5) percent");
}

// A share in words is the percentage itself for a percentage property: round without a hedge
// ("environ"), bounded by its hedge ("up to a third"); for other properties it stays a figure
// relative to another, which a claim cannot name.
TEST_F(QuantityTest, ShareInWordsIsAPercentage) {
  EXPECT_EQ(Read("la moitié", Dimension::kPercent), "[45, 55] percent");
  EXPECT_EQ(Read("up to a third", Dimension::kPercent, kEn), "[0, 100/3] percent");
  EXPECT_EQ(Read("plus de la moitié", Dimension::kPercent), "(50, +inf) percent");
  EXPECT_EQ(Read("three quarters", Dimension::kPercent, kEn), "[67.5, 82.5] percent");
  EXPECT_FALSE(Parse("la moitié", Dimension::kCount).ok());
  EXPECT_FALSE(Parse("0,5", Dimension::kPercent).ok());
}

TEST_F(QuantityTest, PercentWithNoBreakSpace) {
  EXPECT_EQ(Read("17\u00A0%", Dimension::kPercent), "[16.5, 17.5) percent");
  EXPECT_EQ(Read("17 pour cent", Dimension::kPercent), "[16.5, 17.5) percent");
}

TEST_F(QuantityTest, NearlyIsUpToTenPercentBelow) {
  EXPECT_EQ(Read("près de 17 %", Dimension::kPercent), "[14.85, 17.5) percent");
}

TEST_F(QuantityTest, AboutIsTenPercentEitherSideOfThePrecisionInterval) {
  // 100 millions: [95, 105) million, then 0.9 and 1.1 of the ends.
  EXPECT_EQ(Read("environ 100 millions de dollars", Dimension::kMoney),
            "[85500000, 115500000] USD");
}

TEST_F(QuantityTest, LessThanACount) {
  EXPECT_EQ(Read("moins de 10 puces", Dimension::kCount), "[0, 10) chip");
  EXPECT_EQ(Read("moins de 10 puces", Dimension::kCount, kFr, PrecisionMode::kDefault, true),
            "[0, 9] chip");
}

TEST_F(QuantityTest, AtLeastIsAClosedLowerBound) {
  EXPECT_EQ(Read("au moins 10 000 puces", Dimension::kCount), "[10000, +inf) chip");
}

TEST_F(QuantityTest, UpToIsAMaximum) {
  EXPECT_EQ(Read("jusqu'à 27 fois", Dimension::kRatio), "[0, 27] times");
  EXPECT_EQ(Read("jusqu\u2019à 27 fois", Dimension::kRatio), "[0, 27] times");
}

TEST_F(QuantityTest, RangeWithDe) {
  EXPECT_EQ(Read("de 20 à 40 fois", Dimension::kRatio), "[20, 40] times");
}

TEST_F(QuantityTest, RangeWithoutDe) {
  EXPECT_EQ(Read("20 à 40 fois", Dimension::kRatio), "[20, 40] times");
}

TEST_F(QuantityTest, RangeWithEntreAndBetween) {
  EXPECT_EQ(Read("entre 1 et 2 milliards de dollars", Dimension::kMoney),
            "[1000000000, 2000000000] USD");
  EXPECT_EQ(Read("between 20 and 40 times", Dimension::kRatio, kEn), "[20, 40] times");
}

TEST_F(QuantityTest, RangeWithTwoScalesFoldsEachIntoItsFigure) {
  EXPECT_EQ(Read("1 million à 2 milliards de dollars", Dimension::kMoney),
            "[1000000, 2000000000] USD");
}

TEST_F(QuantityTest, RangeCannotCarryAHedge) {
  EXPECT_EQ(Error("environ 20 à 40 fois", Dimension::kRatio),
            "a range cannot also carry the hedge 'environ'");
}

TEST_F(QuantityTest, TimesCheaperIsARatio) {
  auto q = Parse("vingt-sept fois moins cher", Dimension::kRatio);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->number.value, Rational(27));
  EXPECT_EQ(q->unit, "times");
  EXPECT_EQ(q->hedge, Hedge::kNone);
  EXPECT_EQ(FormatInterval(DeriveInterval(q.value())), "[26.5, 27.5)");
}

TEST_F(QuantityTest, EmphasisAddsNoWidth) {
  auto hedged = Parse("à peine 6 millions de dollars", Dimension::kMoney);
  ASSERT_TRUE(hedged.ok()) << hedged.error().message;
  EXPECT_EQ(hedged->hedge, Hedge::kEmphasis);
  EXPECT_EQ(hedged->hedge_words, "à peine");
  EXPECT_EQ(FormatInterval(DeriveInterval(hedged.value())), "[5500000, 6500000)");
  auto plain = Parse("6 millions de dollars", Dimension::kMoney);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(DeriveInterval(hedged.value()), DeriveInterval(plain.value()));
}

TEST_F(QuantityTest, ExactCountOfChips) {
  EXPECT_EQ(Read("seulement 2 048 puces", Dimension::kCount, kFr, PrecisionMode::kDefault, true),
            "[2048, 2048] chip");
  EXPECT_EQ(Read("seulement 2 048 puces", Dimension::kCount), "[2047.5, 2048.5) chip");
}

TEST_F(QuantityTest, VagueHundredsOfBillions) {
  auto q = Parse("des centaines de milliards de dollars", Dimension::kMoney);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->hedge, Hedge::kVague);
  EXPECT_EQ(q->scale_word, "milliards");
  EXPECT_EQ(FormatInterval(DeriveInterval(q.value())), "[200000000000, 999000000000]");
}

TEST_F(QuantityTest, VagueScaleAlone) {
  EXPECT_EQ(Read("des milliards de dollars", Dimension::kMoney), "[2000000000, 999000000000] USD");
  EXPECT_EQ(Read("quelques puces", Dimension::kCount), "[2, 9] chip");
}

TEST_F(QuantityTest, EnglishCurrencySignBeforeTheFigure) {
  auto q = Parse("$5.6 million", Dimension::kMoney, kEn);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(q->unit, "USD");
  EXPECT_EQ(q->unit_words, "$");
  EXPECT_EQ(q->scale, Rational(1000000));
  EXPECT_EQ(FormatInterval(DeriveInterval(q.value())), "[5550000, 5650000)");
}

TEST_F(QuantityTest, StrictAndLenientModes) {
  EXPECT_EQ(Read("6 millions de dollars", Dimension::kMoney, kFr, PrecisionMode::kStrict),
            "[6000000, 6000000] USD");
  EXPECT_EQ(Read("6 millions de dollars", Dimension::kMoney, kFr, PrecisionMode::kLenient),
            "[5000000, 7000000) USD");
}

TEST_F(QuantityTest, FractionIsExactInEveryMode) {
  auto q = Parse("un tiers", Dimension::kRatio);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(FormatInterval(DeriveInterval(q.value())), "[1/3, 1/3]");
  EXPECT_EQ(FormatInterval(DeriveInterval(q.value(), PrecisionMode::kLenient)), "[1/3, 1/3]");
}

TEST_F(QuantityTest, UnknownUnit) {
  EXPECT_EQ(Error("12 zlotys", Dimension::kMoney), "unknown unit or currency 'zlotys'");
}

TEST_F(QuantityTest, UnitOfTheWrongDimension) {
  EXPECT_EQ(Error("17 %", Dimension::kMoney), "'17 %' is percent, but the property takes money");
}

TEST_F(QuantityTest, MoneyNeedsACurrency) {
  EXPECT_EQ(Error("6 millions", Dimension::kMoney),
            "a money amount needs a currency (dollars, euros, yuans, ...)");
}

TEST_F(QuantityTest, PercentNeedsItsSign) {
  EXPECT_EQ(Error("17", Dimension::kPercent), "a percentage needs '%' or 'pour cent'");
}

TEST_F(QuantityTest, CountMayOmitItsUnit) {
  EXPECT_EQ(Read("139", Dimension::kCount), "[138.5, 139.5)");
}

TEST_F(QuantityTest, WordsAfterTheQuantity) {
  EXPECT_EQ(Error("6 millions de dollars environ", Dimension::kMoney),
            "unexpected words after the quantity: 'environ'");
}

TEST_F(QuantityTest, MalformedFigure) {
  EXPECT_EQ(Error("1,2,3 millions de dollars", Dimension::kMoney), "malformed number '1,2,3'");
}

TEST_F(QuantityTest, ExplainSixMillion) {
  auto q = Parse("6 millions de dollars", Dimension::kMoney);
  ASSERT_TRUE(q.ok());
  std::string text = report::ExplainReading(q.value());
  EXPECT_NE(text.find("[5.5, 6.5) millions"), std::string::npos) << text;
  EXPECT_EQ(text, "read as [5.5, 6.5) millions: half a unit of 1 in the last significant digit");
}

TEST_F(QuantityTest, ExplainModesAndHedges) {
  auto six = Parse("6 millions de dollars", Dimension::kMoney);
  ASSERT_TRUE(six.ok());
  EXPECT_EQ(report::ExplainReading(six.value(), PrecisionMode::kStrict),
            "read as [6, 6] millions: taken as exact");
  EXPECT_EQ(report::ExplainReading(six.value(), PrecisionMode::kLenient),
            "read as [5, 7) millions: plus or minus a unit of 1 in the last significant digit");

  auto emphasis = Parse("à peine 6 millions de dollars", Dimension::kMoney);
  ASSERT_TRUE(emphasis.ok());
  EXPECT_EQ(report::ExplainReading(emphasis.value()),
            "read as [5.5, 6.5) millions: half a unit of 1 in the last significant digit "
            "('à peine' adds emphasis, not width)");

  auto chips = Parse("seulement 2 048 puces", Dimension::kCount);
  ASSERT_TRUE(chips.ok());
  EXPECT_EQ(report::ExplainReading(chips.value(), PrecisionMode::kDefault, true),
            "read as [2048, 2048]: half a unit of 1 in the last significant digit "
            "('seulement' adds emphasis, not width), whole numbers only");

  auto more = Parse("plus de 1 billion de dollars", Dimension::kMoney);
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(report::ExplainReading(more.value()),
            "read as (1, +inf) billion: 'plus de': a strict lower bound");
}

TEST_F(QuantityTest, UnitWordsAreFoundByNameKey) {
  ASSERT_NE(catalogue_.FindUnitByWord("Dollars"), nullptr);
  EXPECT_EQ(catalogue_.FindUnitByWord("Dollars")->id, "USD");
  ASSERT_NE(catalogue_.FindUnitByWord("€"), nullptr);
  EXPECT_EQ(catalogue_.FindUnitByWord("€")->id, "EUR");
  EXPECT_EQ(catalogue_.FindUnitByWord("zlotys"), nullptr);
  EXPECT_FALSE(catalogue_.AddUnit(MakeUnit("USD", Dimension::kMoney, {"bucks"})));
}

TEST(DeriveIntervalTest, HedgesOnAHandBuiltValue) {
  QuantityValue q;
  q.number = {"40", 40, 1};
  q.hedge = Hedge::kExactly;
  EXPECT_EQ(FormatInterval(DeriveInterval(q)), "[40, 40]");
  q.hedge = Hedge::kAtLeast;
  EXPECT_EQ(FormatInterval(DeriveInterval(q)), "[40, +inf)");
  q.hedge = Hedge::kMoreThan;
  EXPECT_EQ(FormatInterval(DeriveInterval(q, PrecisionMode::kDefault, true)), "[41, +inf)");
  q.hedge = Hedge::kNearly;
  EXPECT_EQ(FormatInterval(DeriveInterval(q)), "[35.55, 40.5)");
}

}  // namespace
}  // namespace crosscheck::parse

// Regressions found while writing these tests (each failed before its fix).
namespace crosscheck::parse {
namespace {

class RegressionTest : public QuantityTest {};

TEST_F(RegressionTest, CurrencySignsAfterAScale) {
  EXPECT_EQ(Read("2 M€", Dimension::kMoney), "[1500000, 2500000) EUR");
  EXPECT_EQ(Read("2 Md€", Dimension::kMoney), "[1500000000, 2500000000) EUR");
}

TEST_F(RegressionTest, CurrencySignBeforeTheFigure) {
  EXPECT_EQ(Read("€5 million", Dimension::kMoney, kEn), "[4500000, 5500000) EUR");
}

TEST_F(RegressionTest, LeadingMilleIsANumber) {
  EXPECT_EQ(Read("mille puces", Dimension::kCount), "[950, 1050) chip");
  EXPECT_EQ(Read("mille milliards de dollars", Dimension::kMoney),
            "[950000000000, 1050000000000) USD");
}

}  // namespace
}  // namespace crosscheck::parse

// Everyday hedges (docs/semantics.md, "Hedges"): the elided "de", intensities on a direction,
// round nouns, and figures relative to another one.
namespace crosscheck::parse {
namespace {

class EverydayHedgeTest : public QuantityTest {};

TEST_F(EverydayHedgeTest, ElidedDeAfterAHedge) {
  EXPECT_EQ(Read("plus d'un milliard d'euros", Dimension::kMoney), "(1000000000, +inf) EUR");
  EXPECT_EQ(Read("plus d'1 milliard d'euros", Dimension::kMoney), "(1000000000, +inf) EUR");
  EXPECT_EQ(Read("moins d'une puce", Dimension::kCount), "[0, 1) chip");
  EXPECT_EQ(Read("près d'un million de dollars", Dimension::kMoney), "[450000, 1500000) USD");
  EXPECT_EQ(Read("plus de un milliard d'euros", Dimension::kMoney), "(1000000000, +inf) EUR");
  EXPECT_EQ(Error("plus 300 puces", Dimension::kCount), "expected a figure at 'plus 300 puces'");
}

TEST_F(EverydayHedgeTest, SlightIntensityStaysWithinTenPercent) {
  EXPECT_EQ(Read("un peu plus de 300 puces", Dimension::kCount), "(300, 330] chip");
  EXPECT_EQ(Read("un peu moins de 300 puces", Dimension::kCount), "[270, 300) chip");
  EXPECT_EQ(Read("un peu plus d'un milliard d'euros", Dimension::kMoney),
            "(1000000000, 1100000000] EUR");
  EXPECT_EQ(Read("a little over 300 chips", Dimension::kCount, kEn), "(300, 330] chip");
  EXPECT_EQ(Read("just under 300 chips", Dimension::kCount, kEn), "[270, 300) chip");
  EXPECT_EQ(Read("slightly more than 300 chips", Dimension::kCount, kEn), "(300, 330] chip");
  EXPECT_EQ(Read("un peu plus de 300 puces", Dimension::kCount, kFr, PrecisionMode::kDefault, true),
            "[301, 330] chip");
}

TEST_F(EverydayHedgeTest, WellIntensityGoesPastTenPercent) {
  EXPECT_EQ(Read("well over 300 chips", Dimension::kCount, kEn), "[330, +inf) chip");
  EXPECT_EQ(Read("bien plus de 300 puces", Dimension::kCount), "[330, +inf) chip");
  EXPECT_EQ(Read("largement moins de 300 puces", Dimension::kCount), "[0, 270] chip");
}

TEST_F(EverydayHedgeTest, JustAloneStaysEmphasis) {
  EXPECT_EQ(Read("just 300 chips", Dimension::kCount, kEn), "[295, 305) chip");
}

TEST_F(EverydayHedgeTest, Approximators) {
  EXPECT_EQ(Read("quelque 300 puces", Dimension::kCount), "[265.5, 335.5] chip");
  EXPECT_EQ(Read("some 300 chips", Dimension::kCount, kEn), "[265.5, 335.5] chip");
  EXPECT_EQ(Read("roughly 300 chips", Dimension::kCount, kEn), "[265.5, 335.5] chip");
}

TEST_F(EverydayHedgeTest, RoundNouns) {
  EXPECT_EQ(Read("une centaine de puces", Dimension::kCount), "[90, 110] chip");
  EXPECT_EQ(Read("une bonne centaine de puces", Dimension::kCount), "[100, 125] chip");
  EXPECT_EQ(Read("une petite vingtaine de puces", Dimension::kCount), "[16, 20] chip");
  EXPECT_EQ(Read("un bon millier de puces", Dimension::kCount), "[1000, 1250] chip");
  EXPECT_EQ(Read("a good hundred chips", Dimension::kCount, kEn), "[100, 125] chip");
  EXPECT_EQ(Read("a dozen chips", Dimension::kCount, kEn), "[10.8, 13.2] chip");
  EXPECT_EQ(Read("près d'une centaine de puces", Dimension::kCount), "[90, 100] chip");
  EXPECT_EQ(Read("une centaine de millions d'euros", Dimension::kMoney),
            "[90000000, 110000000] EUR");
  EXPECT_EQ(Error("plus d'une bonne centaine de puces", Dimension::kCount),
            "'une bonne centaine' cannot also carry the hedge 'plus de'");
}

TEST_F(EverydayHedgeTest, RelativeFiguresAreRejectedWithWhy) {
  auto half = Parse("la moitié des puces", Dimension::kCount);
  ASSERT_FALSE(half.ok());
  EXPECT_EQ(half.error().message,
            "'la moitié' is stated relative to another figure, which a claim value cannot name: "
            "write the figure it stands for");
  EXPECT_EQ(half.error().offset, 0u);
  auto twice = Parse("plus du double", Dimension::kMoney);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().offset, 8u);
}

}  // namespace
}  // namespace crosscheck::parse
