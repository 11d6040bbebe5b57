// The currencies money mentions name, before or after the figure ("$ 5", "5 dollars", "USD115",
// "120 MEUR"): the names ICU gives every ISO currency, then a small built-in list of symbols,
// short names and prefixed dollars, longer forms first.
#include <unicode/ucurr.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/unicode.h"
#include "extract/scan.h"

namespace crosscheck::extract::detail {
namespace {

struct CurrencyWord {
  std::string_view words;
  std::string_view code;
  int exponent = 0;  // "MEUR": millions of euros
};

// Longer forms first: Accept takes the first that matches.
constexpr std::array kCurrencies = {
    CurrencyWord{"dollars américains", "USD"},
    CurrencyWord{"dollars us", "USD"},
    CurrencyWord{"us dollars", "USD"},
    CurrencyWord{"us dollar", "USD"},
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
    // Dollars named by a prefix: "Mex$" is the Mexican peso, "R$" the real, never US dollars.
    CurrencyWord{"mex$", "MXN"},
    CurrencyWord{"mx$", "MXN"},
    CurrencyWord{"nz$", "NZD"},
    CurrencyWord{"nt$", "TWD"},
    CurrencyWord{"au$", "AUD"},
    CurrencyWord{"ca$", "CAD"},
    CurrencyWord{"a$", "AUD"},
    CurrencyWord{"c$", "CAD"},
    CurrencyWord{"r$", "BRL"},
    CurrencyWord{"s$", "SGD"},
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
    CurrencyWord{"livre sterling", "GBP"},
    CurrencyWord{"livres", "GBP"},
    CurrencyWord{"livre", "GBP"},
    CurrencyWord{"pounds sterling", "GBP"},
    CurrencyWord{"pound sterling", "GBP"},
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
    CurrencyWord{"centime", "cent"},
    CurrencyWord{"centavos", "cent"},
    CurrencyWord{"céntimos", "cent"},
    CurrencyWord{"kopeks", "cent"},
    // The hundredth's names across currencies: sen (ringgit, yen), kopiyka (hryvnia), halala
    // (riyal), satang (baht), agora (shekel), pesewa (cedi), kobo (naira), tiyin, and the sign.
    CurrencyWord{"kopiykas", "cent"},
    CurrencyWord{"kopiyky", "cent"},
    CurrencyWord{"kopiyok", "cent"},
    CurrencyWord{"kopiyka", "cent"},
    CurrencyWord{"kopecks", "cent"},
    CurrencyWord{"kopeck", "cent"},
    CurrencyWord{"kopek", "cent"},
    CurrencyWord{"halalas", "cent"},
    CurrencyWord{"halala", "cent"},
    CurrencyWord{"satang", "cent"},
    CurrencyWord{"agorot", "cent"},
    CurrencyWord{"agoras", "cent"},
    CurrencyWord{"pesewas", "cent"},
    CurrencyWord{"kobo", "cent"},
    CurrencyWord{"tiyin", "cent"},
    CurrencyWord{"sens", "cent"},
    CurrencyWord{"sen", "cent"},
    CurrencyWord{"¢", "cent"},
    CurrencyWord{"paise", "cent"},
    CurrencyWord{"paisa", "cent"},
    CurrencyWord{"pennies", "penny"},
    CurrencyWord{"pence", "penny"},
    CurrencyWord{"penny", "penny"},
    CurrencyWord{"roupies", "INR"},
    CurrencyWord{"rupees", "INR"},
    CurrencyWord{"rupee", "INR"},
    CurrencyWord{"rs.", "INR"},
    CurrencyWord{"rs", "INR"},
    CurrencyWord{"quid", "GBP"},  // British slang, singular and plural ("500 quid")
    CurrencyWord{"bucks", "USD"},
    CurrencyWord{"buck", "USD"},
    CurrencyWord{"aud$", "AUD"},
    CurrencyWord{"aud", "AUD"},
    CurrencyWord{"meur", "EUR", 6},
    CurrencyWord{"musd", "USD", 6},
    CurrencyWord{"bitcoins", "BTC"},
    CurrencyWord{"bitcoin", "BTC"},
    CurrencyWord{"btc", "BTC"},
    CurrencyWord{"₿", "BTC"},
    CurrencyWord{"元", "CNY"},
    CurrencyWord{"₾", "GEL"},
    CurrencyWord{"₭", "LAK"},
    CurrencyWord{"ரூ", "LKR"},
};
static_assert(kCurrencies.size() < 256);

// The currencies by the first byte of their words, in the list's order: the reader asks after
// every figure, and only the few words starting with the byte there can match.
using ByFirstByte = std::array<std::vector<uint8_t>, 256>;
const ByFirstByte& CurrenciesByFirstByte() {
  static const ByFirstByte kIndex = [] {
    ByFirstByte index;
    for (size_t i = 0; i < kCurrencies.size(); ++i) {
      index[static_cast<unsigned char>(kCurrencies[i].words[0])].push_back(static_cast<uint8_t>(i));
    }
    return index;
  }();
  return kIndex;
}

}  // namespace

namespace {
CurrencyRead AcceptCurrencyName(parse::Cursor& c, unsigned char first_byte);
}  // namespace

CurrencyRead AcceptCurrency(parse::Cursor& c) {
  std::string_view rest = c.Rest();
  size_t first = rest.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  // The names of every ISO currency first: «42 livres libanaises» is not in pounds sterling.
  if (CurrencyRead named = AcceptCurrencyName(c, static_cast<unsigned char>(rest[first]));
      !named.code.empty()) {
    return named;
  }
  const auto& candidates = CurrenciesByFirstByte()[static_cast<unsigned char>(rest[first])];
  for (uint8_t i : candidates) {
    if (c.Accept(kCurrencies[i].words)) return {kCurrencies[i].code, kCurrencies[i].exponent};
  }
  return {};
}

CurrencyRead AcceptGluedCode(parse::Cursor& c) {
  std::string_view rest = c.Rest();
  // "usd115", "rs20": a currency's word of two letters or more glued to the digits after it.
  size_t digit = 0;
  while (digit < rest.size() && digit < 5 && !parse::IsAsciiDigit(rest[digit])) ++digit;
  if (digit < 2 || digit > 4 || digit >= rest.size()) return {};
  for (uint8_t i : CurrenciesByFirstByte()[static_cast<unsigned char>(rest[0])]) {
    const CurrencyWord& w = kCurrencies[i];
    if (w.words.size() == digit && rest.starts_with(w.words) && !IsSubunit(w.code)) {
      c.set_pos(c.pos() + digit);
      return {w.code, w.exponent};
    }
  }
  return {};
}

namespace {
constexpr std::array kIsoCodes = {
#include "extract/iso4217_codes.inc"
};
static_assert(std::ranges::is_sorted(kIsoCodes, {}, &IsoCode::code));
}  // namespace

std::span<const IsoCode> IsoCurrencyCodes() { return kIsoCodes; }

namespace {

// The English and French names ICU's locale data gives every ISO currency, singular and plural
// ("Kuwaiti dinars", «dinars koweïtiens», "Malaysian ringgits", «livres libanaises»), folded as
// the text is. Only names of two words or more: one word ("euros", "rand") is either in the
// list above or too often an ordinary word. Longer names first, by their first byte.
struct NamedCurrency {
  std::string words;
  std::string_view code;
};
using NamesByFirstByte = std::array<std::vector<NamedCurrency>, 256>;

const NamesByFirstByte& CurrencyNames() {
  static const NamesByFirstByte kIndex = [] {
    NamesByFirstByte index;
    std::set<std::pair<std::string, std::string_view>> seen;
    auto add = [&](const UChar* name, int32_t length, std::string_view code) {
      if (!name || length <= 0) return;
      std::string utf8;
      icu::UnicodeString(name, length).toUTF8String(utf8);
      std::string folded = FoldText(utf8, Fold::kCaseAndPunctuation);
      if (folded.find(' ') == std::string::npos || !seen.emplace(folded, code).second) return;
      index[static_cast<unsigned char>(folded[0])].push_back({folded, code});
    };
    for (const IsoCode& iso : kIsoCodes) {
      UChar code16[4];
      u_charsToUChars(iso.code.data(), code16, 3);
      code16[3] = 0;
      for (const char* locale : {"en", "fr"}) {
        UErrorCode status = U_ZERO_ERROR;
        UBool choice = false;
        int32_t length = 0;
        const UChar* name =
            ucurr_getName(code16, locale, UCURR_LONG_NAME, &choice, &length, &status);
        if (U_SUCCESS(status)) add(name, length, iso.code);
        for (const char* count : {"one", "many", "other"}) {
          status = U_ZERO_ERROR;
          name = ucurr_getPluralName(code16, locale, &choice, count, &length, &status);
          if (U_SUCCESS(status)) add(name, length, iso.code);
        }
      }
    }
    for (auto& names : index) {
      std::stable_sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
        return a.words.size() > b.words.size();
      });
    }
    return index;
  }();
  return kIndex;
}

CurrencyRead AcceptCurrencyName(parse::Cursor& c, unsigned char first_byte) {
  for (const auto& named : CurrencyNames()[first_byte]) {
    if (c.Accept(named.words)) return {named.code, 0};
  }
  return {};
}

}  // namespace

CurrencyRead AcceptIsoCode(const FoldedText& t, parse::Cursor& c, bool after_figure) {
  size_t save = c.pos();
  c.SkipSpaces();
  std::string_view s = t.text(), original = t.original();
  size_t p = c.pos(), e = p;
  while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
  bool millions = e - p == 4 && s[p] == 'm';  // "MGBP": millions of pounds
  bool capitals = e - p == 3 || millions;
  for (size_t i = p; capitals && i < e; ++i) {
    char o = original[t.Original(i)];
    capitals = o >= 'A' && o <= 'Z';
  }
  if (capitals) {
    std::array<char, 3> upper;
    for (size_t i = 0; i < 3; ++i) upper[i] = static_cast<char>(s[e - 3 + i] - 'a' + 'A');
    std::string_view code(upper.data(), upper.size());
    auto it = std::ranges::lower_bound(kIsoCodes, code, {}, &IsoCode::code);
    if (it != kIsoCodes.end() && it->code == code && (after_figure || !it->is_word)) {
      c.set_pos(e);
      return {it->code, millions ? 6 : 0};
    }
  }
  c.set_pos(save);
  return {};
}

bool IsSubunit(std::string_view code) { return code == "cent" || code == "penny"; }

}  // namespace crosscheck::extract::detail
