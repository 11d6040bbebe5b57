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

Result<NumberLiteral> ReadDigits(std::string_view raw, Language lang) {
  std::string compact;
  for (char c : raw) {
    if (c != ' ') compact += c;
  }
  size_t commas = 0, points = 0;
  for (char c : compact) {
    commas += c == ',';
    points += c == '.';
  }
  char decimal = 0;  // which separator, if any, is the decimal one
  if (commas && points) {
    decimal = compact.find_last_of(",.") == compact.rfind(',') ? ',' : '.';
  } else if (commas == 1 || points == 1) {
    char sep = commas ? ',' : '.';
    size_t after = compact.size() - compact.find(sep) - 1;
    size_t before = compact.find(sep);
    bool thousands_like = after == 3 && before <= 3 && before > 0;
    // "2,048" is English thousands, "1,2" French decimals; "1.234" French thousands, "5.6" a
    // decimal point in both.
    bool thousands = thousands_like && ((sep == ',' && lang == Language::kEnglish) ||
                                        (sep == '.' && lang == Language::kFrench));
    decimal = thousands ? '\0' : sep;
  }
  std::string digits, fraction;
  bool in_fraction = false;
  size_t group = 0;
  bool grouped = false;
  for (char c : compact) {
    if (c == decimal) {
      in_fraction = true;
    } else if (c == ',' || c == '.') {
      if (in_fraction || (grouped && group != 3) || (!grouped && (group == 0 || group > 3))) {
        return ParseError{fmt::format("malformed number '{}'", raw), 0};
      }
      grouped = true;
      group = 0;
    } else if (in_fraction) {
      fraction += c;
    } else {
      digits += c;
      ++group;
    }
  }
  if (grouped && group != 3) return ParseError{fmt::format("malformed number '{}'", raw), 0};
  auto value = ParseDecimal(fraction.empty() ? digits : digits + "." + fraction);
  if (!value) return ParseError{fmt::format("malformed number '{}'", raw), 0};
  Rational last = fraction.empty() ? LastDigitOfInteger(digits)
                                   : PowerOfTen(-static_cast<int>(fraction.size()));
  return NumberLiteral{std::string(raw), *value, last};
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
  return PowerOfTen(significant == 1 ? zeros - 1 : zeros);
}

Language LanguageFromCode(std::string_view code) {
  return code == "en" ? Language::kEnglish : Language::kFrench;
}

std::optional<Result<NumberLiteral>> ParseNumber(Cursor& cursor, Language lang) {
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
  if (auto w = ReadNumberWords(cursor, lang)) {
    cursor.SkipSpaces();
    return Result<NumberLiteral>(*w);
  }
  return std::nullopt;
}

namespace {

struct ScaleWord {
  std::string_view word;
  Rational french, english;  // "billion" differs
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
        {"bln", milliard, milliard},
        {"tln", PowerOfTen(12), PowerOfTen(12)},
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
    if (cursor.Accept(s.word)) {
      if (word) *word = std::string(s.word);
      return lang == Language::kFrench ? s.french : s.english;
    }
  }
  return std::nullopt;
}

}  // namespace crosscheck::parse
