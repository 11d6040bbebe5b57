#include "parse/calendar_words.h"

#include <array>

namespace crosscheck::parse {
namespace {

struct Word {
  std::string_view word;
  int value;
};

constexpr std::array kMonths = {
    Word{"janvier", 1},   Word{"février", 2},   Word{"fevrier", 2},   Word{"mars", 3},
    Word{"avril", 4},     Word{"mai", 5},       Word{"juin", 6},      Word{"juillet", 7},
    Word{"août", 8},      Word{"aout", 8},      Word{"septembre", 9}, Word{"octobre", 10},
    Word{"novembre", 11}, Word{"décembre", 12}, Word{"decembre", 12}, Word{"january", 1},
    Word{"february", 2},  Word{"march", 3},     Word{"april", 4},     Word{"may", 5},
    Word{"june", 6},      Word{"july", 7},      Word{"august", 8},    Word{"september", 9},
    Word{"october", 10},  Word{"november", 11}, Word{"december", 12}, Word{"jan.", 1},
    Word{"feb.", 2},      Word{"aug.", 8},      Word{"sept.", 9},     Word{"oct.", 10},
    Word{"nov.", 11},     Word{"dec.", 12},     Word{"déc.", 12},     Word{"janv.", 1},
    Word{"févr.", 2},     Word{"janv", 1},      Word{"févr", 2},      Word{"fevr", 2},
    Word{"fév", 2},       Word{"fev", 2},       Word{"avr", 4},       Word{"juil", 7},
    Word{"déc", 12},      Word{"jan", 1},       Word{"feb", 2},       Word{"mar", 3},
    Word{"apr", 4},       Word{"jun", 6},       Word{"jul", 7},       Word{"aug", 8},
    Word{"sept", 9},      Word{"sep", 9},       Word{"oct", 10},      Word{"nov", 11},
    Word{"dec", 12},
};

constexpr std::array kWeekdays = {
    Word{"lundi", 0},    Word{"mardi", 1},     Word{"mercredi", 2}, Word{"jeudi", 3},
    Word{"vendredi", 4}, Word{"samedi", 5},    Word{"dimanche", 6}, Word{"monday", 0},
    Word{"tuesday", 1},  Word{"wednesday", 2}, Word{"thursday", 3}, Word{"friday", 4},
    Word{"saturday", 5}, Word{"sunday", 6},
};

template <size_t N>
std::optional<int> AcceptFrom(Cursor& cursor, const std::array<Word, N>& words,
                              const FirstBytes& first) {
  if (!first.MayStartAt(cursor)) return std::nullopt;
  for (const auto& w : words) {
    if (cursor.Accept(w.word)) return w.value;
  }
  return std::nullopt;
}

}  // namespace

const auto kWordOf = [](const Word& w) { return w.word; };

std::optional<int> AcceptMonth(Cursor& cursor) {
  static const FirstBytes kFirst(kMonths, kWordOf);
  return AcceptFrom(cursor, kMonths, kFirst);
}
std::optional<int> AcceptMonthGluedToDigits(Cursor& cursor) {
  cursor.SkipSpaces();
  std::string_view rest = cursor.Rest();
  size_t letters = 0;
  while (letters < rest.size() && IsWordByte(rest[letters]) && !IsAsciiDigit(rest[letters])) {
    ++letters;
  }
  if (letters < 3 || letters >= rest.size() || !IsAsciiDigit(rest[letters])) return std::nullopt;
  Cursor name(rest.substr(0, letters));
  auto month = AcceptMonth(name);
  if (!month || !name.AtEnd()) return std::nullopt;
  cursor.set_pos(cursor.pos() + letters);
  return month;
}

std::optional<int> AcceptWeekday(Cursor& cursor) {
  static const FirstBytes kFirst(kWeekdays, kWordOf);
  return AcceptFrom(cursor, kWeekdays, kFirst);
}

std::string_view MonthNameEnglish(int month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? kNames[static_cast<size_t>(month - 1)] : "?";
}

std::string_view WeekdayNameEnglish(int weekday) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return weekday >= 0 && weekday <= 6 ? kNames[static_cast<size_t>(weekday)] : "?";
}

}  // namespace crosscheck::parse
