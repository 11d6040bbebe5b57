#include "parse/round_nouns.h"

#include <array>

namespace crosscheck::parse {
namespace {

struct Noun {
  std::string_view word;
  int value;
  // "hundred" and "thousand" are number words, read as figures ("a hundred" is 100 at its
  // precision); only with an adjective ("a good hundred") are they a round noun.
  bool needs_adjective = false;
};

constexpr std::array kNouns = {
    Noun{"dizaine", 10},        Noun{"douzaine", 12},
    Noun{"quinzaine", 15},      Noun{"vingtaine", 20},
    Noun{"trentaine", 30},      Noun{"quarantaine", 40},
    Noun{"cinquantaine", 50},   Noun{"soixantaine", 60},
    Noun{"centaine", 100},      Noun{"millier", 1000},
    Noun{"dozen", 12},          Noun{"score", 20},
    Noun{"hundred", 100, true}, Noun{"thousand", 1000, true},
};

struct Adjective {
  std::string_view word;
  Hedge hedge;
};

constexpr std::array kAdjectives = {
    Adjective{"bonne", Hedge::kGoodMeasure},  Adjective{"bon", Hedge::kGoodMeasure},
    Adjective{"good", Hedge::kGoodMeasure},   Adjective{"petite", Hedge::kShortMeasure},
    Adjective{"petit", Hedge::kShortMeasure},
};

}  // namespace

std::optional<RoundNoun> AcceptRoundNoun(Cursor& cursor) {
  size_t start = cursor.pos();
  cursor.SkipSpaces();
  size_t words_begin = cursor.pos();
  if (cursor.AcceptAny({"une", "un", "an", "a"}).empty()) return std::nullopt;
  RoundNoun out;
  bool adjective = false;
  for (const auto& a : kAdjectives) {
    if (cursor.Accept(a.word)) {
      out.hedge = a.hedge;
      adjective = true;
      break;
    }
  }
  for (const auto& n : kNouns) {
    if ((adjective || !n.needs_adjective) && cursor.Accept(n.word)) {
      size_t end = cursor.pos();
      while (end > words_begin && cursor.text()[end - 1] == ' ') --end;
      out.words = std::string(cursor.text().substr(words_begin, end - words_begin));
      out.number = {std::string(n.word), n.value, 0};
      return out;
    }
  }
  cursor.set_pos(start);
  return std::nullopt;
}

std::string_view AcceptRelativeFigure(Cursor& cursor) {
  return cursor.AcceptAny({"la moitié", "le double", "le triple", "le quadruple", "moitié",
                           "double", "triple", "quadruple", "twice", "half of", "the half"});
}

}  // namespace crosscheck::parse
