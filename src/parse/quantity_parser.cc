#include "parse/quantity_parser.h"

#include <fmt/format.h>

#include "common/unicode.h"
#include "parse/cursor.h"
#include "parse/hedge_lexicon.h"
#include "parse/number_parser.h"
#include "parse/round_nouns.h"

namespace crosscheck::parse {
namespace {

// Units of the dimension the property takes are tried first, then the others: a word two units
// share after case folding ("m", "M") goes to the one the property means, and a unit of another
// dimension is still read, for the error that says so.
const Unit* AcceptUnit(Cursor& c, const Catalogue& catalogue, const Dimension& expected,
                       std::string* words) {
  const Dimension base = expected.WithoutPeriod();
  for (bool of_expected : {true, false}) {
    for (const auto& [word, index] : catalogue.UnitWordsLongestFirst()) {
      const Unit& unit = catalogue.units()[index];
      if ((unit.dimension == base) != of_expected) continue;
      if (c.Accept(word)) {
        *words = word;
        return &unit;
      }
    }
  }
  return nullptr;
}

// A currency sign written before the figure: "$5.6 million", "US$ 2".
const Unit* AcceptUnitPrefix(Cursor& c, const Catalogue& catalogue, const Dimension& expected,
                             std::string* words) {
  size_t save = c.pos();
  const Unit* unit = AcceptUnit(c, catalogue, expected, words);
  if (unit && !words->empty() && !EndsWithWordChar(*words)) return unit;
  c.set_pos(save);
  words->clear();
  return nullptr;
}

// The period of a rate, after its unit: "3 TWh par an", "25 000 visiteurs par jour", "2 million
// tonnes a year", "120 GWh/an".
RatePeriod AcceptRatePeriod(Cursor& c) {
  struct PeriodWord {
    std::string_view word;
    RatePeriod period;
  };
  static constexpr PeriodWord kWords[] = {
      {"par année", RatePeriod::kYear},
      {"par an", RatePeriod::kYear},
      {"chaque année", RatePeriod::kYear},
      {"l'an", RatePeriod::kYear},
      {"/an", RatePeriod::kYear},
      {"per year", RatePeriod::kYear},
      {"a year", RatePeriod::kYear},
      {"each year", RatePeriod::kYear},
      {"annually", RatePeriod::kYear},
      {"annuellement", RatePeriod::kYear},
      {"yearly", RatePeriod::kYear},
      {"daily", RatePeriod::kDay},
      {"quotidiennement", RatePeriod::kDay},
      {"per annum", RatePeriod::kYear},
      {"/year", RatePeriod::kYear},
      {"/yr", RatePeriod::kYear},
      {"par mois", RatePeriod::kMonth},
      {"/mois", RatePeriod::kMonth},
      {"per month", RatePeriod::kMonth},
      {"a month", RatePeriod::kMonth},
      {"/month", RatePeriod::kMonth},
      {"par semaine", RatePeriod::kWeek},
      {"/semaine", RatePeriod::kWeek},
      {"per week", RatePeriod::kWeek},
      {"a week", RatePeriod::kWeek},
      {"/week", RatePeriod::kWeek},
      {"par jour", RatePeriod::kDay},
      {"chaque jour", RatePeriod::kDay},
      {"/jour", RatePeriod::kDay},
      {"/j", RatePeriod::kDay},
      {"per day", RatePeriod::kDay},
      {"a day", RatePeriod::kDay},
      {"each day", RatePeriod::kDay},
      {"/day", RatePeriod::kDay},
  };
  for (const auto& w : kWords) {
    if (c.Accept(w.word)) return w.period;
  }
  return RatePeriod::kNone;
}

// "a quantity of energy needs a unit (Wh, kWh, MWh, ...)".
std::string NeedsUnit(const Catalogue& catalogue, const Dimension& expected) {
  std::string ids;
  int shown = 0;
  for (const auto& u : catalogue.units()) {
    if (u.dimension != expected.WithoutPeriod()) continue;
    if (shown++ == 4) {
      ids += ", ...";
      break;
    }
    ids += (ids.empty() ? "" : ", ") + u.id;
  }
  return fmt::format("a quantity of {} needs a unit ({})", expected.BaseName(), ids);
}

bool AcceptRangeJoin(Cursor& c) {
  if (!c.AtEnd() && c.Peek() == '-') {
    c.set_pos(c.pos() + 1);
    return true;
  }
  return !c.AcceptAny({"à", "a", "et", "to", "and"}).empty();
}

// A fraction written in words or as a glyph ("un tiers", "three quarters", "½"): a share.
bool IsWordFraction(const NumberLiteral& n) {
  bool digits = std::any_of(n.text.begin(), n.text.end(), [](char ch) { return IsAsciiDigit(ch); });
  return !digits && n.value > 0 && n.value < 1;
}

}  // namespace

Result<QuantityValue> ParseQuantity(std::string_view text, Language lang,
                                    const Catalogue& catalogue, const Dimension& expected) {
  std::string key = NameKey(text);
  Cursor c(key);
  QuantityValue q;
  auto fail = [&](std::string message) { return ParseError{std::move(message), c.pos()}; };

  q.hedge = AcceptHedge(c, &q.hedge_words);
  const Unit* unit = AcceptUnitPrefix(c, catalogue, expected, &q.unit_words);

  size_t at_figure = c.pos();
  // "up to a third", «la moitié» of a percentage property: the fraction is the share itself,
  // not a figure relative to another (docs/semantics.md, "Figures").
  bool share = false;
  if (expected == Dimension::kPercent) {
    Cursor probe = c;
    auto n = ParseNumber(probe, lang);
    share = n && n->ok() && IsWordFraction(n->value());
  }
  if (auto relative = share ? std::string_view() : AcceptRelativeFigure(c); !relative.empty()) {
    return ParseError{fmt::format("'{}' is stated relative to another figure, which a claim value "
                                  "cannot name: write the figure it stands for",
                                  relative),
                      at_figure};
  }

  bool range_prefix = false;
  if (auto noun = AcceptRoundNoun(c)) {
    // "une centaine", "près d'une centaine", "une bonne centaine": an outer hedge bounds the
    // noun's exact figure; an adjective is the noun's own hedge, and the two do not stack.
    if (q.hedge != Hedge::kNone && noun->hedge != Hedge::kAbout) {
      return ParseError{
          fmt::format("'{}' cannot also carry the hedge '{}'", noun->words, q.hedge_words),
          at_figure};
    }
    if (q.hedge == Hedge::kNone) {
      q.hedge = noun->hedge;
      q.hedge_words = noun->words;
    }
    q.number = std::move(noun->number);
    // "une centaine de millions d'euros": the scale after "de" is read below, as for any figure.
    size_t after_noun = c.pos();
    if (c.AcceptDe()) {
      size_t after_de = c.pos();
      c.set_pos(ParseScale(c, lang, nullptr) ? after_de : after_noun);
    }
  } else if (q.hedge == Hedge::kNone &&
             AcceptVagueAmount(c, &q.vague_low, &q.vague_high, &q.hedge_words)) {
    q.hedge = Hedge::kVague;
    q.number = {q.hedge_words, q.vague_low, 0};
  } else if (q.hedge == Hedge::kNone && c.Accept("des")) {
    // "des milliards de dollars": some number of the scale, from 2 to 999.
    size_t after_des = c.pos();
    if (!ParseScale(c, lang, &q.scale_word)) return fail("expected a figure after 'des'");
    c.set_pos(after_des);  // the scale is read below, as for any figure
    q.hedge = Hedge::kVague;
    q.hedge_words = "des";
    q.vague_low = 2;
    q.vague_high = 999;
    q.number = {"des", 2, 0};
  } else {
    range_prefix =
        q.hedge == Hedge::kNone && !c.AcceptAny({"entre", "between", "from", "de"}).empty();
    auto number = ParseNumber(c, lang);
    if (!number) {
      return fail(c.AtEnd() ? "expected a figure"
                            : fmt::format("expected a figure at '{}'", c.Rest()));
    }
    if (!number->ok()) return ParseError{number->error().message, number->error().offset};
    q.number = number->value();
  }

  std::string first_scale;
  auto first_factor = ParseScale(c, lang, &first_scale);
  std::string last_scale = first_scale;
  size_t before_join = c.pos();
  if (q.hedge != Hedge::kVague && AcceptRangeJoin(c)) {
    auto high = ParseNumber(c, lang);
    if (high && high->ok()) {
      if (q.hedge != Hedge::kNone && q.hedge != Hedge::kEmphasis) {
        return fail(fmt::format("a range cannot also carry the hedge '{}'", q.hedge_words));
      }
      q.hedge = Hedge::kRange;
      q.range_high = high->value();
    } else if (high && !high->ok()) {
      return ParseError{high->error().message, high->error().offset};
    } else {
      c.set_pos(before_join);
    }
  } else if (range_prefix) {
    return fail("expected 'à' or 'et' and the end of the range");
  }
  if (q.range_high) {
    std::string second_scale;
    auto second_factor = ParseScale(c, lang, &second_scale);
    if (second_factor) last_scale = second_scale;
    if (first_factor && second_factor && *first_factor != *second_factor) {
      // "1 million à 2 milliards": fold each scale into its figure.
      q.number.value *= *first_factor;
      q.number.last_digit *= *first_factor;
      q.range_high->value *= *second_factor;
      q.range_high->last_digit *= *second_factor;
    } else if (first_factor || second_factor) {
      q.scale = first_factor ? *first_factor : *second_factor;
      q.scale_word = first_factor ? first_scale : second_scale;
    }
  } else if (first_factor) {
    q.scale = *first_factor;
    q.scale_word = first_scale;
  }

  if (!unit) {
    size_t before_de = c.pos();
    bool de = c.AcceptDe();
    // "a 27.6-metre mast", "a 9.5-kilometre line": an English unit adjective.
    if (!de && c.Peek() == '-') c.set_pos(c.pos() + 1);
    unit = AcceptUnit(c, catalogue, expected, &q.unit_words);
    // "de" alone is left for the error message only when no word follows it.
    if (!unit && (!de || c.AtEnd())) c.set_pos(before_de);
  }
  if (!unit && !last_scale.empty() && last_scale == q.scale_word) {
    // "28 m", "45 mn": a scale letter that is also a unit of the property's dimension is the
    // unit (a length in millions has no unit to be in).
    const Unit* as_unit = catalogue.FindUnitByWord(last_scale);
    if (as_unit && as_unit->dimension == expected.WithoutPeriod()) {
      unit = as_unit;
      q.unit_words = last_scale;
      q.scale = 1;
      q.scale_word.clear();
    }
  }
  if (unit || expected.IsRate()) q.per = AcceptRatePeriod(c);
  if (unit && expected == Dimension::kRatio) {
    c.AcceptAny({"moins cher", "moins chère", "moins chers", "plus cher", "plus chère", "cheaper",
                 "less expensive", "more expensive"});
  }
  if (!c.AtEnd()) {
    if (!unit) return fail(fmt::format("unknown unit or currency '{}'", c.Rest()));
    return fail(fmt::format("unexpected words after the quantity: '{}'", c.Rest()));
  }
  if (unit) {
    Dimension stated = unit->dimension.Per(q.per);
    if (stated.WithoutPeriod() != expected.WithoutPeriod()) {
      return ParseError{fmt::format("'{}' is {}, but the property takes {}", text, stated.Name(),
                                    expected.Name()),
                        0};
    }
    q.unit = unit->id;
  } else if (expected == Dimension::kMoney) {
    return ParseError{"a money amount needs a currency (dollars, euros, yuans, ...)", c.pos()};
  } else if (expected == Dimension::kPercent && share && IsWordFraction(q.number)) {
    const Unit* percent = catalogue.FindUnitByWord("%");
    if (!percent) return ParseError{"the catalogue has no unit for '%'", c.pos()};
    q.number.value *= 100;  // the share as a percentage: "un tiers" is 100/3 %
    q.unit = percent->id;
    // A share in words is a round figure ("la moitié" of a vote counted at 48%): read as
    // "environ", [0.9X, 1.1X], unless a hedge of its own bounds it ("up to a third").
    if (q.hedge == Hedge::kNone) {
      q.hedge = Hedge::kAbout;
      q.hedge_words = q.number.text;
    }
  } else if (expected == Dimension::kPercent) {
    return ParseError{"a percentage needs '%' or 'pour cent'", c.pos()};
  } else if (expected.kind() == Dimension::kDeclared) {
    return ParseError{NeedsUnit(catalogue, expected), c.pos()};
  }
  if (q.per != expected.per()) {
    if (q.per == RatePeriod::kNone) {
      return ParseError{fmt::format("'{}' gives no period, but the property takes {}: write "
                                    "'par {}' or 'a {}'",
                                    text, expected.Name(),
                                    expected.per() == RatePeriod::kYear    ? "an"
                                    : expected.per() == RatePeriod::kMonth ? "mois"
                                    : expected.per() == RatePeriod::kWeek  ? "semaine"
                                                                           : "jour",
                                    RatePeriodName(expected.per())),
                        c.pos()};
    }
    return ParseError{
        fmt::format("'{}' is {}, but the property takes {}{}", text,
                    expected.WithoutPeriod().Per(q.per).Name(), expected.Name(),
                    expected.IsRate() ? ": rates over two periods never convert" : ", not a rate"),
        0};
  }
  return q;
}

}  // namespace crosscheck::parse
