#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "extract/scan.h"
#include "parse/hedge_lexicon.h"
#include "parse/number_parser.h"

namespace crosscheck::extract::detail {
namespace {

bool AcceptPercentWord(parse::Cursor& c) {
  return !c.AcceptAny({"%", "pour cent", "pourcents", "pourcent", "pourcentages", "pourcentage",
                       "percentages", "percentage", "percents", "percent", "per cent"})
              .empty();
}

// "cinq cents" after "dollars et" is five cents, not five hundred: an amount's hundreds are
// never written after its currency. The count of coins when the figure read at `at` is a unit
// followed by the word "cent(s)", with the cursor past it.
std::optional<Rational> FrenchUnitCents(parse::Cursor& c, size_t at, const Rational& read) {
  std::string_view figure = c.text().substr(at, TrimmedPos(c) - at);
  bool cents_word = figure.ends_with(" cents") || figure.ends_with(" cent");
  if (!cents_word || read.get_den() != 1 || read > 900) return std::nullopt;
  mpz_class whole = read.get_num();
  if (whole % 100 != 0) return std::nullopt;
  return Rational(read / 100);
}

// "3 dollars 50 cents", "15 dollars et 15", "17 USD 25", "c $ 100 and fifty", "thirteen
// dollars, forty-five cents", "treize dollars et cinq cents": the hundredths of a whole amount
// in its main unit; none when the figure after it is counted in something else. After a comma
// the coin must be named ("$5, 50 cents"): else the comma sets off the next item of a list.
std::optional<Rational> ReadSubunits(parse::Cursor& c, parse::Language lang) {
  size_t save = c.pos();
  bool comma = false;
  if (lang == parse::Language::kEnglish && c.Rest().starts_with(", ")) {
    c.set_pos(c.pos() + 2);
    comma = true;
  } else {
    c.AcceptAny({"and", "et"});
  }
  size_t at = c.pos();
  auto n = parse::ParseNumber(c, lang);
  std::string_view s = c.text();
  if (lang == parse::Language::kFrench && n && n->ok()) {
    if (auto coins = FrenchUnitCents(c, at, n->value().value)) return *coins / 100;
  }
  bool plain = n && n->ok() && n->value().value.get_den() == 1 && n->value().value > 0 &&
               n->value().value < 100 && n->value().text.find_first_of(",.") == std::string::npos;
  if (plain && at < s.size() && parse::IsAsciiDigit(s[at]) && c.pos() < s.size() &&
      parse::IsWordByte(s[TrimmedPos(c)])) {
    plain = false;  // "15 dollars 50m": glued to a unit
  }
  if (plain) {
    size_t after = c.pos();
    CurrencyRead unit = AcceptCurrency(c);
    // "and one cent": the coin in the singular, which is no currency before a figure ("cent
    // huit" is 108).
    if (unit.code.empty() && c.Accept("cent")) unit = {"cent", 0};
    if (unit.code.empty() && !comma) {
      c.set_pos(after);
      bool counted = AcceptPercentWord(c) || ReadDuration(c, lang).has_value();
      c.set_pos(after);
      if (!counted) return n->value().value / 100;
    } else if (IsSubunit(unit.code)) {
      return n->value().value / 100;
    }
  }
  c.set_pos(save);
  return std::nullopt;
}

}  // namespace

size_t QuantityAt(const FoldedText& t, size_t p, parse::Language lang, std::vector<Mention>* out) {
  parse::Cursor c(t.text());
  c.set_pos(p);
  std::string hedge_words;
  Hedge hedge = parse::AcceptHedge(c, &hedge_words);
  size_t value_begin = c.pos();
  CurrencyRead prefix_currency = AcceptCurrency(c);
  if (prefix_currency.code.empty()) prefix_currency = AcceptGluedCode(c);
  if (prefix_currency.code.empty()) prefix_currency = AcceptIsoCode(t, c, false);
  bool prefix_percent =
      prefix_currency.code.empty() &&
      !c.AcceptAny({"percent of", "per cent of", "pourcentage de", "pourcent des", "pourcent de"})
           .empty();
  size_t rank_end = 0;
  auto figure = ReadFigure(c, lang, &rank_end);
  // No figure starts inside a rank ("un millième" of "quatre-vingt-un millième").
  if (!figure) return std::max(p + 1, rank_end);
  std::string_view s = t.text();
  // "the one you mentioned", "this one": a pronoun, not a count.
  if (lang == parse::Language::kEnglish &&
      s.substr(figure->begin, figure->end - figure->begin) == "one") {
    std::string before = t.TokensBefore(figure->begin, 1);
    for (std::string_view w : {"the", "this", "that", "which", "each", "every", "any"}) {
      if (before == w) return figure->end;
    }
  }
  // "180ml", "29km", "4th": a figure glued to a word that is no scale, currency or percent
  // belongs to that unit or ordinal; it is kept only if a currency or percent follows.
  bool glued = figure->end < s.size() && parse::IsWordByte(s[figure->end]) &&
               !parse::IsAsciiDigit(s[figure->end]);
  bool hedged_number = hedge != Hedge::kNone && prefix_currency.code.empty() && !prefix_percent;
  Mention number = MakeMention(t, Mention::kNumber, hedged_number ? p : figure->begin,
                               figure->begin, figure->end);
  if (hedged_number) number.hedge = hedge_words;
  number.value = FormatDecimal(figure->value);
  out->push_back(std::move(number));
  size_t number_index = out->size() - 1;
  size_t resume = figure->end;

  size_t before_suffix = c.pos();
  CurrencyRead currency = prefix_currency;
  bool percent = prefix_percent;
  Rational amount = figure->value;
  size_t end = figure->end;
  if (currency.code.empty() && !percent) {
    percent = AcceptPercentWord(c);
    size_t after = TrimmedPos(c);
    if (percent && ((figure->begin > 0 && s[figure->begin - 1] == '%') ||
                    (s[after - 1] == '%' && after < s.size() && parse::IsWordByte(s[after])))) {
      percent = false;
      c.set_pos(before_suffix);
    }
    if (!percent) {
      c.AcceptDe();
      currency = AcceptCurrency(c);
      if (currency.code.empty()) currency = AcceptIsoCode(t, c, true);
      if (currency.code.empty()) c.set_pos(before_suffix);
    }
    if (!currency.code.empty() || percent) end = TrimmedPos(c);
    // "75 USD million": the scale after the currency.
    if (!currency.code.empty()) {
      if (auto factor = parse::ParseScale(c, lang, nullptr)) {
        amount *= *factor;
        end = TrimmedPos(c);
      }
    }
  }
  if (currency.code.empty() && !percent) {
    if (glued) out->erase(out->begin() + static_cast<std::ptrdiff_t>(number_index));
    return resume;
  }
  if (currency.exponent != 0) amount *= PowerOfTen(currency.exponent);
  if (!percent && !IsSubunit(currency.code) && amount.get_den() == 1) {
    c.set_pos(end);
    if (auto hundredths = ReadSubunits(c, lang)) {
      amount += *hundredths;
      end = TrimmedPos(c);
    }
  }
  Mention m = MakeMention(t, percent ? Mention::kPercent : Mention::kCurrency, p, value_begin, end);
  m.value = FormatDecimal(amount);
  m.unit = percent ? "%" : std::string(currency.code);
  if (hedge != Hedge::kNone) m.hedge = std::move(hedge_words);
  out->push_back(std::move(m));
  return std::max(resume, end);
}

}  // namespace crosscheck::extract::detail
