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
  // A singular ordinal takes a numerator of one: "twenty fifth" is a rank, not four.
  EXPECT_EQ(Read("twenty fifth", kEn), "20 'twenty' rest ' fifth'");
  EXPECT_EQ(Read("twenty fifths", kEn), "4 'twenty fifths' rest ''");
}

TEST(NumberWords, CompoundOrdinalDenominators) {
  EXPECT_EQ(Read("three twenty-firsts", kEn), "0.142857 'three twenty-firsts' rest ''");
  EXPECT_EQ(Read("a twenty-first", kEn), "0.047619 'a twenty-first' rest ''");
  EXPECT_EQ(Read("une vingt et unieme", kFr), "0.047619 'une vingt et unieme' rest ''");
  // Alone, "twenty-first" and "vingt et unième" are ranks.
  EXPECT_EQ(Read("twenty-first century", kEn), "20 'twenty' rest '-first century'");
  EXPECT_EQ(Read("vingt et unième siècle", kFr), "20 'vingt' rest ' et unième siècle'");
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
