#include "parse/day_words.h"

#include <span>
#include <string_view>

#include "parse/number_words.h"

namespace crosscheck::parse {
namespace {

struct Word {
  std::string_view word;
  int value;
};

constexpr Word kUnitOrdinals[] = {{"first", 1},   {"second", 2}, {"third", 3},
                                  {"fourth", 4},  {"fifth", 5},  {"sixth", 6},
                                  {"seventh", 7}, {"eighth", 8}, {"ninth", 9}};
constexpr Word kTeenOrdinals[] = {{"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
                                  {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
                                  {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},
                                  {"nineteenth", 19}, {"twentieth", 20},   {"thirtieth", 30}};

std::optional<int> AcceptFrom(Cursor& c, std::span<const Word> words) {
  for (const auto& w : words) {
    if (c.Accept(w.word)) return w.value;
  }
  return std::nullopt;
}

// A whole number in words at the cursor, within [low, high], the cursor past it (spaces
// skipped) or unmoved.
std::optional<int> AcceptCardinal(Cursor& c, Language lang, int low, int high) {
  size_t start = c.pos();
  auto n = ReadNumberWords(c, lang);
  if (!n) {
    c.set_pos(start);
    return std::nullopt;
  }
  const Rational& v = n->value;
  if (v.get_den() != 1 || v < low || v > high) {
    c.set_pos(start);
    return std::nullopt;
  }
  c.SkipSpaces();
  return static_cast<int>(v.get_num().get_si());
}

}  // namespace

std::optional<int> AcceptOrdinalDayWords(Cursor& c) {
  size_t start = c.pos();
  if (auto teen = AcceptFrom(c, kTeenOrdinals)) return c.SkipSpaces(), teen;
  // "twenty-first", "twenty first", "thirty-first": a tens word, then a unit's ordinal.
  std::string_view tens = c.AcceptAny({"twenty", "thirty"});
  if (!tens.empty() && !c.AtEnd() && c.Peek() == '-') c.set_pos(c.pos() + 1);
  auto unit = AcceptFrom(c, kUnitOrdinals);
  int day = (tens == "twenty" ? 20 : tens == "thirty" ? 30 : 0) + unit.value_or(0);
  if (!unit || day > 31) {
    c.set_pos(start);
    return std::nullopt;
  }
  c.SkipSpaces();
  return day;
}

std::optional<int> AcceptDayWords(Cursor& c, Language lang) {
  if (lang == Language::kEnglish) return AcceptOrdinalDayWords(c);
  if (c.Accept("premier") || c.Accept("1er")) return c.SkipSpaces(), 1;
  return AcceptCardinal(c, lang, 1, 31);
}

std::optional<int> AcceptYearWords(Cursor& c, Language lang) {
  size_t start = c.pos();
  // "two thousand", "two thousand and eighteen", «deux mille vingt-quatre»: one cardinal.
  if (auto whole = AcceptCardinal(c, lang, 1000, 2999)) return whole;
  if (lang != Language::kEnglish) return std::nullopt;
  // "nineteen seventy eight", "nineteen zero one", "twenty twenty": hundreds, then the rest.
  auto century = AcceptCardinal(c, lang, 10, 29);
  if (!century) return std::nullopt;
  size_t after_century = c.pos();
  if (!c.AcceptAny({"zero", "oh", "o"}).empty()) {
    if (auto unit = AcceptCardinal(c, lang, 1, 9)) return *century * 100 + *unit;
    c.set_pos(after_century);
  }
  if (auto rest = AcceptCardinal(c, lang, 10, 99)) return *century * 100 + *rest;
  if (c.Accept("hundred")) return c.SkipSpaces(), *century * 100;
  c.set_pos(start);
  return std::nullopt;
}

}  // namespace crosscheck::parse
