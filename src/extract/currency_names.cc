// Currencies named the short way, as a grammar over ICU's data rather than a list of phrases:
// the core word of a currency's name alone or after its country ("ringgit", "malaysia
// ringgits", "ten shekels"), and the local signs of the countries that use it ("RM42", "₴5").
// A core word several currencies share ("dinars", "riyals") is money in an unknown currency.
#include <unicode/ucurr.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/unicode.h"
#include "extract/scan.h"

namespace crosscheck::extract::detail {
namespace {

std::string Utf8(const UChar* s, int32_t length) {
  std::string out;
  icu::UnicodeString(s, length).toUTF8String(out);
  return out;
}

bool IsWord(std::string_view w) {
  return !w.empty() && std::ranges::all_of(w, [](char ch) { return parse::IsWordByte(ch); }) &&
         !std::ranges::any_of(w, [](char ch) { return parse::IsAsciiDigit(ch); });
}

std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= folded.size()) {
    size_t e = folded.find(' ', i);
    if (e == std::string_view::npos) e = folded.size();
    if (e > i) out.emplace_back(folded.substr(i, e - i));
    i = e + 1;
  }
  return out;
}

// Core words that are also everyday words of English or French text ("the team won 3 games",
// "real 5%", "a mark of 10", «nouveau»), or no currency's own word (units of account, metals):
// the reader never takes them alone. With their country they are still read ("Brazilian real").
constexpr std::string_view kEverydayCores[] = {
    "real",    "reals",    "reais",   "won",      "sol",      "sols",      "soles",   "mark",
    "marks",   "rand",     "rands",   "dong",     "dongs",    "sum",       "som",     "soms",
    "lev",     "leva",     "kip",     "kips",     "pula",     "tala",      "colon",   "colons",
    "gourde",  "gourdes",  "leone",   "leones",   "lei",      "leu",       "dram",    "drams",
    "afghani", "afghanis", "cordoba", "cordobas", "balboa",   "balboas",   "guarani", "guaranis",
    "bolivar", "bolivars", "nouveau", "nouvelle", "nouveaux", "nouvelles", "unit",    "units",
    "unité",   "unités",   "rights",  "lari",     "lempira",  "loti"};

bool IsEverydayCore(std::string_view w) {
  return std::ranges::find(kEverydayCores, w) != std::end(kEverydayCores);
}

// One core word: the currencies whose English or French name it heads (English: the last word,
// "Malaysian ringgit"; French: the first, «dinar koweïtien»), and the first word of each one's
// qualifier ("malaysian", "koweïtien"), which a country's name may abbreviate ("malaysia").
struct CoreName {
  std::set<std::string_view> codes;
  std::vector<std::pair<std::string, std::string_view>> qualifiers;  // first word, code
};
using CoreIndex = std::unordered_map<std::string, CoreName>;

const CoreIndex& CoreNames() {
  static const CoreIndex kIndex = [] {
    CoreIndex index;
    auto add = [&](const UChar* name, int32_t length, std::string_view code, bool english) {
      if (!name || length <= 0) return;
      auto words = Words(FoldText(Utf8(name, length), Fold::kCaseAndPunctuation));
      if (words.empty()) return;
      std::string core = english ? words.back() : words.front();
      if (!IsWord(core) || core.size() < 3 || IsEverydayCore(core)) return;
      CoreName& entry = index[core];
      entry.codes.insert(code);
      if (words.size() > 1) {
        const std::string& qualifier = english ? words.front() : words[1];
        if (IsWord(qualifier)) entry.qualifiers.emplace_back(qualifier, code);
      }
    };
    for (const IsoCode& iso : IsoCurrencyCodes()) {
      if (iso.code[0] == 'X') continue;  // metals, units of account, test codes
      UChar code16[4];
      u_charsToUChars(iso.code.data(), code16, 3);
      code16[3] = 0;
      for (const char* locale : {"en", "fr"}) {
        bool english = locale[0] == 'e';
        UErrorCode status = U_ZERO_ERROR;
        UBool choice = false;
        int32_t length = 0;
        const UChar* name =
            ucurr_getName(code16, locale, UCURR_LONG_NAME, &choice, &length, &status);
        if (U_SUCCESS(status)) add(name, length, iso.code, english);
        for (const char* count : {"one", "other"}) {
          status = U_ZERO_ERROR;
          name = ucurr_getPluralName(code16, locale, &choice, count, &length, &status);
          if (U_SUCCESS(status)) add(name, length, iso.code, english);
        }
      }
    }
    return index;
  }();
  return kIndex;
}

// The word at `p` of folded text `s` (letters only, at most 20 bytes), or "". Asked after
// most figures: one pass, no call per byte.
std::string_view WordAt(std::string_view s, size_t p) {
  size_t e = p;
  while (e < s.size() && e - p <= 20) {
    auto ch = static_cast<unsigned char>(s[e]);
    if (ch >= '0' && ch <= '9') return {};
    if (!((ch >= 'a' && ch <= 'z') || ch >= 0x80)) break;
    ++e;
  }
  return e - p > 20 ? std::string_view{} : s.substr(p, e - p);
}

// The currency of `core` that the word before it names as its country, if exactly one.
std::string_view ByCountry(const CoreName& core, std::string_view country) {
  if (country.size() < 4) return {};
  std::set<std::string_view> named;
  for (const auto& [qualifier, code] : core.qualifiers) {
    if (qualifier.starts_with(country)) named.insert(code);
  }
  return named.size() == 1 ? *named.begin() : std::string_view{};
}

size_t PrefixKey(std::string_view w) {
  return static_cast<unsigned char>(w[0]) << 8 | static_cast<unsigned char>(w[1]);
}

// The words that may name a currency's country before its core word: each qualifier and its
// stems down to three letters shorter ("malaysian", "malaysia"; "kuwaiti", "kuwait").
std::vector<std::string> CountryStems() {
  std::set<std::string> words;
  for (const auto& [core, entry] : CoreNames()) {
    for (const auto& [qualifier, code] : entry.qualifiers) {
      for (size_t cut = 0; cut <= 3 && qualifier.size() - cut >= 4; ++cut) {
        words.insert(qualifier.substr(0, qualifier.size() - cut));
      }
    }
  }
  return {words.begin(), words.end()};
}

// The local signs of the currencies, from the symbols ICU gives each country's locale ("RM"
// in Malaysia, "₴" in Ukraine): one currency's sign only, compared in the original's case.
// Single letters and signs that are also words, units or common abbreviations ("K", "kr" of
// three currencies, "Ft" for feet, "KM", "FC", "Le") are left out: precision first.
struct LocalSymbol {
  std::string sign;    // as ICU writes it
  std::string folded;  // as the folded text has it
  std::string_view code;
};

constexpr std::string_view kAmbiguousSigns[] = {"CF", "DA", "DT", "Db", "FC",  "FG",
                                                "Ft", "KM", "LS", "Le", "MK",  "RF",
                                                "Rf", "SR", "UM", "VT", "Nu.", "Ar"};

const std::vector<LocalSymbol>& LocalSymbols() {
  static const std::vector<LocalSymbol> kSymbols = [] {
    std::map<std::string, std::set<std::string_view>> codes_of;
    std::set<std::string_view> known;
    for (const IsoCode& iso : IsoCurrencyCodes()) known.insert(iso.code);
    for (int32_t i = 0; i < uloc_countAvailable(); ++i) {
      const char* locale = uloc_getAvailable(i);
      UErrorCode status = U_ZERO_ERROR;
      UChar code16[4] = {};
      if (ucurr_forLocale(locale, code16, 4, &status) != 3 || U_FAILURE(status)) continue;
      std::string code = Utf8(code16, 3);
      auto it = known.find(code);
      if (it == known.end() || code[0] == 'X') continue;
      UBool choice = false;
      int32_t length = 0;
      const UChar* sign =
          ucurr_getName(code16, locale, UCURR_SYMBOL_NAME, &choice, &length, &status);
      if (U_SUCCESS(status) && length > 0) codes_of[Utf8(sign, length)].insert(*it);
    }
    std::vector<LocalSymbol> out;
    for (const auto& [sign, codes] : codes_of) {
      bool ascii = std::ranges::all_of(sign, [](char ch) { return (ch & 0x80) == 0; });
      bool lower = std::ranges::none_of(sign, [](char ch) { return ch >= 'A' && ch <= 'Z'; });
      if (codes.size() != 1 || sign == *codes.begin() || sign.find(' ') != std::string::npos ||
          (ascii && (sign.size() < 2 || lower)) ||
          std::ranges::find(kAmbiguousSigns, sign) != std::end(kAmbiguousSigns)) {
        continue;
      }
      std::string folded = FoldText(sign, Fold::kCaseAndPunctuation);
      if (folded.empty()) continue;
      out.push_back({sign, folded, *codes.begin()});
    }
    std::ranges::stable_sort(
        out, [](const auto& a, const auto& b) { return a.folded.size() > b.folded.size(); });
    return out;
  }();
  return kSymbols;
}

}  // namespace

CurrencyRead AcceptCurrencyCore(const FoldedText& t, parse::Cursor& c, bool before_figure) {
  size_t save = c.pos();
  c.SkipSpaces();
  std::string_view s = t.text();
  size_t p = c.pos();
  std::string_view first = WordAt(s, p);
  if (first.empty() || first.size() > 20) {
    c.set_pos(save);
    return {};
  }
  // The first two bytes of every core word and country: most words after a figure ("de",
  // "millions", "people") are ruled out without hashing them.
  static const std::vector<bool> kPrefixes = [] {
    std::vector<bool> prefixes(1 << 16);
    auto add = [&](std::string_view w) {
      if (w.size() >= 2) prefixes[PrefixKey(w)] = true;
    };
    for (const auto& [core, entry] : CoreNames()) add(core);
    for (const std::string& w : CountryStems()) add(w);
    return prefixes;
  }();
  if (first.size() < 3 || !kPrefixes[PrefixKey(first)]) {
    c.set_pos(save);
    return {};
  }
  const CoreIndex& cores = CoreNames();
  static const std::unordered_set<std::string> kCountries = [] {
    std::unordered_set<std::string> stems;
    for (const std::string& w : CountryStems()) stems.insert(w);
    return stems;
  }();
  std::string key(first);  // short: no allocation
  std::string_view code;
  size_t end = 0;
  // "malaysia ringgit", "qatar riyals": the country's name or adjective before the core word.
  if (size_t q = p + first.size(); q + 1 < s.size() && s[q] == ' ' && kCountries.contains(key)) {
    std::string_view second = WordAt(s, q + 1);
    if (auto it = cores.find(std::string(second)); it != cores.end()) {
      code = ByCountry(it->second, first);
      end = q + 1 + second.size();
    }
  }
  // "egyptianpound", "saudiriyal": the country and the core word written as one word, as some
  // write a currency's name; read only when the country names exactly one currency.
  if (code.empty() && !cores.contains(key)) {
    for (size_t k = 3; k + 3 <= key.size() && code.empty(); ++k) {
      if (!kCountries.contains(key.substr(0, k))) continue;
      if (auto it = cores.find(key.substr(k)); it != cores.end()) {
        code = ByCountry(it->second, std::string_view(key).substr(0, k));
        end = p + first.size();
      }
    }
  }
  if (code.empty()) {
    auto it = cores.find(key);
    if (it == cores.end()) {
      c.set_pos(save);
      return {};
    }
    code = it->second.codes.size() == 1 ? *it->second.codes.begin() : kAmbiguousCurrency;
    end = p + first.size();
  }
  // Before a figure a word names its currency only when it is that currency's alone.
  if (before_figure && code == kAmbiguousCurrency) {
    c.set_pos(save);
    return {};
  }
  c.set_pos(end);
  return {code, 0};
}

CurrencyRead AcceptLocalSymbol(const FoldedText& t, parse::Cursor& c) {
  size_t save = c.pos();
  c.SkipSpaces();
  std::string_view s = t.text(), original = t.original();
  size_t p = c.pos();
  if (p >= s.size()) {
    c.set_pos(save);
    return {};
  }
  static const std::array<bool, 256> kFirstBytes = [] {
    std::array<bool, 256> first{};
    for (const LocalSymbol& sym : LocalSymbols())
      first[static_cast<unsigned char>(sym.folded[0])] = true;
    return first;
  }();
  if (!kFirstBytes[static_cast<unsigned char>(s[p])]) {
    c.set_pos(save);
    return {};
  }
  for (const LocalSymbol& sym : LocalSymbols()) {
    if (sym.folded[0] != s[p] || !s.substr(p).starts_with(sym.folded)) continue;
    size_t e = p + sym.folded.size();
    // Glued to digits ("RM42") or ending at a word boundary; never inside a longer word.
    if (e < s.size() && parse::IsWordByte(s[e]) && !parse::IsAsciiDigit(s[e]) &&
        parse::IsWordByte(sym.folded.back())) {
      continue;
    }
    if (!original.substr(t.Original(p)).starts_with(sym.sign)) continue;
    c.set_pos(e);
    return {sym.code, 0};
  }
  c.set_pos(save);
  return {};
}

int MinorUnitDigits(std::string_view code) {
  if (code.size() != 3 || code == kAmbiguousCurrency) return 2;
  if (code == "EUR" || code == "USD" || code == "GBP") return 2;  // most amounts: no ICU call
  UChar code16[4];
  u_charsToUChars(std::string(code).c_str(), code16, 3);
  code16[3] = 0;
  UErrorCode status = U_ZERO_ERROR;
  int32_t digits = ucurr_getDefaultFractionDigits(code16, &status);
  return U_SUCCESS(status) && digits >= 0 && digits <= 4 ? digits : 2;
}

std::vector<std::string> CurrencyCoreWords() {
  std::vector<std::string> words;
  for (const auto& [core, entry] : CoreNames()) words.push_back(core);
  return words;
}

std::vector<std::string> CurrencyNameOpeners() {
  std::set<std::string> words;
  for (const auto& [core, entry] : CoreNames()) words.insert(core);
  for (std::string& stem : CountryStems()) words.insert(std::move(stem));
  for (const LocalSymbol& sym : LocalSymbols()) {
    std::string_view f = sym.folded;
    size_t e = 0;
    while (e < f.size() && parse::IsWordByte(f[e])) ++e;
    if (e > 0) words.emplace(f.substr(0, e));
  }
  return {words.begin(), words.end()};
}

}  // namespace crosscheck::extract::detail
