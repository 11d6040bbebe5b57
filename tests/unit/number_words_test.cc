#include "parse/number_words.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "common/rational.h"

namespace crosscheck::parse {
namespace {

constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;

// "value 'text taken' rest 'what the cursor left'", or "none".
std::string Read(std::string_view text, Language lang) {
  Cursor c(text);
  auto n = ReadNumberWords(c, lang);
  if (!n) return fmt::format("none, rest '{}'", c.Rest());
  std::string value = ToDecimalString(n->value);  // exact when it terminates
  if (value.find('/') != std::string::npos) value = ToDisplayString(n->value, 6);
  return fmt::format("{} '{}' rest '{}'", value, n->text, c.Rest());
}

TEST(NumberWords, Cardinals) {
  EXPECT_EQ(Read("quatre-vingt-dix-neuf", kFr), "99 'quatre-vingt-dix-neuf' rest ''");
  EXPECT_EQ(Read("twenty-seven people", kEn), "27 'twenty-seven' rest ' people'");
  EXPECT_EQ(Read("a hundred people", kEn), "100 'a hundred' rest ' people'");
  EXPECT_EQ(Read("a big one", kEn), "none, rest 'a big one'");
  // Units do not follow units: a phone number read out, not one figure.
  EXPECT_EQ(Read("three-nought-four", kEn), "3 'three' rest '-nought-four'");
  EXPECT_EQ(Read("dix-sept", kFr), "17 'dix-sept' rest ''");
}

TEST(NumberWords, Fractions) {
  EXPECT_EQ(Read("two thirds of", kEn), "0.666667 'two thirds' rest 'of'");
  EXPECT_EQ(Read("a trillionth", kEn), "0.000000000001 'a trillionth' rest ''");
  EXPECT_EQ(Read("one-eighth", kEn), "0.125 'one-eighth' rest ''");
  EXPECT_EQ(Read("deux tiers", kFr), "0.666667 'deux tiers' rest ''");
  EXPECT_EQ(Read("un cinquieme", kFr), "0.2 'un cinquieme' rest ''");
  EXPECT_EQ(Read("quatre centièmes de seconde", kFr), "0.04 'quatre centièmes' rest 'de seconde'");
  // A singular ordinal takes a numerator of one: "twenty fifth" is a rank, no figure at all
  // (not four, nor the twenty before it).
  EXPECT_EQ(Read("twenty fifth", kEn), "none, rest 'twenty fifth'");
  EXPECT_EQ(Read("twenty fifths", kEn), "4 'twenty fifths' rest ''");
  EXPECT_EQ(Read("deux treizièmes", kFr), "0.153846 'deux treizièmes' rest ''");
}

// Ranks in words are no figure: num2words' ordinals ("tests/extract/roundtrip_cases.py").
TEST(NumberWords, OrdinalsAreNoFigure) {
  EXPECT_EQ(Read("four hundred and twentieth", kEn), "none, rest 'four hundred and twentieth'");
  EXPECT_EQ(Read("one thousand and second", kEn), "none, rest 'one thousand and second'");
  EXPECT_EQ(Read("neuf cent quatre-vingt-dix-septième", kFr),
            "none, rest 'neuf cent quatre-vingt-dix-septième'");
  EXPECT_EQ(Read("soixante et onzième", kFr), "none, rest 'soixante et onzième'");
  EXPECT_EQ(Read("vingt-deuxième", kFr), "none, rest 'vingt-deuxième'");
  // A scale's ordinal multiplies the compound: 21,000th, as "vingt et un mille" is 21,000.
  EXPECT_EQ(Read("vingt et un millième", kFr), "none, rest 'vingt et un millième'");
  // Not ranks: a mixed number, an article before "deuxième", a duration, and (English) a unit
  // before a scale's ordinal, also written for a fraction ("two millionth of a second").
  EXPECT_EQ(Read("vingt et un cinquième", kFr), "20.2 'vingt et un cinquième' rest ''");
  EXPECT_EQ(Read("un deuxième mandat", kFr), "1 'un' rest ' deuxième mandat'");
  EXPECT_EQ(Read("twenty second delay", kEn), "20 'twenty' rest ' second delay'");
  EXPECT_EQ(Read("two millionth", kEn), "2 'two' rest ' millionth'");
  // Where the rank ends, so that nothing is read inside it.
  Cursor c("quatre-vingt-un millième visiteur");
  size_t rank_end = 0;
  EXPECT_FALSE(ReadNumberWords(c, kFr, &rank_end).has_value());
  EXPECT_EQ(rank_end, std::string_view("quatre-vingt-un millième").size());
}

// English sets the group below a thousand off by a comma ("one thousand, two hundred"); a
// second thousand after the comma makes it a list.
TEST(NumberWords, CommaAfterThousand) {
  EXPECT_EQ(Read("one thousand, nine hundred and ninety units", kEn),
            "1990 'one thousand, nine hundred and ninety' rest ' units'");
  EXPECT_EQ(Read("one thousand, two thousand", kEn), "1000 'one thousand' rest ', two thousand'");
  EXPECT_EQ(Read("mille, deux cents", kFr), "1000 'mille' rest ', deux cents'");
}

TEST(NumberWords, CompoundOrdinalDenominators) {
  EXPECT_EQ(Read("three twenty-firsts", kEn), "0.142857 'three twenty-firsts' rest ''");
  EXPECT_EQ(Read("a twenty-first", kEn), "0.047619 'a twenty-first' rest ''");
  EXPECT_EQ(Read("une vingt et unieme", kFr), "0.047619 'une vingt et unieme' rest ''");
  // Alone, "twenty-first" and "vingt et unième" are ranks: no figure.
  EXPECT_EQ(Read("twenty-first century", kEn), "none, rest 'twenty-first century'");
  EXPECT_EQ(Read("vingt et unième siècle", kFr), "none, rest 'vingt et unième siècle'");
}

TEST(NumberWords, MixedNumbers) {
  EXPECT_EQ(Read("one and a half", kEn), "1.5 'one and a half' rest ''");
  EXPECT_EQ(Read("one hundred and three quarters", kEn),
            "100.75 'one hundred and three quarters' rest ''");
  EXPECT_EQ(Read("twenty and three and three fifths", kEn),
            "23.6 'twenty and three and three fifths' rest ''");
  EXPECT_EQ(Read("un et un demi", kFr), "1.5 'un et un demi' rest ''");
  // After "and", an improper fraction is the whole figure's: 130 fifths.
  EXPECT_EQ(Read("one hundred and thirty fifths", kEn),
            "26 'one hundred and thirty fifths' rest ''");
}

TEST(NumberWords, DecimalsInWords) {
  EXPECT_EQ(Read("two hundred point zero three", kEn),
            "200.03 'two hundred point zero three' rest ''");
  EXPECT_EQ(Read("nought point eleven", kEn), "0.11 'nought point eleven' rest ''");
  EXPECT_EQ(Read("deux cent virgule trois", kFr), "200.3 'deux cent virgule trois' rest ''");
  EXPECT_EQ(Read("one point of view", kEn), "1 'one' rest ' point of view'");
}

// The part below a hundred is its own group: "quatre-vingt" multiplies the unit just before
// it, not the hundreds already read.
TEST(NumberWords, HundredsThenFrenchScoreTens) {
  EXPECT_EQ(Read("huit cent quatre-vingt-huit", kFr), "888 'huit cent quatre-vingt-huit' rest ''");
  EXPECT_EQ(Read("sept mille sept cent quatre-vingt-dix sept", kFr),
            "7797 'sept mille sept cent quatre-vingt-dix sept' rest ''");
  EXPECT_EQ(Read("six mille six cent soixante-dix-sept", kFr),
            "6677 'six mille six cent soixante-dix-sept' rest ''");
  EXPECT_EQ(Read("nine thousand nine hundred ninety eight", kEn),
            "9998 'nine thousand nine hundred ninety eight' rest ''");
}

TEST(NumberWords, DecimalsAsOneCardinal) {
  EXPECT_EQ(Read("trois cent virgule quarante sept", kFr),
            "300.47 'trois cent virgule quarante sept' rest ''");
  EXPECT_EQ(Read("five hundred point eighty-three", kEn),
            "500.83 'five hundred point eighty-three' rest ''");
  EXPECT_EQ(Read("one point oh four", kEn), "1.04 'one point oh four' rest ''");
  EXPECT_EQ(Read("naught point six", kEn), "0.6 'naught point six' rest ''");
}

// French "cent" multiplies a unit or nothing: after "trente-deux" it is the coin.
TEST(NumberWords, FrenchCentAfterTensIsTheCoin) {
  EXPECT_EQ(Read("trente-deux cents", kFr), "32 'trente-deux' rest ' cents'");
  EXPECT_EQ(Read("trois cents", kFr), "300 'trois cents' rest ''");
}

TEST(NumberWords, TensDoNotFollowTens) {
  EXPECT_EQ(Read("forty sixty", kEn), "40 'forty' rest ' sixty'");
  EXPECT_EQ(Read("sixty - three", kEn), "63 'sixty - three' rest ''");
  EXPECT_EQ(Read("seven hundreds", kEn), "700 'seven hundreds' rest ''");
  EXPECT_EQ(Read("trente-et-un", kFr), "31 'trente-et-un' rest ''");
}

}  // namespace
}  // namespace crosscheck::parse
