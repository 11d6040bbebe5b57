#include "parse/quantity_parser.h"

#include <fmt/format.h>

#include "common/unicode.h"
#include "parse/cursor.h"
#include "parse/hedge_lexicon.h"
#include "parse/number_parser.h"
#include "parse/round_nouns.h"

namespace crosscheck::parse {
namespace {

const Unit* AcceptUnit(Cursor& c, const Catalogue& catalogue, std::string* words) {
  for (const auto& [word, index] : catalogue.UnitWordsLongestFirst()) {
    if (c.Accept(word)) {
      *words = word;
      return &catalogue.units()[index];
    }
  }
  return nullptr;
}

// A currency sign written before the figure: "$5.6 million", "US$ 2".
const Unit* AcceptUnitPrefix(Cursor& c, const Catalogue& catalogue, std::string* words) {
  size_t save = c.pos();
  const Unit* unit = AcceptUnit(c, catalogue, words);
  if (unit && !words->empty() && !EndsWithWordChar(*words)) return unit;
  c.set_pos(save);
  words->clear();
  return nullptr;
}

bool AcceptRangeJoin(Cursor& c) {
  if (!c.AtEnd() && c.Peek() == '-') {
    c.set_pos(c.pos() + 1);
    return true;
  }
  return !c.AcceptAny({"à", "a", "et", "to", "and"}).empty();
}

}  // namespace

Result<QuantityValue> ParseQuantity(std::string_view text, Language lang,
                                    const Catalogue& catalogue, Dimension expected) {
  std::string key = NameKey(text);
  Cursor c(key);
  QuantityValue q;
  auto fail = [&](std::string message) { return ParseError{std::move(message), c.pos()}; };

  q.hedge = AcceptHedge(c, &q.hedge_words);
  const Unit* unit = AcceptUnitPrefix(c, catalogue, &q.unit_words);

  size_t at_figure = c.pos();
  if (auto relative = AcceptRelativeFigure(c); !relative.empty()) {
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
    unit = AcceptUnit(c, catalogue, &q.unit_words);
    // "de" alone is left for the error message only when no word follows it.
    if (!unit && (!de || c.AtEnd())) c.set_pos(before_de);
  }
  if (unit && expected == Dimension::kRatio) {
    c.AcceptAny({"moins cher", "moins chère", "moins chers", "plus cher", "plus chère", "cheaper",
                 "less expensive", "more expensive"});
  }
  if (!c.AtEnd()) {
    if (!unit) return fail(fmt::format("unknown unit or currency '{}'", c.Rest()));
    return fail(fmt::format("unexpected words after the quantity: '{}'", c.Rest()));
  }
  if (unit) {
    if (unit->dimension != expected) {
      return ParseError{fmt::format("unit '{}' is {}, but the property takes {}", q.unit_words,
                                    DimensionName(unit->dimension), DimensionName(expected)),
                        0};
    }
    q.unit = unit->id;
  } else if (expected == Dimension::kMoney) {
    return ParseError{"a money amount needs a currency (dollars, euros, yuans, ...)", c.pos()};
  } else if (expected == Dimension::kPercent) {
    return ParseError{"a percentage needs '%' or 'pour cent'", c.pos()};
  }
  return q;
}

}  // namespace crosscheck::parse
