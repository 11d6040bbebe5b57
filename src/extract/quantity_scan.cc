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
  const mpz_class& whole = read.get_num();
  if (whole % 100 != 0) return std::nullopt;
  return Rational(read / 100);
}

// "3 dollars 50 cents", "15 dollars et 15", "17 USD 25", "c $ 100 and fifty", "thirteen
// dollars, forty-five cents", "treize dollars et cinq cents": the hundredths of a whole amount
// in its main unit; none when the figure after it is counted in something else. After a comma
// the coin must be named ("$5, 50 cents"): else the comma sets off the next item of a list.
std::optional<Rational> ReadSubunits(const FoldedText& t, parse::Cursor& c, parse::Language lang,
                                     std::string_view code) {
  // Hundredths unless ISO gives the currency other minor digits (a dinar has 1,000 fils).
  Rational minor = PowerOfTen(MinorUnitDigits(code));
  if (minor == 1) return std::nullopt;
  size_t save = c.pos();
  bool comma = false, joined = false;
  if (lang == parse::Language::kEnglish && c.Rest().starts_with(", ")) {
    c.set_pos(c.pos() + 2);
    comma = true;
  } else {
    joined = !c.AcceptAny({"and", "et"}).empty();
  }
  size_t at = c.pos();
  auto n = parse::ParseNumber(c, lang);
  std::string_view s = c.text();
  if (lang == parse::Language::kFrench && n && n->ok()) {
    if (auto coins = FrenchUnitCents(c, at, n->value().value)) return *coins / minor;
  }
  bool plain = n && n->ok() && n->value().value.get_den() == 1 && n->value().value > 0 &&
               n->value().value < minor && n->value().text.find_first_of(",.") == std::string::npos;
  bool glued = plain && at < s.size() && parse::IsAsciiDigit(s[at]) && c.pos() < s.size() &&
               parse::IsWordByte(s[TrimmedPos(c)]);
  if (glued) {
    // "$20 and 43c": the coin's initial or word glued to its count; any other word glued to
    // it is a unit ("15 dollars 50m").
    c.set_pos(TrimmedPos(c));
    CurrencyRead unit = c.Accept("c") ? CurrencyRead{"cent", 0} : AcceptCurrency(c);
    if (IsSubunit(unit.code)) return n->value().value / minor;
    plain = false;
  }
  if (plain) {
    size_t after = c.pos();
    CurrencyRead unit = AcceptCurrency(c);
    // "3 couronnes et 2 pesos": a figure in another currency is an amount of its own.
    if (unit.code.empty()) unit = AcceptCurrencyCore(t, c, false);
    if (unit.code.empty()) unit = AcceptIsoCode(t, c, true);
    // "and one cent": the coin in the singular, which is no currency before a figure ("cent
    // huit" is 108).
    if (unit.code.empty() && c.Accept("cent")) unit = {"cent", 0};
    // Coins in words with nothing to join them are named ("1015 francs une part": "une" is
    // the article of what follows).
    bool words = at < s.size() && !parse::IsAsciiDigit(s[at]);
    if (unit.code.empty() && !comma && (joined || !words)) {
      c.set_pos(after);
      bool counted = AcceptPercentWord(c) || ReadDuration(c, lang).has_value();
      c.set_pos(after);
      if (!counted) return n->value().value / minor;
    } else if (IsSubunit(unit.code)) {
      return n->value().value / minor;
    }
  }
  c.set_pos(save);
  return std::nullopt;
}

// Scales written as capitals after a figure in digits, glued or after one space, where the
// lower-case letters mean something else: "G" the SI giga ("1,674.5 G", "10G"; not after a
// whole number below ten: "5G" and "4G" are mobile networks; "g" is grams), "MM" the finance
// million ("$2.3MM", "2.3MM USD"; "mm" is millimetres), and "B" and "T" for billions and
// trillions after a currency sign or code ("$5B", "€1.2T"; "flat 5B" and "5T" are no amounts).
// `k` and `M` are parse::ParseScale's. Sets `factor`; returns the end of the letters, 0 if none.
size_t CapitalScaleEnd(const FoldedText& t, size_t begin, size_t end, const Rational& value,
                       bool after_currency, Rational* factor) {
  struct CapitalScale {
    std::string_view letters;
    int power;
    bool needs_currency;
  };
  static constexpr CapitalScale kScales[] = {
      {"MM", 6, false}, {"G", 9, false}, {"B", 9, true}, {"T", 12, true}};
  std::string_view s = t.text();
  bool digits =
      parse::IsAsciiDigit(s[begin]) || s[begin] == '.' || s[begin] == ',' || s[begin] == '-';
  if (!digits) return 0;
  size_t at = end < s.size() && s[end] == ' ' ? end + 1 : end;
  for (const auto& scale : kScales) {
    size_t e = at + scale.letters.size();
    if (e > s.size() || (e < s.size() && parse::IsWordByte(s[e]))) continue;
    bool same = true;
    for (size_t k = 0; k < scale.letters.size() && same; ++k) {
      same = t.original()[t.Original(at + k)] == scale.letters[k] &&
             s[at + k] == scale.letters[k] - 'A' + 'a';
    }
    if (!same || (scale.needs_currency && !after_currency)) continue;
    if (scale.letters == "G" && value.get_den() == 1 && value < 10 && value > -10) continue;
    *factor = PowerOfTen(scale.power);
    return e;
  }
  return 0;
}

// "10 c": the cent's initial after a count in digits, in lower case ("10 C" is Celsius),
// ending the clause or followed by a space ("10 c)" and "10 c." are a list's letters), with the
// cursor past it.
bool CentInitialAt(const FoldedText& t, parse::Cursor& c) {
  std::string_view s = t.text();
  size_t p = c.pos(), figure_end = TrimmedPos(c);
  // Set off by a space: glued, "10c" is as often a section or a temperature.
  if (p >= s.size() || s[p] != 'c' || figure_end == 0 || figure_end == p ||
      !parse::IsAsciiDigit(s[figure_end - 1])) {
    return false;
  }
  if (t.original()[t.Original(p)] != 'c') return false;
  size_t e = p + 1;
  if (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ';') return false;
  c.set_pos(e);
  return true;
}

// "forty-five (45)", "45 (forty five)": a figure restated in brackets, the same value in
// digits or in words, is one figure. The end of the closing bracket, 0 when there is none.
size_t RestatedEnd(parse::Cursor& c, size_t end, const Rational& value, parse::Language lang) {
  std::string_view s = c.text();
  size_t open = end;
  while (open < s.size() && s[open] == ' ') ++open;
  if (open >= s.size() || s[open] != '(') return 0;
  size_t save = c.pos();
  c.set_pos(open + 1);
  auto inner = ReadFigure(c, lang);
  size_t close = inner ? inner->end : 0;
  while (close < s.size() && s[close] == ' ') ++close;
  bool same = inner && inner->value == value && close < s.size() && s[close] == ')';
  bool digits_once = inner && parse::IsAsciiDigit(s[inner->begin]) !=
                                  parse::IsAsciiDigit(s[end - 1]);  // one in words
  c.set_pos(save);
  return same && digits_once ? close + 1 : 0;
}

// "a dollar", "an euro": the English article counts one of the currency named by a word
// after it, when no figure follows ("a US$4.7 billion" is 4.7 billion). Not a word that is
// also a weight, a wish or an animal ("a pound of", "a yen for", "a buck"). Returns the end
// of the amount, 0 when there is none. (French "un euro" is the number word "un".)
size_t ArticleAmount(const FoldedText& t, size_t p, parse::Language lang, CurrencyRead* unit) {
  if (lang != parse::Language::kEnglish) return 0;
  parse::Cursor c(t.text());
  c.set_pos(p);
  if (c.AcceptAny({"an", "a"}).empty()) return 0;
  size_t at = c.pos();
  *unit = AcceptCurrency(c);
  if (unit->code.empty()) *unit = AcceptCurrencyCore(t, c, false);
  size_t end = TrimmedPos(c);
  std::string_view word = std::string_view(t.text()).substr(at, end - at);
  if (unit->code.empty() || unit->exponent != 0 || word.empty() ||
      !std::ranges::all_of(word, [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == ' '; })) {
    return 0;
  }
  for (std::string_view other : {"pound", "yen", "buck"}) {
    if (word == other) return 0;
  }
  c.SkipSpaces();
  if (parse::IsAsciiDigit(c.Peek())) return 0;
  size_t figure_at = c.pos();
  if (ReadFigure(c, lang)) return 0;
  c.set_pos(figure_at);
  return end;
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
  if (prefix_currency.code.empty()) prefix_currency = AcceptLocalSymbol(t, c);
  if (prefix_currency.code.empty()) prefix_currency = AcceptCurrencyCore(t, c, true);
  // "percent of 10", "percents of twenty", «pourcentage de vingt»: the percent word in any of
  // its forms, then "of" / «de».
  bool prefix_percent = false;
  if (prefix_currency.code.empty() && c.Peek() != '%') {
    size_t before_word = c.pos();
    prefix_percent = AcceptPercentWord(c) && c.AcceptDe();
    if (!prefix_percent) c.set_pos(before_word);
  }
  size_t rank_end = 0;
  auto figure = ReadFigure(c, lang, &rank_end);
  if (!figure && prefix_currency.code.empty() && !prefix_percent) {
    CurrencyRead unit;
    if (size_t end = ArticleAmount(t, value_begin, lang, &unit)) {
      Mention m = MakeMention(t, Mention::kCurrency, p, value_begin, end);
      m.value = "1";
      m.unit = unit.code == kAmbiguousCurrency ? "" : std::string(unit.code);
      if (hedge != Hedge::kNone) m.hedge = std::move(hedge_words);
      out->push_back(std::move(m));
      return end;
    }
  }
  // No figure starts inside a rank ("un millième" of "quatre-vingt-un millième").
  if (!figure) return std::max(p + 1, rank_end);
  std::string_view s = t.text();
  Rational capital_factor;
  if (size_t e = CapitalScaleEnd(t, figure->begin, figure->end, figure->value,
                                 !prefix_currency.code.empty(), &capital_factor)) {
    figure->value *= capital_factor;
    figure->end = e;
    c.set_pos(e);
    c.SkipSpaces();
  }
  if (size_t e = RestatedEnd(c, figure->end, figure->value, lang)) {
    figure->end = e;
    c.set_pos(e);
    c.SkipSpaces();
  }
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
      // "1,5 Mrd. EUR", "3 bn. USD": an abbreviated scale's period, when a currency follows it
      // (else the period ends the sentence and is left out, as below).
      if (c.Peek() == '.' && figure->end == c.pos() && s[figure->end - 1] >= 'a' &&
          s[figure->end - 1] <= 'z') {
        c.set_pos(c.pos() + 1);
        c.SkipSpaces();
      }
      c.AcceptDe();
      currency = AcceptCurrency(c);
      if (currency.code.empty()) currency = AcceptIsoCode(t, c, true);
      if (currency.code.empty()) currency = AcceptLocalSymbol(t, c);
      if (currency.code.empty()) currency = AcceptCurrencyCore(t, c, false);
      // "10 cent": English writes the coin in the singular after its count too.
      if (currency.code.empty() && lang == parse::Language::kEnglish && c.Accept("cent")) {
        currency = {"cent", 0};
      }
      if (currency.code.empty() && lang == parse::Language::kEnglish && CentInitialAt(t, c)) {
        currency = {"cent", 0};
      }
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
  // Coins follow an amount written to its units, not one in millions ("3 MAUD and 5 MGBP" is
  // two amounts), whether a scale word or the currency's "M" says so.
  std::string_view written = s.substr(figure->begin, figure->end - figure->begin);
  bool scaled = currency.exponent != 0 ||
                (parse::IsAsciiDigit(written.front()) &&
                 std::ranges::any_of(written, [](char ch) { return ch >= 'a' && ch <= 'z'; }));
  if (!percent && !IsSubunit(currency.code) && amount.get_den() == 1 && !scaled) {
    c.set_pos(end);
    if (auto hundredths = ReadSubunits(t, c, lang, currency.code)) {
      amount += *hundredths;
      end = TrimmedPos(c);
    }
  }
  Mention m = MakeMention(t, percent ? Mention::kPercent : Mention::kCurrency, p, value_begin, end);
  m.value = FormatDecimal(amount);
  m.unit = percent ? "%" : currency.code == kAmbiguousCurrency ? "" : std::string(currency.code);
  if (hedge != Hedge::kNone) m.hedge = std::move(hedge_words);
  out->push_back(std::move(m));
  return std::max(resume, end);
}

}  // namespace crosscheck::extract::detail
