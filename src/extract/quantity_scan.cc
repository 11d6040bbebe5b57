#include <array>
#include <string_view>

#include "extract/scan.h"
#include "parse/hedge_lexicon.h"
#include "parse/number_parser.h"

namespace crosscheck::extract::detail {
namespace {

struct CurrencyWord {
  std::string_view words;
  std::string_view code;
};

// Longer forms first: Accept takes the first that matches.
constexpr std::array kCurrencies = {
    CurrencyWord{"dollars américains", "USD"},
    CurrencyWord{"dollars us", "USD"},
    CurrencyWord{"us dollars", "USD"},
    CurrencyWord{"dollars canadiens", "CAD"},
    CurrencyWord{"dollars australiens", "AUD"},
    CurrencyWord{"australian dollars", "AUD"},
    CurrencyWord{"canadian dollars", "CAD"},
    CurrencyWord{"dollars", "USD"},
    CurrencyWord{"dollar", "USD"},
    CurrencyWord{"usd$", "USD"},
    CurrencyWord{"us$", "USD"},
    CurrencyWord{"$ usd", "USD"},
    CurrencyWord{"$us", "USD"},
    CurrencyWord{"usd", "USD"},
    CurrencyWord{"$cad", "CAD"},
    CurrencyWord{"$ cad", "CAD"},
    CurrencyWord{"cad$", "CAD"},
    CurrencyWord{"$ c", "CAD"},
    CurrencyWord{"$ hk", "HKD"},
    CurrencyWord{"u.s. $", "USD"},
    CurrencyWord{"u.s $", "USD"},
    CurrencyWord{"us $", "USD"},
    CurrencyWord{"hk $", "HKD"},
    CurrencyWord{"c $", "CAD"},
    CurrencyWord{"mark finlandais", "FIM"},
    CurrencyWord{"finnish markka", "FIM"},
    CurrencyWord{"florins hollandais", "NLG"},
    CurrencyWord{"dutch guilders", "NLG"},
    CurrencyWord{"pesetas", "ESP"},
    CurrencyWord{"turkish lira", "TRY"},
    CurrencyWord{"hk$", "HKD"},
    CurrencyWord{"mxn$", "MXN"},
    CurrencyWord{"nzd$", "NZD"},
    CurrencyWord{"$", "USD"},
    CurrencyWord{"euros", "EUR"},
    CurrencyWord{"euro", "EUR"},
    CurrencyWord{"eur", "EUR"},
    CurrencyWord{"€", "EUR"},
    CurrencyWord{"yuans", "CNY"},
    CurrencyWord{"yuan", "CNY"},
    CurrencyWord{"renminbi", "CNY"},
    CurrencyWord{"cny", "CNY"},
    CurrencyWord{"rmb", "CNY"},
    CurrencyWord{"¥", "CNY"},
    CurrencyWord{"yens", "JPY"},
    CurrencyWord{"yen", "JPY"},
    CurrencyWord{"livres sterling", "GBP"},
    CurrencyWord{"livres", "GBP"},
    CurrencyWord{"livre", "GBP"},
    CurrencyWord{"pounds sterling", "GBP"},
    CurrencyWord{"pounds", "GBP"},
    CurrencyWord{"pound", "GBP"},
    CurrencyWord{"gbp", "GBP"},
    CurrencyWord{"£", "GBP"},
    CurrencyWord{"francs suisses", "CHF"},
    CurrencyWord{"swiss francs", "CHF"},
    CurrencyWord{"chf", "CHF"},
    CurrencyWord{"francs", "FRF"},
    CurrencyWord{"cents", "cent"},
    CurrencyWord{"centimes", "cent"},
    CurrencyWord{"pence", "penny"},
    CurrencyWord{"penny", "penny"},
    CurrencyWord{"roupies", "INR"},
    CurrencyWord{"rupees", "INR"},
};

std::string_view AcceptCurrency(parse::Cursor& c) {
  static const parse::FirstBytes kFirst(kCurrencies, [](const CurrencyWord& w) { return w.words; });
  if (!kFirst.MayStartAt(c)) return {};
  for (const auto& w : kCurrencies) {
    if (c.Accept(w.words)) return w.code;
  }
  return {};
}

bool AcceptPercentWord(parse::Cursor& c) {
  return !c.AcceptAny({"%", "pour cent", "pourcents", "pourcent", "pourcentages", "pourcentage",
                       "percentages", "percentage", "percents", "percent", "per cent"})
              .empty();
}

}  // namespace

size_t QuantityAt(const FoldedText& t, size_t p, parse::Language lang, std::vector<Mention>* out) {
  parse::Cursor c(t.text());
  c.set_pos(p);
  std::string hedge_words;
  Hedge hedge = parse::AcceptHedge(c, &hedge_words);
  size_t value_begin = c.pos();
  std::string_view prefix_currency = AcceptCurrency(c);
  bool prefix_percent =
      prefix_currency.empty() &&
      !c.AcceptAny({"percent of", "per cent of", "pourcentage de", "pourcent des", "pourcent de"})
           .empty();
  auto figure = ReadFigure(c, lang);
  if (!figure) return p + 1;
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
  Mention number = MakeMention(t, Mention::kNumber, figure->begin, figure->begin, figure->end);
  if (hedge != Hedge::kNone && prefix_currency.empty() && !prefix_percent) {
    number = MakeMention(t, Mention::kNumber, p, figure->begin, figure->end);
    number.hedge = hedge_words;
  }
  number.value = FormatDecimal(figure->value);
  out->push_back(number);
  size_t number_index = out->size() - 1;
  size_t resume = figure->end;

  size_t before_suffix = c.pos();
  std::string_view currency = prefix_currency;
  bool percent = prefix_percent;
  if (currency.empty() && !percent) {
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
      if (currency.empty()) c.set_pos(before_suffix);
    }
  }
  if (currency.empty() && !percent) {
    if (glued) out->erase(out->begin() + static_cast<std::ptrdiff_t>(number_index));
    return resume;
  }
  size_t end = prefix_currency.empty() && !prefix_percent ? TrimmedPos(c) : figure->end;
  Mention m = MakeMention(t, percent ? Mention::kPercent : Mention::kCurrency, p, value_begin, end);
  m.value = number.value;
  m.unit = percent ? "%" : std::string(currency);
  if (hedge != Hedge::kNone) m.hedge = hedge_words;
  out->push_back(m);
  return std::max(resume, end);
}

}  // namespace crosscheck::extract::detail
