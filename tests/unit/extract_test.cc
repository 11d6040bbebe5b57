#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"

namespace crosscheck::extract {
namespace {

constexpr parse::Language kFr = parse::Language::kFrench;
constexpr parse::Language kEn = parse::Language::kEnglish;

// Every mention of `kind` in `text`, one per line: "[begin-end) 'text' value unit hedge".
std::string Find(std::string_view text, Mention::Kind kind, parse::Language lang = kFr) {
  std::string out;
  for (const Mention& m : Extract(text, lang)) {
    if (m.kind != kind) continue;
    out += fmt::format("[{}-{}) '{}' {}{}{}\n", m.begin, m.end, m.text, m.value,
                       m.unit.empty() ? "" : " " + m.unit,
                       m.hedge.empty() ? "" : " hedge '" + m.hedge + "'");
  }
  return out;
}

// Sentences from the seed articles (corpus/*.txt).
TEST(Extract, HedgedCountFromReuters) {
  std::string_view s = "était composé de près de 10 000 puces Nvidia A100, utilisées";
  EXPECT_EQ(Find(s, Mention::kNumber), "[19-34) 'près de 10 000' 10000 hedge 'près de'\n");
  std::vector<Mention> mentions = Extract(s, kFr);  // kept alive: m refers into it
  ASSERT_FALSE(mentions.empty());
  const Mention& m = mentions.front();
  EXPECT_EQ(s.substr(m.value_begin, m.end - m.value_begin), "10 000");
}

TEST(Extract, CurrencyWithScale) {
  std::string_view s = "un chiffre d'affaires de 1,2 milliard de yuans en 2023";
  EXPECT_EQ(Find(s, Mention::kCurrency), "[25-46) '1,2 milliard de yuans' 1200000000 CNY\n");
  EXPECT_EQ(Find(s, Mention::kNumber),
            "[0-2) 'un' 1\n[25-37) '1,2 milliard' 1200000000\n"
            "[50-54) '2023' 2023\n");
}

TEST(Extract, PercentWithNarrowSpace) {
  EXPECT_EQ(Find("qui a perdu 17 % de sa valeur", Mention::kPercent), "[12-16) '17 %' 17 %\n");
  // U+202F between figure and sign, as French typography writes it.
  EXPECT_EQ(Find("a chuté de 17\u202f%.", Mention::kPercent), "[12-18) '17\u202f%' 17 %\n");
}

TEST(Extract, DateWithWeekday) {
  EXPECT_EQ(Find("a chuté de 3 % lundi 27 janvier. Nvidia", Mention::kDate),
            "[16-32) 'lundi 27 janvier' XXXX-01-27\n");
}

// The parts of a duration may be joined by a comma and "and"; a joiner with no part after it
// stays out of the span.
TEST(Extract, DurationPartsJoinedByAnd) {
  EXPECT_EQ(Find("it took 2 years, 3 months and 4 days to build", Mention::kDuration, kEn),
            "[8-36) '2 years, 3 months and 4 days' P2Y3M4D D\n");
  EXPECT_EQ(Find("il a attendu un an et deux mois", Mention::kDuration),
            "[13-31) 'un an et deux mois' P1Y2M M\n");
  EXPECT_EQ(Find("for 2 hours and then left", Mention::kDuration, kEn),
            "[4-11) '2 hours' PT2H H\n");
}

// A holiday on a fixed day is a date by itself, at the end of a sentence too.
TEST(Extract, HolidayAlone) {
  EXPECT_EQ(Find("Il reviendra à Noël", Mention::kDate), "[16-21) 'Noël' XXXX-12-25\n");
}

TEST(Extract, Age) {
  EXPECT_EQ(Find("son nouveau héros, âgé de 40 ans seulement", Mention::kAge),
            "[20-35) 'âgé de 40 ans' 40 Y\n");
  EXPECT_EQ(Find("He is 60 years old.", Mention::kAge, kEn), "[6-18) '60 years old' 60 Y\n");
}

// What makes a duration an age: a verb of having or being with an adverb between, an age's
// noun, a comparison of ages; a duration after other words stays a duration.
TEST(Extract, AgeFromTheWordsBeforeIt) {
  EXPECT_EQ(Find("Il avait déjà 12 ans à l'époque", Mention::kAge), "[16-22) '12 ans' 12 Y\n");
  // English "was" is a delay's verb as often as an age's ("the delay was 10 months").
  EXPECT_EQ(Find("the delay was only 10 months", Mention::kAge, kEn), "");
  EXPECT_EQ(Find("at the age of 6 weeks", Mention::kAge, kEn), "[14-21) '6 weeks' 6 W\n");
  EXPECT_EQ(Find("des enfants plus jeunes que six mois", Mention::kAge),
            "[28-36) 'six mois' 6 M\n");
  EXPECT_EQ(Find("voters older than 65 years", Mention::kAge, kEn), "[18-26) '65 years' 65 Y\n");
  EXPECT_EQ(Find("a woman of age 71 with asthma", Mention::kAge, kEn), "[11-17) 'age 71' 71 Y\n");
  EXPECT_EQ(Find("the plan runs for only 10 years", Mention::kAge, kEn), "");
  EXPECT_EQ(Find("le chantier a duré plus de trois ans", Mention::kAge), "");
}

TEST(Extract, HedgedDuration) {
  EXPECT_EQ(Find("Le tout en à peine deux mois. Un coup", Mention::kDuration),
            "[11-29) 'à peine deux mois' P2M M hedge 'à peine'\n");
}

TEST(Extract, EnglishMoneyAndSeparators) {
  EXPECT_EQ(Find("they paid $94,000 to drop it", Mention::kCurrency, kEn),
            "[10-17) '$94,000' 94000 USD\n");
  EXPECT_EQ(Find("more than 6 million dollars", Mention::kCurrency, kEn),
            "[0-27) 'more than 6 million dollars' 6000000 USD hedge 'more than'\n");
}

TEST(Extract, YearsAreDatesOtherFiguresAreNot) {
  EXPECT_EQ(Find("fondée en 2023 par 139 chercheurs", Mention::kDate), "[11-15) '2023' 2023\n");
}

TEST(Extract, HostileTextStaysLinear) {
  // Long runs of number words and digits must neither blow up nor throw.
  std::string text;
  for (int i = 0; i < 4000; ++i) text += "cent vingt 1,2,3 - 08/ % $ ";
  auto mentions = Extract(text, kFr);
  EXPECT_GT(mentions.size(), 4000u);
}

// Inputs on which a scanner that re-reads from every start goes quadratic: a megabyte of each
// must finish (no timing is asserted; the suite's own time limit is the guard).
TEST(Extract, MegabyteChainsFinish) {
  std::string commas, words, spaces(1'000'000, ' '), digits(1'000'000, '7');
  while (commas.size() < 1'000'000) commas += "1,2,3,4,5,6,7,8,9,";
  while (words.size() < 1'000'000) words += "un et un et vingt-vingt-";
  EXPECT_FALSE(Extract(commas, kFr).empty());
  EXPECT_FALSE(Extract(words, kFr).empty());
  EXPECT_TRUE(Extract(spaces + "le 20 janvier" + spaces, kFr).size() == 2u);
  EXPECT_EQ(Extract(digits, kFr).size(), 1u);
}

// The trigger words let the readers start at openers that stand a few words before the value.
TEST(Extract, OpenersBeforeTheValue) {
  EXPECT_EQ(Find("il y a une petite semaine, déjà", Mention::kDate),
            "[0-25) 'il y a une petite semaine' \n");
  EXPECT_EQ(Find("aux alentours de 10 %", Mention::kPercent),
            "[0-21) 'aux alentours de 10 %' 10 % hedge 'aux alentours de'\n");
  EXPECT_EQ(Find("un marché de 10 milliards d'ici à 2030", Mention::kDate),
            "[27-40) 'd'ici à 2030' 2030\n");
  EXPECT_EQ(Find("Toute la semaine, il a plu", Mention::kDuration),
            "[0-16) 'Toute la semaine' P1W W\n");
}

// A date read in running text stops where the date does, even before "et".
TEST(Extract, DateStopsBeforeWhatIsNotADate) {
  EXPECT_EQ(Find("en mai 2023 et 12 personnes", Mention::kDate), "[3-11) 'mai 2023' 2023-05\n");
  EXPECT_EQ(Find("entre 2019 et 2020, rien", Mention::kDate),
            "[0-18) 'entre 2019 et 2020' (2019,2020)\n");
}

// Figures the suite's number cases taught: exponents, ratios, mixed fractions, scale chains,
// figures without a leading zero, vulgar fractions.
TEST(Extract, FigureForms) {
  EXPECT_EQ(Find("-12.32e+14 and 1.1^2", Mention::kNumber, kEn),
            "[0-10) '-12.32e+14' -1232000000000000\n[15-20) '1.1^2' 1.21\n");
  EXPECT_EQ(Find("6.23x10^-4", Mention::kNumber, kEn), "[0-10) '6.23x10^-4' 0.000623\n");
  EXPECT_EQ(Find("un sur trois", Mention::kNumber), "[0-12) 'un sur trois' 0.333333333333333\n");
  EXPECT_EQ(Find("2 1/4", Mention::kNumber), "[0-5) '2 1/4' 2.25\n");
  EXPECT_EQ(Find("it was .08", Mention::kNumber, kEn), "[7-10) '.08' 0.08\n");
  EXPECT_EQ(Find("the result is ¾", Mention::kNumber, kEn), "[14-16) '¾' 0.75\n");
}

TEST(Extract, ScaleChains) {
  EXPECT_EQ(Find("4 thousand 3 hundred and 21 and 0", Mention::kNumber, kEn),
            "[0-27) '4 thousand 3 hundred and 21' 4321\n[32-33) '0' 0\n");
  EXPECT_EQ(Find("trois million sept", Mention::kNumber), "[0-18) 'trois million sept' 3000007\n");
  EXPECT_EQ(Find("They have 3 million and a quarter", Mention::kNumber, kEn),
            "[10-33) '3 million and a quarter' 3250000\n");
  EXPECT_EQ(Find("two thirds of a million", Mention::kNumber, kEn),
            "[0-23) 'two thirds of a million' 666666.666666666666667\n");
  EXPECT_EQ(Find("trois douzaines", Mention::kNumber), "[0-15) 'trois douzaines' 36\n");
  // Two figures in digits without "and" stay two.
  EXPECT_EQ(Find("2 million 300 people", Mention::kNumber, kEn),
            "[0-9) '2 million' 2000000\n[10-13) '300' 300\n");
}

// What is not a count: a figure glued to a unit, "one" as a pronoun, a sum over a duration.
TEST(Extract, NotCounts) {
  EXPECT_EQ(Find("le liquide de 180ml", Mention::kNumber), "");
  EXPECT_EQ(Find("That one is really good", Mention::kNumber, kEn), "");
  EXPECT_EQ(Find("I want to earn $2000 over 3 years", Mention::kNumber, kEn),
            "[16-20) '2000' 2000\n[21-27) 'over 3' 3 hedge 'over'\n");
  EXPECT_EQ(Find("I see five out of three pieces", Mention::kNumber, kEn),
            "[6-10) 'five' 5\n[18-23) 'three' 3\n");
}

// Money the suite's currency cases taught: subunits after the main unit, a scale after the
// currency, codes glued to the figure or implying millions, a few more signs.
TEST(Extract, MoneyForms) {
  EXPECT_EQ(Find("it only cost 3 dollars 50 cents.", Mention::kCurrency, kEn),
            "[13-31) '3 dollars 50 cents' 3.5 USD\n");
  EXPECT_EQ(Find("ça ne coûte que 15 dollars et 15.", Mention::kCurrency),
            "[18-34) '15 dollars et 15' 15.15 USD\n");
  EXPECT_EQ(Find("They lost 75 USD million", Mention::kCurrency, kEn),
            "[10-24) '75 USD million' 75000000 USD\n");
  EXPECT_EQ(Find("USD115.5", Mention::kCurrency, kEn), "[0-8) 'USD115.5' 115.5 USD\n");
  EXPECT_EQ(Find("an increase to 120 MEUR", Mention::kCurrency, kEn),
            "[15-23) '120 MEUR' 120000000 EUR\n");
  EXPECT_EQ(Find("It costs quarter million us dollars.", Mention::kCurrency, kEn),
            "[9-35) 'quarter million us dollars' 250000 USD\n");
  EXPECT_EQ(Find("Supply limit: ₿21,000,000", Mention::kCurrency, kEn),
            "[14-27) '₿21,000,000' 21000000 BTC\n");
  // A figure after the amount that counts something else stays apart.
  EXPECT_EQ(Find("5 dollars 20 %", Mention::kCurrency, kEn), "[0-9) '5 dollars' 5 USD\n");
}

TEST(Extract, EveryIsoCurrencyByItsName) {
  // The names ICU gives every ISO currency, in English and French, before the short names:
  // «livres libanaises» are not pounds sterling, which «livres» alone still are.
  EXPECT_EQ(Find("The firm paid 42 Kuwaiti dinars.", Mention::kCurrency, kEn),
            "[14-31) '42 Kuwaiti dinars' 42 KWD\n");
  EXPECT_EQ(Find("un prêt de 30 livres libanaises, puis 12 livres", Mention::kCurrency),
            "[12-32) '30 livres libanaises' 30 LBP\n[39-48) '12 livres' 12 GBP\n");
  EXPECT_EQ(Find("7 Malaysian ringgits", Mention::kCurrency, kEn),
            "[0-20) '7 Malaysian ringgits' 7 MYR\n");
}

// Dates the suite's datetime cases taught: relative days and "next", numeric forms, ordinal
// days, counts in words before "ago".
TEST(Extract, MoreDateForms) {
  EXPECT_EQ(Find("Je pars demain, pas après-demain", Mention::kDate),
            "[8-14) 'demain' \n[20-33) 'après-demain' \n");
  EXPECT_EQ(Find("I'll leave next friday or next week", Mention::kDate, kEn),
            "[11-22) 'next friday' \n[26-35) 'next week' \n");
  EXPECT_EQ(Find("rendez-vous le 22/04/2016 à midi", Mention::kDate),
            "[15-25) '22/04/2016' 2016-04-22\n");
  EXPECT_EQ(Find("I'll go back the 3rd of May", Mention::kDate, kEn),
            "[13-27) 'the 3rd of May' XXXX-05-03\n");
  EXPECT_EQ(Find("i went back two months ago", Mention::kDate, kEn), "[12-26) 'two months ago' \n");
  // A fraction stays a figure.
  EXPECT_EQ(Find("3/4 of them", Mention::kDate, kEn), "");
}

// Days and years in words open a date only with their month or weekday; an abbreviated month
// alone only after "in", "dans", "en".
TEST(Extract, DaysInWordsAndAbbreviatedMonths) {
  EXPECT_EQ(Find("i'll go back twenty second of june 2017", Mention::kDate, kEn),
            "[13-39) 'twenty second of june 2017' 2017-06-22\n");
  EXPECT_EQ(Find("on the tenth of september, two thousand", Mention::kDate, kEn),
            "[3-39) 'the tenth of september, two thousand' 2000-09-10\n");
  EXPECT_EQ(Find("it was thursday the twenty first", Mention::kDate, kEn),
            "[7-32) 'thursday the twenty first' XXXX-XX-21\n");
  EXPECT_EQ(Find("Il reviendra le vingt et un juin", Mention::kDate),
            "[16-32) 'vingt et un juin' XXXX-06-21\n");
  EXPECT_EQ(Find("the second time", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("I'll be out in Jan", Mention::kDate, kEn), "[15-18) 'Jan' XXXX-01\n");
  EXPECT_EQ(Find("Je serai dans Fev", Mention::kDate), "[14-17) 'Fev' XXXX-02\n");
  EXPECT_EQ(Find("Jan said so", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("you may go", Mention::kDate, kEn), "");
}

// An offset from a day ("two days later", "three weeks from tomorrow") is a date, not a
// duration, though the model does not read it.
TEST(Extract, OffsetsAreDates) {
  EXPECT_EQ(Find("two days later, he left", Mention::kDate, kEn), "[0-14) 'two days later' \n");
  EXPECT_EQ(Find("three weeks from tomorrow", Mention::kDate, kEn),
            "[0-25) 'three weeks from tomorrow' \n");
  EXPECT_EQ(Find("deux semaines plus tard, il est parti", Mention::kDate),
            "[0-23) 'deux semaines plus tard' \n");
  EXPECT_EQ(Find("two days later, he left", Mention::kDuration, kEn), "");
}

TEST(Extract, SeasonsNearPublication) {
  EXPECT_EQ(Find("I'll leave this summer", Mention::kDate, kEn), "[11-22) 'this summer' \n");
  EXPECT_EQ(Find("je pars cet été", Mention::kDate), "[8-17) 'cet été' \n");
  EXPECT_EQ(Find("il a été réélu", Mention::kDate), "");
}

// Weekdays alone and days without their month.
TEST(Extract, LoneWeekdaysAndDays) {
  EXPECT_EQ(Find("Il est parti vendredi.", Mention::kDate), "[13-21) 'vendredi' XXXX-WXX-5\n");
  EXPECT_EQ(Find("see you this friday", Mention::kDate, kEn), "[8-19) 'this friday' XXXX-WXX-5\n");
  EXPECT_EQ(Find("it was friday the 22nd", Mention::kDate, kEn),
            "[7-22) 'friday the 22nd' XXXX-XX-22\n");
  EXPECT_EQ(Find("i went back on the 27th", Mention::kDate, kEn),
            "[15-23) 'the 27th' XXXX-XX-27\n");
  EXPECT_EQ(Find("on the 21st floor", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("in the 21st century", Mention::kDate, kEn),
            "[3-19) 'the 21st century' (2000,2099)\n");
  EXPECT_EQ(Find("back in the month of may", Mention::kDate, kEn),
            "[8-24) 'the month of may' XXXX-05\n");
  EXPECT_EQ(Find("back on sun 14th", Mention::kDate, kEn), "[8-16) 'sun 14th' XXXX-XX-14\n");
  EXPECT_EQ(Find("the sun rose", Mention::kDate, kEn), "");
}

// Grammar families of dates in running text, each in both languages where both write it.
TEST(Extract, PartsOfRelativePeriodsDecadesCenturiesAndWeekdayAbbreviations) {
  EXPECT_EQ(Find("sales fell earlier this year", Mention::kDate, kEn),
            "[11-28) 'earlier this year' \n");
  EXPECT_EQ(Find("due late next month.", Mention::kDate, kEn), "[4-19) 'late next month' \n");
  EXPECT_EQ(Find("prévu fin de l'année prochaine.", Mention::kDate),
            "[7-32) 'fin de l'année prochaine' \n");
  EXPECT_EQ(Find("dès le début du mois dernier", Mention::kDate),
            "[8-30) 'début du mois dernier' \n");
  EXPECT_EQ(Find("dans les années quatre-vingt-dix, il", Mention::kDate),
            "[5-33) 'les années quatre-vingt-dix' (1990,1999)\n");
  EXPECT_EQ(Find("a hit of the '80s", Mention::kDate, kEn), "[9-17) 'the '80s' (1980,1989)\n");
  EXPECT_EQ(Find("au XIXe siècle, la ville", Mention::kDate), "[3-15) 'XIXe siècle' (1800,1899)\n");
  EXPECT_EQ(Find("le mer. 24 juin 2020.", Mention::kDate),
            "[3-20) 'mer. 24 juin 2020' 2020-06-24\n");
  // The sea, a later meeting, temperatures in the 70s: no dates.
  EXPECT_EQ(Find("la mer 24 heures sur 24", Mention::kDate), "");
  EXPECT_EQ(Find("we met later that day", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("temperatures in the 70s", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("margins for the rest of the year", Mention::kDate, kEn),
            "[16-32) 'rest of the year' \n");
  EXPECT_EQ(Find("profit rose in H1 2024.", Mention::kDate, kEn),
            "[15-22) 'H1 2024' (2024-01,2024-06)\n");
  EXPECT_EQ(Find("Au premier semestre 2024, les ventes", Mention::kDate),
            "[3-24) 'premier semestre 2024' (2024-01,2024-06)\n");
  EXPECT_EQ(Find("in the first half of 2024", Mention::kDate, kEn),
            "[3-25) 'the first half of 2024' (2024-01,2024-06)\n");
  EXPECT_EQ(Find("a 19th-century house", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("au second semestre 2023,", Mention::kDate),
            "[3-23) 'second semestre 2023' (2023-07,2023-12)\n");
  EXPECT_EQ(Find("on se voit vendredi la semaine prochaine.", Mention::kDate),
            "[11-40) 'vendredi la semaine prochaine' \n");
  EXPECT_EQ(Find("polls open the first tuesday of november", Mention::kDate, kEn),
            "[11-40) 'the first tuesday of november' XXXX-11\n");
  EXPECT_EQ(Find("il vit là depuis trois ans.", Mention::kDuration),
            "[11-27) 'depuis trois ans' P3Y Y\n");
  // «dans 2 semaines» is the day two weeks after publication (docs/semantics.md).
  EXPECT_EQ(Find("livré dans 2 semaines", Mention::kDuration), "");
  EXPECT_EQ(Find("livré dans 2 semaines", Mention::kDate), "[7-22) 'dans 2 semaines' \n");
  EXPECT_EQ(Find("depuis 2021, dans la ville", Mention::kDuration), "");
  // "in the past 2 decades": the period starts at "the".
  EXPECT_EQ(Find("it grew in the past 2 decades", Mention::kDuration, kEn),
            "[11-29) 'the past 2 decades' P20Y DE\n");
}

TEST(Extract, QuartersAndSeasons) {
  EXPECT_EQ(Find("sales in the third quarter of 2016 rose", Mention::kDate, kEn),
            "[9-34) 'the third quarter of 2016' (2016-07,2016-09)\n");
  EXPECT_EQ(Find("ventes de l'été 2016", Mention::kDate),
            "[10-22) 'l'été 2016' (2016-06,2016-08)\n");
  EXPECT_EQ(Find("il a été 2016 fois", Mention::kDate), "[11-15) '2016' 2016\n");
}

// Stretches of N units before or after publication are the range of their days ("within" and
// "in" stay durations, but in the future tense); several counts before "ago" as a date.
TEST(Extract, PeriodsFromPublication) {
  EXPECT_EQ(Find("sales over the next 3 days", Mention::kDate, kEn),
            "[6-26) 'over the next 3 days' (,)\n");
  EXPECT_EQ(Find("les ventes des 3 dernières années", Mention::kDate),
            "[15-35) '3 dernières années' (,)\n");
  EXPECT_EQ(Find("it fell within 5 years", Mention::kDuration, kEn),
            "[8-22) 'within 5 years' P5Y Y\n");
  EXPECT_EQ(Find("it rose in the past month", Mention::kDuration, kEn),
            "[11-25) 'the past month' P1M M\n");
  // "last month" stays the calendar month before publication.
  EXPECT_EQ(Find("it rose last month", Mention::kDuration, kEn), "");
  EXPECT_EQ(Find("i went back 1 month 21 days ago", Mention::kDate, kEn),
            "[12-31) '1 month 21 days ago' \n");
  EXPECT_EQ(Find("back 2 weeks from now", Mention::kDate, kEn), "[5-21) '2 weeks from now' \n");
  EXPECT_EQ(Find("sales, previous 3 weeks", Mention::kDate, kEn),
            "[7-23) 'previous 3 weeks' (,)\n");
}

// English "in N units", "within N units" count from publication, a date, in a clause in the
// future tense (docs/semantics.md, "Dates"); otherwise, after a superlative, or counted from
// another day, they stay what they measure.
TEST(Extract, InUnitsInTheFutureTenseIsADate) {
  EXPECT_EQ(Find("The plant will open in two years.", Mention::kDate, kEn),
            "[20-32) 'in two years' \n");
  EXPECT_EQ(Find("they'll be back within 5 days", Mention::kDate, kEn),
            "[16-29) 'within 5 days' (,)\n");
  EXPECT_EQ(Find("Shares hit their lowest level in 10 years.", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("It will be the biggest drop in 10 years.", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("It will be done within 5 days of the attack.", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("Prices rose. The fund will say in 3 weeks", Mention::kDate, kEn),
            "[31-41) 'in 3 weeks' \n");
  EXPECT_EQ(Find("We will see. Prices rose in 3 weeks", Mention::kDate, kEn), "");
}

// A count of units before or after a day is that day; a stretch ("the 2 weeks before", "for 10
// days from") stays a duration beside its date.
TEST(Extract, UnitsFromADayAreADate) {
  EXPECT_EQ(Find("It happened 2 weeks before May 13 1999.", Mention::kDate, kEn),
            "[12-38) '2 weeks before May 13 1999' 1999-04-29\n");
  EXPECT_EQ(Find("Il est parti trois jours après le 12 janvier 2025.", Mention::kDate),
            "[13-50) 'trois jours après le 12 janvier 2025' 2025-01-15\n");
  EXPECT_EQ(Find("Sales fell in the 2 weeks before May 13 1999.", Mention::kDuration, kEn),
            "[18-25) '2 weeks' P2W W\n");
  EXPECT_EQ(Find("We stay for 10 days from 18 December 2024", Mention::kDuration, kEn),
            "[12-19) '10 days' P10D D\n");
}

// "in" and a year after a date without its year: its year, where the year ends the phrase.
TEST(Extract, InAYearAfterADate) {
  EXPECT_EQ(Find("I will go back to China on 28 june in 2020.", Mention::kDate, kEn),
            "[27-42) '28 june in 2020' 2020-06-28\n");
  EXPECT_EQ(Find("It cost 5 June in 2020 dollars", Mention::kDate, kEn).substr(0, 14),
            "[8-14) '5 June");
}

// A part of the current period named without its article, as French does: "by end of year".
TEST(Extract, PartOfAPeriodWithoutItsArticle) {
  EXPECT_EQ(Find("The deal should close by end of year.", Mention::kDate, kEn),
            "[22-36) 'by end of year' \n");
  EXPECT_EQ(Find("at the beginning of month", Mention::kDate, kEn),
            "[3-25) 'the beginning of month' \n");
}

// A range takes its opener in («du», "from", «entre»), an article before a day in figures on
// either side, and French ordinal days («15e»).
TEST(Extract, RangesOfDaysWithTheirOpener) {
  EXPECT_EQ(Find("la hausse du 13 au 15 juillet", Mention::kDate),
            "[10-29) 'du 13 au 15 juillet' (XXXX-07-13,XXXX-07-15)\n");
  EXPECT_EQ(Find("entre le 13 et le 15 juillet", Mention::kDate),
            "[0-28) 'entre le 13 et le 15 juillet' (XXXX-07-13,XXXX-07-15)\n");
  EXPECT_EQ(Find("du 13e au 15 juillet", Mention::kDate),
            "[0-20) 'du 13e au 15 juillet' (XXXX-07-13,XXXX-07-15)\n");
  EXPECT_EQ(Find("from the 13th to the 15th of July", Mention::kDate, kEn),
            "[0-33) 'from the 13th to the 15th of July' (XXXX-07-13,XXXX-07-15)\n");
  EXPECT_EQ(Find("du pain et du vin", Mention::kDate), "");
}

// A holiday named in several words, with no figure, month or weekday in it, is found.
TEST(Extract, HolidaysOfSeveralWordsWithoutAFigure) {
  EXPECT_EQ(Find("Rendez-vous à la fête du travail", Mention::kDate),
            "[18-34) 'fête du travail' XXXX-05-01\n");
  EXPECT_EQ(Find("pour la fête des pères", Mention::kDate), "[8-24) 'fête des pères' XXXX-06\n");
  EXPECT_EQ(Find("le travail des pères", Mention::kDate), "");
}

// The current year or month up to publication: the period of a figure "down 20% year to date".
TEST(Extract, YearToDate) {
  EXPECT_EQ(Find("shares are down 20% year to date", Mention::kDate, kEn),
            "[20-32) 'year to date' (,)\n");
  EXPECT_EQ(Find("down 20% YTD", Mention::kDate, kEn), "[9-12) 'YTD' (,)\n");
  EXPECT_EQ(Find("so far this year, sales rose", Mention::kDate, kEn),
            "[0-16) 'so far this year' (,)\n");
  EXPECT_EQ(Find("so far so good", Mention::kDate, kEn), "");
}

// A decade in words after "the": a year in words ending on a ten, its last word plural.
TEST(Extract, DecadesInWords) {
  EXPECT_EQ(Find("in the nineteen seventies", Mention::kDate, kEn),
            "[3-25) 'the nineteen seventies' (1970,1979)\n");
  EXPECT_EQ(Find("the two thousand and tens", Mention::kDate, kEn),
            "[0-25) 'the two thousand and tens' (2010,2019)\n");
  EXPECT_EQ(Find("In the noughties", Mention::kDate, kEn), "[3-16) 'the noughties' (2000,2009)\n");
  EXPECT_EQ(Find("the two thousand people", Mention::kDate, kEn), "");
}

// A half of a month, with its rank and its article.
TEST(Extract, HalvesOfAMonth) {
  EXPECT_EQ(Find("livré dans la première quinzaine d'avril", Mention::kDate),
            "[12-42) 'la première quinzaine d'avril' (XXXX-04-01,XXXX-04-15)\n");
  EXPECT_EQ(Find("in the second half of March 2024", Mention::kDate, kEn),
            "[3-32) 'the second half of March 2024' (2024-03-16,2024-03)\n");
  EXPECT_EQ(Find("pour la première fois", Mention::kDate), "");
}

// Quarters added to a whole count, before or after the unit; "of" before the unit of a fraction.
TEST(Extract, DurationsInQuarters) {
  EXPECT_EQ(Find("it took one and three quarters of hours", Mention::kDuration, kEn),
            "[8-39) 'one and three quarters of hours' PT1.75H H\n");
  EXPECT_EQ(Find("it took 2 hours and a quarter", Mention::kDuration, kEn),
            "[8-29) '2 hours and a quarter' PT2.25H H\n");
  EXPECT_EQ(Find("une heure et quart", Mention::kDuration),
            "[0-18) 'une heure et quart' PT1.25H H\n");
  // Minutes left unnamed after whole hours, only where the count ends the phrase.
  EXPECT_EQ(Find("it took 1 hour thirty", Mention::kDuration, kEn),
            "[8-21) '1 hour thirty' PT1H30M MIN\n");
  EXPECT_EQ(Find("it took 2 hours 10 people", Mention::kDuration, kEn),
            "[8-15) '2 hours' PT2H H\n");
  // After the unit, quarters of something else are not the duration's.
  EXPECT_EQ(Find("in 2 years and three quarters of the staff", Mention::kDuration, kEn),
            "[0-10) 'in 2 years' P2Y Y\n");
}

// A fraction in digits before a unit; "more", "extra", "fewer" between a count and its unit;
// quarters and halves of a year as units (English "quarters" only after digits, never before
// "of").
TEST(Extract, DurationsInFractionsMoreAndQuarters) {
  EXPECT_EQ(Find("the vote lasted 1/2 hour", Mention::kDuration, kEn),
            "[16-24) '1/2 hour' PT0.5H H\n");
  EXPECT_EQ(Find("le vote a duré 3/4 heure", Mention::kDuration),
            "[16-25) '3/4 heure' PT0.75H H\n");
  // A fraction above one is no share of the unit ("4/22" is a date).
  EXPECT_EQ(Find("the talks resume 4/22 day one", Mention::kDuration, kEn), "");
  EXPECT_EQ(Find("the board wants three extra weeks", Mention::kDuration, kEn),
            "[16-33) 'three extra weeks' P3W W\n");
  EXPECT_EQ(Find("it needs 2 fewer days", Mention::kDuration, kEn),
            "[9-21) '2 fewer days' P2D D\n");
  EXPECT_EQ(Find("more days", Mention::kDuration, kEn), "");
  EXPECT_EQ(Find("la baisse a duré trois trimestres", Mention::kDuration),
            "[18-34) 'trois trimestres' P9M M\n");
  EXPECT_EQ(Find("deux semestres de hausse", Mention::kDuration),
            "[0-14) 'deux semestres' P12M M\n");
  EXPECT_EQ(Find("profits fell for 3 quarters", Mention::kDuration, kEn),
            "[17-27) '3 quarters' P9M M\n");
  EXPECT_EQ(Find("three quarters of the staff left", Mention::kDuration, kEn), "");
  EXPECT_EQ(Find("3 quarters of the staff left", Mention::kDuration, kEn), "");
}

// A quarter near publication is the years that may hold it; with "of" or a year after it, the
// last quarter is the fourth.
TEST(Extract, QuartersNearPublication) {
  EXPECT_EQ(Find("profits rose last quarter", Mention::kDate, kEn), "[13-25) 'last quarter' (,)\n");
  EXPECT_EQ(Find("growth this qtr is slow", Mention::kDate, kEn), "[7-15) 'this qtr' \n");
  EXPECT_EQ(Find("les ventes du trimestre dernier", Mention::kDate), "");
  EXPECT_EQ(Find("ventes, le trimestre prochain", Mention::kDate),
            "[8-29) 'le trimestre prochain' (,)\n");
  EXPECT_EQ(Find("la croissance ce trimestre", Mention::kDate), "[14-26) 'ce trimestre' \n");
  EXPECT_EQ(Find("au dernier trimestre 2023, les ventes", Mention::kDate),
            "[3-25) 'dernier trimestre 2023' (2023-10,2023-12)\n");
  // A stretch of quarters from publication, in digits or in words; a share stays a share.
  EXPECT_EQ(Find("over the past three quarters, sales rose", Mention::kDate, kEn),
            "[0-28) 'over the past three quarters' (,)\n");
  EXPECT_EQ(Find("les ventes des 2 derniers trimestres", Mention::kDate),
            "[15-36) '2 derniers trimestres' (,)\n");
  EXPECT_EQ(Find("the past three quarters of the year", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("in the last quarter of 2021", Mention::kDate, kEn),
            "[3-27) 'the last quarter of 2021' (2021-10,2021-12)\n");
}

// A day by its rank in a month or a year; an English weekday's abbreviation set off before a
// month and its day; two digits after a month that cannot be a day are its year.
TEST(Extract, RankedDaysAbbreviatedWeekdaysAndYearsAfterMonths) {
  EXPECT_EQ(Find("the fund closed on the last day of June 2019", Mention::kDate, kEn),
            "[19-44) 'the last day of June 2019' 2019-06-30\n");
  EXPECT_EQ(Find("it began on the second day of may", Mention::kDate, kEn),
            "[12-33) 'the second day of may' XXXX-05-02\n");
  EXPECT_EQ(Find("le fonds a fermé le dernier jour de 2018", Mention::kDate),
            "[21-41) 'dernier jour de 2018' 2018-12-31\n");
  EXPECT_EQ(Find("il est parti le premier jour d'août", Mention::kDate),
            "[16-36) 'premier jour d'août' XXXX-08-01\n");
  EXPECT_EQ(Find("le dernier jour de son mandat", Mention::kDate), "");
  EXPECT_EQ(Find("the first day of school", Mention::kDate, kEn), "");
  EXPECT_EQ(Find("Thu, April 9, the vote", Mention::kDate, kEn),
            "[0-12) 'Thu, April 9' XXXX-04-09\n");
  EXPECT_EQ(Find("he sat May 5 feet away", Mention::kDate, kEn), "[7-12) 'May 5' XXXX-05-05\n");
  EXPECT_EQ(Find("in June 87, the plant shut", Mention::kDate, kEn), "[3-10) 'June 87' 1987-06\n");
  EXPECT_EQ(Find("en mars 68, les étudiants", Mention::kDate), "[3-10) 'mars 68' 1968-03\n");
  EXPECT_EQ(Find("en mars 68 étudiants", Mention::kDate), "");
}

// A year after a word is still a year; "et" joins two dates only after "entre".
TEST(Extract, YearsAfterWordsAndPairs) {
  EXPECT_EQ(Find("Après ChatGPT, fin 2022, la Chine", Mention::kDate), "[16-24) 'fin 2022' 2022\n");
  EXPECT_EQ(Find("en 2023 et 2024. Vous", Mention::kDate),
            "[3-7) '2023' 2023\n[11-15) '2024' 2024\n");
  EXPECT_EQ(Find("entre 2019 et 2020, rien", Mention::kDate),
            "[0-18) 'entre 2019 et 2020' (2019,2020)\n");
  EXPECT_EQ(Find("fin 139 chercheurs", Mention::kDate), "");
}

// Any ISO 4217 code in capitals, with "M" for millions; dollars named by their prefix.
TEST(Extract, AnyIsoCodeAndPrefixedDollars) {
  EXPECT_EQ(Find("un budget de 40 MCHF", Mention::kCurrency), "[13-20) '40 MCHF' 40000000 CHF\n");
  EXPECT_EQ(Find("paid 120 SEK", Mention::kCurrency, kEn), "[5-12) '120 SEK' 120 SEK\n");
  EXPECT_EQ(Find("a fee of R$ 25", Mention::kCurrency, kEn), "[9-14) 'R$ 25' 25 BRL\n");
  EXPECT_EQ(Find("a fee of C$ 30", Mention::kCurrency, kEn), "[9-14) 'C$ 30' 30 CAD\n");
  EXPECT_EQ(Find("fee: NOK 75", Mention::kCurrency, kEn), "[5-11) 'NOK 75' 75 NOK\n");
  // A code that spells a word is a currency after a figure only, even in capitals.
  EXPECT_EQ(Find("TOP 10 picks", Mention::kCurrency, kEn), "");
  // In lower case the same letters are a word.
  EXPECT_EQ(Find("won 3 all", Mention::kCurrency, kEn), "");
}

TEST(Extract, MinorUnitsInWords) {
  EXPECT_EQ(Find("dix-sept euros et trente-deux cents", Mention::kCurrency),
            "[0-35) 'dix-sept euros et trente-deux cents' 17.32 EUR\n");
  // After "dollars et", "cinq cents" is five coins: an amount's hundreds come before its unit.
  EXPECT_EQ(Find("treize dollars et cinq cents", Mention::kCurrency),
            "[0-28) 'treize dollars et cinq cents' 13.05 USD\n");
  EXPECT_EQ(Find("thirteen dollars, forty-five cents", Mention::kCurrency, kEn),
            "[0-34) 'thirteen dollars, forty-five cents' 13.45 USD\n");
  EXPECT_EQ(Find("one pound sterling and one penny", Mention::kCurrency, kEn),
            "[0-32) 'one pound sterling and one penny' 1.01 GBP\n");
  EXPECT_EQ(Find("nine euro and one cent", Mention::kCurrency, kEn),
            "[0-22) 'nine euro and one cent' 9.01 EUR\n");
  // After a comma the coin must be named: "$5, 50" is a list.
  EXPECT_EQ(Find("five dollars, fifty more", Mention::kCurrency, kEn),
            "[0-12) 'five dollars' 5 USD\n");
}

// Scales in words with num2words' commas and decimals; ranks read as no figure, whole.
TEST(Extract, ScalesInWordsCommasDecimalsAndRanks) {
  EXPECT_EQ(Find("five million, nine hundred and one thousand, three hundred and one point nine",
                 Mention::kNumber, kEn),
            "[0-77) 'five million, nine hundred and one thousand, three hundred and one point "
            "nine' 5901301.9\n");
  EXPECT_EQ(Find("six million point five", Mention::kNumber, kEn),
            "[0-22) 'six million point five' 6000000.5\n");
  EXPECT_EQ(Find("sept millions virgule un", Mention::kNumber),
            "[0-24) 'sept millions virgule un' 7000000.1\n");
  EXPECT_EQ(Find("2 million, 300 in 2020", Mention::kNumber, kEn),
            "[0-9) '2 million' 2000000\n[11-14) '300' 300\n[18-22) '2020' 2020\n");
  EXPECT_EQ(
      Find("four million, fifteen thousand, two hundred and thirty-sixth", Mention::kNumber, kEn),
      "");
  EXPECT_EQ(Find("six millions cent quatre-vingt-un millième", Mention::kNumber), "");
}

TEST(Extract, ListOfNumbersIsNoDecimal) {
  EXPECT_EQ(Find("rooms 31,33,35,37", Mention::kNumber, kEn),
            "[6-8) '31' 31\n[9-11) '33' 33\n[12-14) '35' 35\n[15-17) '37' 37\n");
  EXPECT_EQ(Find("host 10.20.3.4", Mention::kNumber, kEn),
            "[5-7) '10' 10\n[8-10) '20' 20\n[11-12) '3' 3\n[13-14) '4' 4\n");
}

TEST(Extract, ArticleBeforeAScaleWord) {
  EXPECT_EQ(Find("a dozen eggs", Mention::kNumber, kEn), "[0-7) 'a dozen' 12\n");
  EXPECT_EQ(Find("moins 40", Mention::kNumber), "[0-8) 'moins 40' -40\n");
}

TEST(Extract, HalfAScaleJoinedByHyphen) {
  EXPECT_EQ(Find("un demi-milliard", Mention::kNumber), "[0-16) 'un demi-milliard' 500000000\n");
}

}  // namespace
}  // namespace crosscheck::extract

// Everyday hedges (docs/semantics.md, "Hedges") stay with their figure: the elided "de" and an
// intensity word before a direction were dropped before ("plus de 300", "un milliard").
namespace crosscheck::extract {
namespace {

TEST(Extract, EverydayHedgesStayWithTheFigure) {
  EXPECT_EQ(Find("DeepSeek emploie un peu plus de 300 chercheurs.", Mention::kNumber),
            "[17-35) 'un peu plus de 300' 300 hedge 'un peu plus de'\n");
  EXPECT_EQ(Find("a coûté plus d'un milliard d'euros", Mention::kCurrency),
            "[10-36) 'plus d'un milliard d'euros' 1000000000 EUR hedge 'plus de'\n");
  EXPECT_EQ(Find("It hired well over 300 people.", Mention::kNumber, kEn),
            "[9-22) 'well over 300' 300 hedge 'well over'\n");
  EXPECT_EQ(Find("It hired just under 300 people.", Mention::kNumber, kEn),
            "[9-23) 'just under 300' 300 hedge 'just under'\n");
}

}  // namespace
}  // namespace crosscheck::extract
