#pragma once

// Internal to the extract module: the readers Extract tries at each start and what they share.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/rational.h"
#include "extract/folded_text.h"
#include "extract/mention.h"
#include "parse/cursor.h"
#include "parse/language.h"

namespace crosscheck::extract::detail {

// A mention over folded offsets [begin, end), its figure starting at value_begin.
Mention MakeMention(const FoldedText& text, Mention::Kind kind, size_t begin, size_t value_begin,
                    size_t end);

// "10000", "0.5", "0.333333333333333": exact when the decimal terminates.
std::string FormatDecimal(const Rational& value);

// The end of what the cursor has read, without the spaces Accept skips after a word and a
// comma it looked past.
size_t TrimmedPos(const parse::Cursor& c);

// A currency named at the cursor: its ISO code ("USD"; "cent" and "penny" for subunits) and
// the power of ten its name implies ("MEUR": 6). An empty code when none stands there.
struct CurrencyRead {
  std::string_view code;
  int exponent = 0;
};
CurrencyRead AcceptCurrency(parse::Cursor& c);
// The code of money whose currency its name leaves open ("10 dinars", "ten riyals": several
// currencies share the word). The mention's unit is then empty: a reader abstains on it.
inline constexpr std::string_view kAmbiguousCurrency = "?";
// The core word of a currency's name, alone or after its country ("ringgit", "malaysia
// ringgits", "shekels"; currency_names.cc). Before a figure only a word one currency owns.
CurrencyRead AcceptCurrencyCore(const FoldedText& t, parse::Cursor& c, bool before_figure);
// A currency's local sign from ICU's locale data, in the original's case, before or after the
// figure and glued to it or not ("RM42", "42 RM", "₴5").
CurrencyRead AcceptLocalSymbol(const FoldedText& t, parse::Cursor& c);
// The words that may open those names and signs, for the trigger table; of them, the core
// words, which count one after an article ("a shekel").
std::vector<std::string> CurrencyNameOpeners();
std::vector<std::string> CurrencyCoreWords();
// "USD115", "Rs20": a currency word of the built-in list glued to the figure that follows it.
CurrencyRead AcceptGluedCode(parse::Cursor& c);
// "SEK 120", "3 MGBP": any ISO 4217 code (scripts/gen-iso4217.py), with an "M" before it for
// millions. Only in capitals in the original text: in lower case "all", "top" and "mad" are
// words; and a code that is a word in capitals too ("ALL 5 solutions") only after a figure.
CurrencyRead AcceptIsoCode(const FoldedText& t, parse::Cursor& c, bool after_figure);
// The ISO 4217 codes in capitals, sorted by code.
struct IsoCode {
  std::string_view code;
  bool is_word;  // also an English or French word ("ALL", "TOP")
};
std::span<const IsoCode> IsoCurrencyCodes();
bool IsSubunit(std::string_view code);
// The digits of a currency's minor unit (ISO 4217, through ICU): 2 for most, 3 for the dinars
// of Kuwait or Bahrain, 0 for the yen; 2 when the currency is not known.
int MinorUnitDigits(std::string_view code);

// A figure with its sign and scale, read by ReadFigure: "-1.1^23", "4 thousand 3 hundred and
// 21", "1 over 3", "two thirds of a million", ".08".
struct Figure {
  Rational value;
  size_t begin = 0, end = 0;  // folded offsets of the figure and its scale
};
// The figure at the cursor; a malformed one ("192.168.1.2") falls back to its leading digits.
// Words that end in an ordinal ("vingt et unième") are no figure: `*rank_end` is where they end.
std::optional<Figure> ReadFigure(parse::Cursor& c, parse::Language lang,
                                 size_t* rank_end = nullptr);

// The number, percentage or amount starting at folded offset `p` (with its number mention as
// well), appended to `out`; returns the offset to resume from (p + 1 when there is none).
size_t QuantityAt(const FoldedText& text, size_t p, parse::Language lang,
                  std::vector<Mention>* out);

// The date (when `flags` has kDate), duration or age (kSpan) starting at `p`, likewise.
size_t TimeAt(const FoldedText& text, size_t p, uint8_t flags, parse::Language lang,
              std::vector<Mention>* out);

// A duration at the cursor: "[hedge] deux mois", "3h", "1 year 1 month", "une demi-heure",
// "toute la semaine". On success the cursor is past it (spaces skipped).
struct DurationRead {
  std::string value;   // ISO 8601: "P2M", "PT3H", "P1Y1M"; "" for a vague count
  std::string unit;    // the last unit: "Y", "M", "W", "D", "H", "MIN", "S"
  std::string amount;  // the count of the first unit: "2", "0.5"
};
std::optional<DurationRead> ReadDuration(parse::Cursor& c, parse::Language lang);

}  // namespace crosscheck::extract::detail
