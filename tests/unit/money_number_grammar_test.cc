// The number and money grammar of docs/extraction.md ("Reading figures"): one test per rule,
// each on the family the rule covers and on the near misses it must leave alone.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/extractor.h"

namespace crosscheck::extract {
namespace {

constexpr parse::Language kFr = parse::Language::kFrench;
constexpr parse::Language kEn = parse::Language::kEnglish;

// Every mention of `kind` in `text`, one per line: "[begin-end) 'text' value unit".
std::string Find(std::string_view text, Mention::Kind kind, parse::Language lang = kEn) {
  std::string out;
  for (const Mention& m : Extract(text, lang)) {
    if (m.kind != kind) continue;
    out += fmt::format("[{}-{}) '{}' {}{}\n", m.begin, m.end, m.text, m.value,
                       m.unit.empty() ? "" : " " + m.unit);
  }
  return out;
}

std::string Money(std::string_view text, parse::Language lang = kEn) {
  return Find(text, Mention::kCurrency, lang);
}
std::string Numbers(std::string_view text, parse::Language lang = kEn) {
  return Find(text, Mention::kNumber, lang);
}

TEST(CurrencyGrammar, CoreWordOfOneCurrencyAloneOrAfterItsCountry) {
  EXPECT_EQ(Money("ten shekels"), "[0-11) 'ten shekels' 10 ILS\n");
  EXPECT_EQ(Money("10 Tugrik"), "[0-9) '10 Tugrik' 10 MNT\n");
  EXPECT_EQ(Money("42 malaysia ringgits"), "[0-20) '42 malaysia ringgits' 42 MYR\n");
  EXPECT_EQ(Money("ringgit 42"), "[0-10) 'ringgit 42' 42 MYR\n");
  EXPECT_EQ(Money("malaysia ringgit 42"), "[0-19) 'malaysia ringgit 42' 42 MYR\n");
  // A core word that is also an everyday word is no currency alone.
  EXPECT_EQ(Money("The team won 3 games and lost 2 real matches."), "");
}

TEST(CurrencyGrammar, CountryAndCoreWrittenAsOneWord) {
  EXPECT_EQ(Money("42 egyptianpound"), "[0-16) '42 egyptianpound' 42 EGP\n");
  EXPECT_EQ(Money("42 Saudiriyal"), "[0-13) '42 Saudiriyal' 42 SAR\n");
  EXPECT_EQ(Money("10 swissfrancs"), "[0-14) '10 swissfrancs' 10 CHF\n");
  // A word that only ends like a currency, with no country before it, is none.
  EXPECT_EQ(Money("10 surreal paintings"), "");
}

TEST(CurrencyGrammar, SharedCoreWordIsMoneyOfUnknownCurrency) {
  // Several currencies are dinars and riyals: money, with no currency to guess.
  EXPECT_EQ(Money("10 dinars"), "[0-9) '10 dinars' 10\n");
  EXPECT_EQ(Money("ten riyals"), "[0-10) 'ten riyals' 10\n");
  // A country picks one of them; before a figure only a word one currency owns is read.
  EXPECT_EQ(Money("10 qatar riyals"), "[0-15) '10 qatar riyals' 10 QAR\n");
  EXPECT_EQ(Money("dinars 10"), "");
}

TEST(CurrencyGrammar, CodesAndLocalSignsGluedOrNot) {
  EXPECT_EQ(Money("MYR42"), "[0-5) 'MYR42' 42 MYR\n");
  EXPECT_EQ(Money("UAH3.04"), "[0-7) 'UAH3.04' 3.04 UAH\n");
  EXPECT_EQ(Money("RM42"), "[0-4) 'RM42' 42 MYR\n");
  EXPECT_EQ(Money("42RM"), "[0-4) '42RM' 42 MYR\n");
  EXPECT_EQ(Money("RM 42"), "[0-5) 'RM 42' 42 MYR\n");
  EXPECT_EQ(Money("Rs20"), "[0-4) 'Rs20' 20 INR\n");
  EXPECT_EQ(Money("₴5"), "[0-4) '₴5' 5 UAH\n");
  // Signs in the wrong case, or shared with a unit, are not read.
  EXPECT_EQ(Money("42 rm"), "");
  EXPECT_EQ(Money("42 Ft"), "");
}

TEST(CurrencyGrammar, MinorUnitsOfAnyCurrency) {
  EXPECT_EQ(Money("20 ringgit and 43 sen"), "[0-21) '20 ringgit and 43 sen' 20.43 MYR\n");
  EXPECT_EQ(Money("3 UAH 4 kopiykas"), "[0-16) '3 UAH 4 kopiykas' 3.04 UAH\n");
  EXPECT_EQ(Money("$20 and 43c"), "[0-11) '$20 and 43c' 20.43 USD\n");
  EXPECT_EQ(Money("20 dollar 43c"), "[0-13) '20 dollar 43c' 20.43 USD\n");
  // A dinar of Kuwait has a thousand fils.
  EXPECT_EQ(Money("3 KWD and 500"), "[0-13) '3 KWD and 500' 3.5 KWD\n");
  // An amount in millions has no coins: the figure after "and" is another amount.
  EXPECT_EQ(Money("3 MAUD and 5 MGBP"),
            "[0-6) '3 MAUD' 3000000 AUD\n[11-17) '5 MGBP' 5000000 GBP\n");
  // Nor does a figure counted in another currency.
  EXPECT_EQ(Money("3 couronnes et 2 pesos", kFr), "[0-11) '3 couronnes' 3\n[15-22) '2 pesos' 2\n");
  // A coin alone is counted in coins.
  EXPECT_EQ(Money("10 cent"), "[0-7) '10 cent' 10 cent\n");
  EXPECT_EQ(Money("10¢"), "[0-4) '10¢' 10 cent\n");
  EXPECT_EQ(Money("10 c"), "[0-4) '10 c' 10 cent\n");
  // Celsius, and a list's letters, are not cents.
  EXPECT_EQ(Money("10 C"), "");
  EXPECT_EQ(Money("article 10 c) says"), "");
  EXPECT_EQ(Money("section 10c says"), "");
  // A word after the amount with nothing to join it is not its coins.
  EXPECT_EQ(Money("à 1015 francs une part", kFr), "[3-14) '1015 francs' 1015 FRF\n");
}

TEST(CurrencyGrammar, ArticleCountsOneOfTheCurrency) {
  EXPECT_EQ(Money("a dollar"), "[0-8) 'a dollar' 1 USD\n");
  EXPECT_EQ(Money("It cost a shekel."), "[8-16) 'a shekel' 1 ILS\n");
  // Not a weight, nor the article of an amount in figures.
  EXPECT_EQ(Money("a pound of flour"), "");
  EXPECT_EQ(Money("a US$4.7 billion deal"), "[2-16) 'US$4.7 billion' 4700000000 USD\n");
}

TEST(NumberGrammar, DecimalsSaidWithPoint) {
  EXPECT_EQ(Numbers("1 point 1"), "[0-9) '1 point 1' 1.1\n");
  EXPECT_EQ(Numbers("point 77"), "[0-8) 'point 77' 0.77\n");
  // Only where a figure opens its clause: this is the point in time.
  EXPECT_EQ(Numbers("At that point 300 people left."), "[14-17) '300' 300\n");
}

TEST(NumberGrammar, IndianScalesWrittenManyWays) {
  EXPECT_EQ(Numbers("30 lkh"), "[0-6) '30 lkh' 3000000\n");
  EXPECT_EQ(Numbers("three hundred koti"), "[0-18) 'three hundred koti' 3000000000\n");
  EXPECT_EQ(Numbers("3 cr"), "[0-4) '3 cr' 30000000\n");
  // Not "l" (litres); "lac" is a lake in French.
  EXPECT_EQ(Numbers("30 l"), "[0-2) '30' 30\n");
  EXPECT_EQ(Numbers("12 lac", kFr), "[0-2) '12' 12\n");
}

TEST(NumberGrammar, GigaAfterDigits) {
  EXPECT_EQ(Numbers("1,674.5 G"), "[0-9) '1,674.5 G' 1674500000000\n");
  EXPECT_EQ(Numbers("10G"), "[0-3) '10G' 10000000000\n");
  EXPECT_EQ(Numbers("-.0012G"), "[0-7) '-.0012G' -1200000\n");
  EXPECT_EQ(Numbers("-,0012G", kFr), "[0-7) '-,0012G' -1200000\n");
  // Generations of mobile networks and grams are not giga.
  EXPECT_EQ(Numbers("the 5G network"), "");
  EXPECT_EQ(Numbers("10g"), "");
}

TEST(NumberGrammar, PressAbbreviationsOfScales) {
  EXPECT_EQ(Numbers("3 mln people"), "[0-5) '3 mln' 3000000\n");
  EXPECT_EQ(Numbers("7 Mio. Einwohner", kFr), "[0-5) '7 Mio' 7000000\n");
  EXPECT_EQ(Numbers("a 2mil budget"), "[2-6) '2mil' 2000000\n");
  EXPECT_EQ(Numbers("debt of 7.5 trn"), "[8-15) '7.5 trn' 7500000000000\n");
  // French "mil" is a thousand in old dates, and "mille" is no "mil".
  EXPECT_EQ(Numbers("deux mil", kFr), "[0-4) 'deux' 2\n");
  EXPECT_EQ(Numbers("deux mille", kFr), "[0-10) 'deux mille' 2000\n");
  // "a billion and a half", as "un milliard et demi".
  EXPECT_EQ(Numbers("a billion and a half"), "[0-20) 'a billion and a half' 1500000000\n");
  EXPECT_EQ(Numbers("a million people"), "[0-9) 'a million' 1000000\n");
  EXPECT_EQ(Numbers("un milliard et demi", kFr), "[0-19) 'un milliard et demi' 1500000000\n");
}

TEST(NumberGrammar, FrenchMixedNumbersAndFractionsOfScales) {
  EXPECT_EQ(Numbers("trois et demi", kFr), "[0-13) 'trois et demi' 3.5\n");
  EXPECT_EQ(Numbers("deux et quart", kFr), "[0-13) 'deux et quart' 2.25\n");
  EXPECT_EQ(Numbers("trois quarts de million", kFr), "[0-23) 'trois quarts de million' 750000\n");
  EXPECT_EQ(Numbers("un tiers d'un milliard", kFr),
            "[0-22) 'un tiers d'un milliard' 333333333.333333333333333\n");
  // A rank stays a rank; "et un" is a compound's.
  EXPECT_EQ(Numbers("soixante et onzième", kFr), "");
  EXPECT_EQ(Numbers("vingt et un", kFr), "[0-11) 'vingt et un' 21\n");
}

TEST(CurrencyGrammar, CapitalScalesAfterAnAmount) {
  EXPECT_EQ(Money("$5B"), "[0-3) '$5B' 5000000000 USD\n");
  EXPECT_EQ(Money("a €1.2T market"), "[2-9) '€1.2T' 1200000000000 EUR\n");
  EXPECT_EQ(Money("$2.3MM"), "[0-6) '$2.3MM' 2300000 USD\n");
  EXPECT_EQ(Money("2.3MM USD"), "[0-9) '2.3MM USD' 2300000 USD\n");
  EXPECT_EQ(Money("$3tn"), "[0-4) '$3tn' 3000000000000 USD\n");
  // Without a currency before it, B and T are letters ("flat 5B"); "mm" is millimetres.
  EXPECT_EQ(Numbers("flat 5B"), "");
  EXPECT_EQ(Numbers("a 2.3mm screw"), "");
}

TEST(CurrencyGrammar, AbbreviatedScaleKeepsItsPeriodBeforeACurrency) {
  EXPECT_EQ(Money("1,5 Mrd. EUR", kFr), "[0-12) '1,5 Mrd. EUR' 1500000000 EUR\n");
  EXPECT_EQ(Money("CHF 7 Mio."), "[0-9) 'CHF 7 Mio' 7000000 CHF\n");
  // At the end of a sentence the period is the sentence's.
  EXPECT_EQ(Money("Il a levé 3 Md. EUR. Puis 2 Md.", kFr), "[11-20) '3 Md. EUR' 3000000000 EUR\n");
}

TEST(PercentGrammar, PercentWordInAnyFormBeforeItsFigure) {
  auto percents = [](std::string_view text, parse::Language lang) {
    return Find(text, Mention::kPercent, lang);
  };
  EXPECT_EQ(percents("percents of twenty", kEn), "[0-18) 'percents of twenty' 20 %\n");
  EXPECT_EQ(percents("a percentage of 12", kEn), "[2-18) 'percentage of 12' 12 %\n");
  EXPECT_EQ(percents("pourcents de quinze", kFr), "[0-19) 'pourcents de quinze' 15 %\n");
  // No figure after it: no percentage.
  EXPECT_EQ(percents("the percentage of voters", kEn), "");
}

TEST(CurrencyGrammar, BritishSlangForPounds) {
  EXPECT_EQ(Money("it cost 500 quid"), "[8-16) '500 quid' 500 GBP\n");
}

TEST(NumberGrammar, SpacedMinusOpensAClauseOnly) {
  EXPECT_EQ(Numbers("- 1,200,000"), "[0-11) '- 1,200,000' -1200000\n");
  EXPECT_EQ(Numbers("- 1.200.000", kFr), "[0-11) '- 1.200.000' -1200000\n");
  EXPECT_EQ(Numbers("the price - 5 more"), "[12-13) '5' 5\n");
}

TEST(NumberGrammar, WordsForZeroAndTwo) {
  EXPECT_EQ(Numbers("nil"), "[0-3) 'nil' 0\n");
  EXPECT_EQ(Numbers("a pair"), "[0-6) 'a pair' 2\n");
  EXPECT_EQ(Numbers("a couple of shoes"), "[0-11) 'a couple of' 2\n");
  EXPECT_EQ(Numbers("a dozen of eggs"), "[0-10) 'a dozen of' 12\n");
  // "a few" is vague: no figure.
  EXPECT_EQ(Numbers("a few"), "");
  EXPECT_EQ(Numbers("le Nil", kFr), "");
}

TEST(NumberGrammar, FigureRestatedInBracketsIsOne) {
  EXPECT_EQ(Numbers("forty-five (45)"), "[0-15) 'forty-five (45)' 45\n");
  EXPECT_EQ(Numbers("45 (forty five)"), "[0-15) '45 (forty five)' 45\n");
  // Two different values are two figures.
  EXPECT_EQ(Numbers("45 (46)"), "[0-2) '45' 45\n[4-6) '46' 46\n");
}

TEST(NumberGrammar, DozenCountsTheNumberItFollows) {
  EXPECT_EQ(Numbers("three hundred and two dozens"), "[0-28) 'three hundred and two dozens' 324\n");
  EXPECT_EQ(Numbers("two hundred dozens"), "[0-18) 'two hundred dozens' 2400\n");
  EXPECT_EQ(Numbers("one hundred and five thousand"),
            "[0-29) 'one hundred and five thousand' 105000\n");
}

TEST(NumberGrammar, SpokenHundreds) {
  EXPECT_EQ(Numbers("one twenty two"), "[0-14) 'one twenty two' 122\n");
  EXPECT_EQ(Numbers("five fifty"), "[0-10) 'five fifty' 550\n");
  // Before a hyphen the tens word is part of a compound: no hundreds.
  EXPECT_EQ(Numbers("two twenty-year-olds"), "[0-3) 'two' 2\n[4-10) 'twenty' 20\n");
  // English has no "quatre-vingt": after a hundred, two figures rather than a wrong one.
  EXPECT_EQ(Numbers("one hundred two twenty"),
            "[0-15) 'one hundred two' 102\n[16-22) 'twenty' 20\n");
  // A fraction keeps its tens: 1/32.
  EXPECT_EQ(Numbers("one thirty-second"), "[0-17) 'one thirty-second' 0.03125\n");
}

}  // namespace
}  // namespace crosscheck::extract
