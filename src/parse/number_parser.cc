#include "parse/number_parser.h"

#include <fmt/format.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "parse/number_words.h"

namespace crosscheck::parse {
namespace {

struct FractionWord {
  std::string_view words;
  int numerator;
  int denominator;
};

constexpr std::array kFractions = {
    FractionWord{"la moitié", 1, 2},     FractionWord{"un demi", 1, 2},
    FractionWord{"un tiers", 1, 3},      FractionWord{"un quart", 1, 4},
    FractionWord{"un cinquième", 1, 5},  FractionWord{"un dixième", 1, 10},
    FractionWord{"un centième", 1, 100}, FractionWord{"half", 1, 2},
    FractionWord{"a half", 1, 2},        FractionWord{"one half", 1, 2},
    FractionWord{"a third", 1, 3},       FractionWord{"one third", 1, 3},
    FractionWord{"a quarter", 1, 4},     FractionWord{"a fifth", 1, 5},
    FractionWord{"a tenth", 1, 10},      FractionWord{"one tenth", 1, 10},
    FractionWord{"deux tiers", 2, 3},    FractionWord{"two thirds", 2, 3},
    FractionWord{"trois quarts", 3, 4},  FractionWord{"three quarters", 3, 4},
};

struct VulgarFraction {
  std::string_view glyph;
  int numerator;
  int denominator;
};

constexpr std::array kVulgarFractions = {
    VulgarFraction{"½", 1, 2}, VulgarFraction{"⅓", 1, 3}, VulgarFraction{"⅔", 2, 3},
    VulgarFraction{"¼", 1, 4}, VulgarFraction{"¾", 3, 4}, VulgarFraction{"⅕", 1, 5},
    VulgarFraction{"⅖", 2, 5}, VulgarFraction{"⅗", 3, 5}, VulgarFraction{"⅘", 4, 5},
    VulgarFraction{"⅙", 1, 6}, VulgarFraction{"⅚", 5, 6}, VulgarFraction{"⅐", 1, 7},
    VulgarFraction{"⅛", 1, 8}, VulgarFraction{"⅜", 3, 8}, VulgarFraction{"⅝", 5, 8},
    VulgarFraction{"⅞", 7, 8}, VulgarFraction{"⅑", 1, 9}, VulgarFraction{"⅒", 1, 10},
};

const VulgarFraction* VulgarFractionAt(std::string_view text) {
  for (const auto& v : kVulgarFractions) {
    if (text.starts_with(v.glyph)) return &v;
  }
  return nullptr;
}

size_t DigitRun(std::string_view s, size_t i) {
  size_t n = 0;
  while (i + n < s.size() && IsAsciiDigit(s[i + n])) ++n;
  return n;
}

// No figure is written longer than this with its separators: in running text, a longer chain
// ("1,2,3,4,...") would otherwise be read again from each of its digits.
constexpr size_t kLongestFigure = 64;

// The raw figure: digits with ',', '.' and single spaces between groups of three digits.
std::string_view ScanDigits(std::string_view s, size_t start) {
  size_t i = start + DigitRun(s, start);
  while (i < s.size() && i - start < kLongestFigure) {
    char c = s[i];
    size_t run = DigitRun(s, i + 1);
    if ((c == ',' || c == '.') && run > 0) {
      i += 1 + run;
    } else if (c == ' ' && run == 3 && !IsAsciiDigit(s.size() > i + 4 ? s[i + 4] : ' ')) {
      i += 4;  // "10 000": a space followed by exactly three digits
    } else {
      break;
    }
  }
  return s.substr(start, i - start);
}

// 10^k, from a table built once for the exponents figures in digits usually need: GMP powers
// cost an allocation and a loop each, and every figure needs one or two.
Rational TenTo(int k) {
  constexpr int kReach = static_cast<int>(kLongestFigure);
  static const std::array<Rational, 2 * kLongestFigure + 1> kPowers = [] {
    std::array<Rational, 2 * kLongestFigure + 1> p;
    for (int i = 0; i < static_cast<int>(p.size()); ++i) {
      p[static_cast<size_t>(i)] = PowerOfTen(i - kReach);
    }
    return p;
  }();
  if (k < -kReach || k > kReach) return PowerOfTen(k);
  const int index = k + kReach;  // in [0, 2 * kReach]
  return kPowers[static_cast<size_t>(index)];
}

// The exact value of `digits` (ASCII digits only) divided by 10^decimals: from a machine word
// when it fits (nearly every figure in an article), through GMP's string reader otherwise.
Rational DigitsValue(std::string_view digits, size_t decimals) {
  Rational value;
  if (digits.size() <= 19) {  // below 10^19 < 2^64
    uint64_t n = 0;
    for (char c : digits) n = n * 10 + static_cast<uint64_t>(c - '0');
    mpz_set_ui(value.get_num_mpz_t(), n);
  } else {
    value = Rational(mpz_class(std::string(digits), 10));
  }
  if (decimals > 0) value /= TenTo(static_cast<int>(decimals));
  return value;
}

// "10 000,5", "2,048", "1.234.567": which separator is decimal (by count, position and
// language) and whether the groups between thousands separators have three digits. Reads the
// raw bytes in place: it runs on every figure of an article.
Result<NumberLiteral> ReadDigits(std::string_view raw, Language lang) {
  size_t commas = 0, points = 0, size = 0;    // size: without the spaces
  size_t first_sep = std::string_view::npos;  // in bytes without spaces, like `size`
  char last_sep = 0;
  for (char c : raw) {
    if (c == ' ') continue;
    if (c == ',' || c == '.') {
      if (first_sep == std::string_view::npos) first_sep = size;
      last_sep = c;
    }
    commas += c == ',';
    points += c == '.';
    ++size;
  }
  char decimal = 0;  // which separator, if any, is the decimal one
  if (commas && points) {
    decimal = last_sep;
  } else if (commas == 1 || points == 1) {
    char sep = commas ? ',' : '.';
    size_t before = first_sep;
    size_t after = size - before - 1;
    bool thousands_like = after == 3 && before <= 3 && before > 0;
    // "2,048" is English thousands, "1,2" French decimals; "1.234" French thousands, "5.6" a
    // decimal point in both.
    bool thousands = thousands_like && ((sep == ',' && lang == Language::kEnglish) ||
                                        (sep == '.' && lang == Language::kFrench));
    decimal = thousands ? '\0' : sep;
  }
  // The digits without separators, integer part then fraction; on the stack unless the run is
  // longer than any figure ("7777..." in hostile text).
  std::array<char, 2 * kLongestFigure> small;
  std::string large;
  char* buf = small.data();
  if (raw.size() > small.size()) {
    large.resize(raw.size());
    buf = large.data();
  }
  size_t len = 0, fraction = 0;
  bool in_fraction = false;
  size_t group = 0;
  bool grouped = false;
  // Groups between thousands separators have three digits ("1,234,567"), or two before the
  // last three in Indian lakh grouping ("12,34,567"): the group size the middle ones share.
  size_t middle = 0;
  for (char c : raw) {
    if (c == ' ') continue;
    if (c == decimal) {
      if (grouped && group != 3) return ParseError{fmt::format("malformed number '{}'", raw), 0};
      in_fraction = true;
    } else if (c == ',' || c == '.') {
      bool middle_ok = group == 3 || (group == 2 && c == ',' && lang == Language::kEnglish);
      if (in_fraction || (grouped && (!middle_ok || (middle != 0 && group != middle))) ||
          (!grouped && (group == 0 || group > 3))) {
        return ParseError{fmt::format("malformed number '{}'", raw), 0};
      }
      if (grouped) middle = group;
      grouped = true;
      group = 0;
    } else {
      buf[len++] = c;
      if (in_fraction) {
        ++fraction;
      } else {
        ++group;
      }
    }
  }
  if (grouped && group != 3) return ParseError{fmt::format("malformed number '{}'", raw), 0};
  if (len == 0 || len > 400) return ParseError{fmt::format("malformed number '{}'", raw), 0};
  std::string_view all(buf, len);
  Rational value = DigitsValue(all, fraction);
  Rational last = fraction == 0 ? LastDigitOfInteger(all) : TenTo(-static_cast<int>(fraction));
  return NumberLiteral{std::string(raw), std::move(value), std::move(last)};
}

}  // namespace

size_t DigitFigureLength(std::string_view text, size_t p) {
  if (p >= text.size() || !IsAsciiDigit(text[p])) return 0;
  return ScanDigits(text, p).size();
}

size_t VulgarFractionLength(std::string_view text) {
  // Every glyph starts with 0xC2 (U+00BC..U+00BE) or 0xE2 (U+2150..U+215E).
  if (text.empty() || (text[0] != '\xC2' && text[0] != '\xE2')) return 0;
  const VulgarFraction* v = VulgarFractionAt(text);
  return v ? v->glyph.size() : 0;
}

Rational LastDigitOfInteger(std::string_view digits) {
  size_t end = digits.find_last_not_of('0');
  if (end == std::string_view::npos) return 1;  // "0"
  int zeros = static_cast<int>(digits.size() - end - 1);
  size_t first = digits.find_first_not_of('0');
  size_t significant = end - first + 1;
  if (zeros == 0) return 1;
  return TenTo(significant == 1 ? zeros - 1 : zeros);
}

Language LanguageFromCode(std::string_view code) {
  return code == "en" ? Language::kEnglish : Language::kFrench;
}

std::optional<Result<NumberLiteral>> ParseNumber(Cursor& cursor, Language lang, size_t* rank_end) {
  cursor.SkipSpaces();
  std::string_view s = cursor.text();
  size_t p = cursor.pos();
  if (p < s.size() && IsAsciiDigit(s[p])) {
    std::string_view raw = ScanDigits(s, p);
    cursor.set_pos(p + raw.size());
    auto r = ReadDigits(raw, lang);
    if (!r.ok()) return Result<NumberLiteral>(ParseError{r.error().message, p});
    cursor.SkipSpaces();
    return r;
  }
  if (size_t glyph = VulgarFractionLength(cursor.Rest())) {
    const VulgarFraction* v = VulgarFractionAt(cursor.Rest());
    cursor.set_pos(p + glyph);
    return Result<NumberLiteral>(
        NumberLiteral{std::string(v->glyph), Rational(v->numerator, v->denominator), 0});
  }
  for (const auto& f : kFractions) {
    if (cursor.Accept(f.words)) {
      return Result<NumberLiteral>(
          NumberLiteral{std::string(f.words), Rational(f.numerator, f.denominator), 0});
    }
  }
  if (auto w = ReadNumberWords(cursor, lang, rank_end)) {
    cursor.SkipSpaces();
    return Result<NumberLiteral>(*w);
  }
  return std::nullopt;
}

namespace {

struct ScaleWord {
  std::string_view word;
  Rational french, english;   // "billion" differs
  bool english_only = false;  // "lac" is a lake and "mil" a thousand in French
};

// Built once: the extractor asks after every figure, and GMP powers are not free.
const std::vector<ScaleWord>& ScaleWords() {
  static const std::vector<ScaleWord> kScales = [] {
    const Rational thousand = PowerOfTen(3), million = PowerOfTen(6), milliard = PowerOfTen(9);
    return std::vector<ScaleWord>{
        {"milliards", milliard, milliard},
        {"milliard", milliard, milliard},
        {"millions", million, million},
        {"million", million, million},
        {"billiards", PowerOfTen(15), PowerOfTen(15)},
        {"billiard", PowerOfTen(15), PowerOfTen(15)},
        {"billions", PowerOfTen(12), milliard},
        {"billion", PowerOfTen(12), milliard},
        {"trillions", PowerOfTen(18), PowerOfTen(12)},
        {"trillion", PowerOfTen(18), PowerOfTen(12)},
        {"thousand", thousand, thousand},
        {"hundred", 100, 100},
        {"lakhs", PowerOfTen(5), PowerOfTen(5)},
        {"lakh", PowerOfTen(5), PowerOfTen(5)},
        {"crores", PowerOfTen(7), PowerOfTen(7)},
        {"crore", PowerOfTen(7), PowerOfTen(7)},
        // Indian English writes the lakh and the crore many ways: "lac", "lkh", "krore",
        // "koti", "cr". Not "l" (litres) nor "kr" (crowns before a figure, "Kr 50").
        {"lkhs", PowerOfTen(5), PowerOfTen(5), true},
        {"lkh", PowerOfTen(5), PowerOfTen(5), true},
        {"lacs", PowerOfTen(5), PowerOfTen(5), true},
        {"lac", PowerOfTen(5), PowerOfTen(5), true},
        {"krores", PowerOfTen(7), PowerOfTen(7), true},
        {"krore", PowerOfTen(7), PowerOfTen(7), true},
        {"koti", PowerOfTen(7), PowerOfTen(7), true},
        {"cr", PowerOfTen(7), PowerOfTen(7), true},
        // The press's abbreviations of the scales, in both languages unless the letters mean
        // something else in one: "mln", "mio" (Swiss and German-language press: "7 Mio CHF"),
        // "bln", "tln"; English "mil" ("2mil SEK"; French "mil" is a thousand in old dates),
        // "tn" and "trn" ("$3tn").
        {"bln", milliard, milliard},
        {"tln", PowerOfTen(12), PowerOfTen(12)},
        {"mln", million, million},
        {"mio", million, million},
        {"mil", million, million, true},
        {"trn", PowerOfTen(12), PowerOfTen(12), true},
        {"tn", PowerOfTen(12), PowerOfTen(12), true},
        {"douzaines", 12, 12},
        {"douzaine", 12, 12},
        {"dozens", 12, 12},
        {"dozen", 12, 12},
        {"dozs", 12, 12},
        {"doz", 12, 12},
        {"dzs", 12, 12},
        {"dz", 12, 12},
        {"mille", thousand, thousand},
        {"mds", milliard, milliard},
        {"mrd", milliard, milliard},
        {"md", milliard, milliard},
        {"bn", milliard, milliard},
        {"mn", million, million},
        {"k", thousand, thousand},
        {"m", million, million},
    };
  }();
  return kScales;
}

}  // namespace

std::optional<Rational> ParseScale(Cursor& cursor, Language lang, std::string* word) {
  static const FirstBytes kFirst(ScaleWords(), [](const ScaleWord& s) { return s.word; });
  if (!kFirst.MayStartAt(cursor)) return std::nullopt;
  for (const auto& s : ScaleWords()) {
    if (s.english_only && lang != Language::kEnglish) continue;
    if (cursor.Accept(s.word)) {
      if (word) *word = std::string(s.word);
      return lang == Language::kFrench ? s.french : s.english;
    }
  }
  return std::nullopt;
}

}  // namespace crosscheck::parse
