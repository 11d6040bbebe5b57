#include "parse/holiday_words.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace crosscheck::parse {
namespace {

using Kind = HolidayRule::Kind;

struct Named {
  std::string_view words;
  HolidayRule rule;
};

constexpr HolidayRule Fixed(int month, int day) { return {Kind::kFixed, month, day, 0, 0, 0}; }
constexpr HolidayRule Easter(int shift) { return {Kind::kFromEaster, 0, 0, 0, 0, shift}; }
constexpr HolidayRule Orthodox(int shift) { return {Kind::kFromOrthodoxEaster, 0, 0, 0, 0, shift}; }
constexpr HolidayRule Ranked(int month, int weekday, int rank, int shift = 0) {
  return {Kind::kRankedWeekday, month, 0, weekday, rank, shift};
}

// Longer phrases before the phrases they start with ("easter monday" before "easter"). English
// holidays of a country are the United States' ones, as English dates are read month first
// without a region (docs/semantics.md). Words that are also common nouns or names alone
// ("ascension", "trinity", "lent") need the word that makes them a day.
constexpr std::array kHolidays = {
    // Counted from Easter (the Gregorian computus; Orthodox feasts from the Julian one).
    Named{"orthodox easter sunday", Orthodox(0)},
    Named{"orthodox easter monday", Orthodox(1)},
    Named{"orthodox easter", Orthodox(0)},
    Named{"orthodox good friday", Orthodox(-2)},
    Named{"orthodox great friday", Orthodox(-2)},
    Named{"orthodox holy saturday", Orthodox(-1)},
    Named{"orthodox palm sunday", Orthodox(-7)},
    Named{"orthodox pentecost", Orthodox(49)},
    Named{"pâques orthodoxe", Orthodox(0)},
    Named{"paques orthodoxe", Orthodox(0)},
    Named{"clean monday", Orthodox(-48)},
    Named{"lazarus saturday", Orthodox(-8)},
    Named{"easter sunday", Easter(0)},
    Named{"easter day", Easter(0)},
    Named{"easter monday", Easter(1)},
    Named{"easter mon", Easter(1)},
    Named{"easter", Easter(0)},
    Named{"dimanche de pâques", Easter(0)},
    Named{"dimanche de paques", Easter(0)},
    Named{"lundi de pâques", Easter(1)},
    Named{"lundi de paques", Easter(1)},
    Named{"pâques", Easter(0)},
    Named{"paques", Easter(0)},
    Named{"good friday", Easter(-2)},
    Named{"vendredi saint", Easter(-2)},
    Named{"holy saturday", Easter(-1)},
    Named{"samedi saint", Easter(-1)},
    Named{"maundy thursday", Easter(-3)},
    Named{"holy thursday", Easter(-3)},
    Named{"jeudi saint", Easter(-3)},
    Named{"palm sunday", Easter(-7)},
    Named{"dimanche des rameaux", Easter(-7)},
    Named{"ash wednesday", Easter(-46)},
    Named{"mercredi des cendres", Easter(-46)},
    Named{"shrove tuesday", Easter(-47)},
    Named{"pancake day", Easter(-47)},
    Named{"mardi gras", Easter(-47)},
    Named{"ascension day", Easter(39)},
    Named{"jeudi de l'ascension", Easter(39)},
    Named{"l'ascension", Easter(39)},
    Named{"whit sunday", Easter(49)},
    Named{"whitsunday", Easter(49)},
    Named{"pentecost sunday", Easter(49)},
    Named{"pentecost", Easter(49)},
    Named{"dimanche de pentecôte", Easter(49)},
    Named{"dimanche de pentecote", Easter(49)},
    Named{"lundi de pentecôte", Easter(50)},
    Named{"lundi de pentecote", Easter(50)},
    Named{"la pentecôte", Easter(49)},
    Named{"la pentecote", Easter(49)},
    Named{"pentecôte", Easter(49)},
    Named{"pentecote", Easter(49)},
    Named{"whit monday", Easter(50)},
    Named{"trinity sunday", Easter(56)},
    Named{"corpus christi", Easter(60)},
    // A weekday by its rank in a month (United States holidays for English).
    Named{"thanksgiving day", Ranked(11, 3, 4)},
    Named{"thanks giving day", Ranked(11, 3, 4)},
    Named{"thanksgiving", Ranked(11, 3, 4)},
    Named{"thanks giving", Ranked(11, 3, 4)},
    Named{"black friday", Ranked(11, 3, 4, 1)},
    Named{"cyber monday", Ranked(11, 3, 4, 4)},
    Named{"martin luther king jr. day", Ranked(1, 0, 3)},
    Named{"martin luther king jr day", Ranked(1, 0, 3)},
    Named{"martin luther king's day", Ranked(1, 0, 3)},
    Named{"martin luther kings day", Ranked(1, 0, 3)},
    Named{"martin luther king day", Ranked(1, 0, 3)},
    Named{"mlk jr. day", Ranked(1, 0, 3)},
    Named{"mlk jr day", Ranked(1, 0, 3)},
    Named{"mlk day", Ranked(1, 0, 3)},
    Named{"presidents' day", Ranked(2, 0, 3)},
    Named{"presidents day", Ranked(2, 0, 3)},
    Named{"president's day", Ranked(2, 0, 3)},
    Named{"memorial day", Ranked(5, 0, -1)},
    Named{"labor day", Ranked(9, 0, 1)},
    Named{"columbus day", Ranked(10, 0, 2)},
    Named{"mother's day", Ranked(5, 6, 2)},
    Named{"mothers day", Ranked(5, 6, 2)},
    Named{"father's day", Ranked(6, 6, 3)},
    Named{"fathers day", Ranked(6, 6, 3)},
    Named{"fête des pères", Ranked(6, 6, 3)},
    Named{"fete des peres", Ranked(6, 6, 3)},
    // «la fête des mères» is the last Sunday of May (moved a week when Pentecost falls on it,
    // which this table does not say: a one-week error once in several years).
    Named{"fête des mères", Ranked(5, 6, -1)},
    Named{"fete des meres", Ranked(5, 6, -1)},
    // On a fixed day.
    Named{"christmas eve", Fixed(12, 24)},
    Named{"christmas day", Fixed(12, 25)},
    Named{"christmas", Fixed(12, 25)},
    Named{"xmas", Fixed(12, 25)},
    Named{"réveillon de noël", Fixed(12, 24)},
    Named{"reveillon de noel", Fixed(12, 24)},
    Named{"veille de noël", Fixed(12, 24)},
    Named{"veille de noel", Fixed(12, 24)},
    Named{"jour de noël", Fixed(12, 25)},
    Named{"noël", Fixed(12, 25)},
    Named{"noel", Fixed(12, 25)},
    Named{"new year's eve", Fixed(12, 31)},
    Named{"réveillon du nouvel an", Fixed(12, 31)},
    Named{"réveillon de nouvel an", Fixed(12, 31)},
    Named{"reveillon de nouvel an", Fixed(12, 31)},
    Named{"new year's day", Fixed(1, 1)},
    Named{"new year day", Fixed(1, 1)},
    Named{"new year", Fixed(1, 1)},
    Named{"nouvel an", Fixed(1, 1)},
    Named{"jour de l'an", Fixed(1, 1)},
    Named{"yuandan", Fixed(1, 1)},
    Named{"independence day", Fixed(7, 4)},
    Named{"halloween", Fixed(10, 31)},
    Named{"valentine's day", Fixed(2, 14)},
    Named{"may day", Fixed(5, 1)},
    Named{"fête du travail", Fixed(5, 1)},
    Named{"saint patrick's day", Fixed(3, 17)},
    Named{"saint patricks day", Fixed(3, 17)},
    Named{"st patrick's day", Fixed(3, 17)},
    Named{"st. patrick's day", Fixed(3, 17)},
    Named{"st patricks day", Fixed(3, 17)},
    Named{"st paddy's day", Fixed(3, 17)},
    Named{"saint paddy's day", Fixed(3, 17)},
    Named{"la saint-patrick", Fixed(3, 17)},
    Named{"earth day", Fixed(4, 22)},
    Named{"jour de la terre", Fixed(4, 22)},
    Named{"new years eve", Fixed(12, 31)},
    Named{"new years day", Fixed(1, 1)},
    Named{"valentine day", Fixed(2, 14)},
    Named{"valentines day", Fixed(2, 14)},
    Named{"la saint-valentin", Fixed(2, 14)},
    Named{"la saint valentin", Fixed(2, 14)},
    Named{"saint-valentin", Fixed(2, 14)},
    Named{"int'l workers day", Fixed(5, 1)},
    Named{"international workers' day", Fixed(5, 1)},
    Named{"international workers day", Fixed(5, 1)},
    Named{"boxing day", Fixed(12, 26)},
    Named{"veterans day", Fixed(11, 11)},
    Named{"veterans' day", Fixed(11, 11)},
    Named{"armistice day", Fixed(11, 11)},
    Named{"l'armistice", Fixed(11, 11)},
    Named{"le jour de la toussaint", Fixed(11, 1)},
    Named{"la journée de la toussaint", Fixed(11, 1)},
    Named{"jour de la toussaint", Fixed(11, 1)},
    Named{"la toussaint", Fixed(11, 1)},
    Named{"toussaint", Fixed(11, 1)},
    Named{"all saints' day", Fixed(11, 1)},
    Named{"all saints day", Fixed(11, 1)},
    Named{"le jour des morts", Fixed(11, 2)},
    Named{"jour des morts", Fixed(11, 2)},
    Named{"all souls' day", Fixed(11, 2)},
    Named{"all souls day", Fixed(11, 2)},
    Named{"l'assomption", Fixed(8, 15)},
    Named{"l'épiphanie", Fixed(1, 6)},
    Named{"l'epiphanie", Fixed(1, 6)},
    Named{"la saint-sylvestre", Fixed(12, 31)},
    Named{"la saint sylvestre", Fixed(12, 31)},
    Named{"saint-sylvestre", Fixed(12, 31)},
};

const FirstBytes& HolidayFirstBytes() {
  static const FirstBytes first(kHolidays, [](const Named& n) { return n.words; });
  return first;
}

// Western Easter Sunday of `year` (the anonymous Gregorian computus).
std::optional<DayNumber> GregorianEaster(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return DayFromCivil(year, month, day);
}

// Orthodox Easter Sunday of `year` as a Gregorian day: Meeus's Julian computus, moved by the
// days the Julian calendar lags behind in that century (13 from 1900 to 2099).
std::optional<DayNumber> OrthodoxEaster(int year) {
  int a = year % 4, b = year % 7, c = year % 19;
  int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  auto julian = DayFromCivil(year, month, day);
  if (!julian) return std::nullopt;
  return *julian + (year / 100 - year / 400 - 2);
}

int DaysInMonth(int year, int month) {
  for (int d = 31; d >= 28; --d) {
    if (DayFromCivil(year, month, d)) return d;
  }
  return 28;
}

}  // namespace

std::optional<HolidayRule> AcceptHoliday(Cursor& cursor) {
  if (!HolidayFirstBytes().MayStartAt(cursor)) return std::nullopt;
  for (const auto& h : kHolidays) {
    if (cursor.Accept(h.words)) return h.rule;
  }
  return std::nullopt;
}

std::vector<std::string_view> HolidayPhrases() {
  std::vector<std::string_view> out;
  out.reserve(std::size(kHolidays));
  for (const auto& h : kHolidays) out.push_back(h.words);
  return out;
}

std::optional<DayNumber> HolidayIn(const HolidayRule& rule, int year) {
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  std::optional<DayNumber> day;
  switch (rule.kind) {
    case Kind::kFixed:
      day = DayFromCivil(year, rule.month, rule.day);
      break;
    case Kind::kFromEaster:
      day = GregorianEaster(year);
      break;
    case Kind::kFromOrthodoxEaster:
      day = OrthodoxEaster(year);
      break;
    case Kind::kRankedWeekday: {
      auto first = DayFromCivil(year, rule.month, 1);
      if (!first) return std::nullopt;
      if (rule.rank > 0) {
        day = *first + (rule.weekday - Weekday(*first) + 7) % 7 + 7 * (rule.rank - 1);
      } else {
        DayNumber last = *first + DaysInMonth(year, rule.month) - 1;
        day = last - (Weekday(last) - rule.weekday + 7) % 7;
      }
      break;
    }
  }
  if (!day) return std::nullopt;
  return *day + rule.shift;
}

void HolidayMonths(const HolidayRule& rule, int* first_month, int* last_month) {
  // The earliest and latest day of the year the rule gives from 1900 to 2099, which reach
  // every day Easter (from March 22 to April 25) and a ranked weekday can fall on.
  int earliest = 0, latest = 0;  // month * 32 + day
  bool any = false;
  for (int year = 1900; year < 2100; ++year) {
    auto day = HolidayIn(rule, year);
    if (!day) continue;
    int y = 0, m = 0, d = 0;
    CivilFromDay(*day, &y, &m, &d);
    int key = m * 32 + d;
    if (!any || key < earliest) earliest = key;
    if (!any || key > latest) latest = key;
    any = true;
  }
  *first_month = any ? earliest / 32 : rule.month;
  *last_month = any ? latest / 32 : rule.month;
}

}  // namespace crosscheck::parse
