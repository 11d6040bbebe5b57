#include "parse/number_parser.h"

#include <fmt/format.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace crosscheck::parse {
namespace {

struct NumberWord {
  std::string_view word;
  int value;
};

// Units and tens in French and English; "cent", "mille", "hundred", "thousand" multiply.
constexpr std::array kNumberWords = {
    NumberWord{"zéro", 0},       NumberWord{"zero", 0},      NumberWord{"une", 1},
    NumberWord{"un", 1},         NumberWord{"deux", 2},      NumberWord{"trois", 3},
    NumberWord{"quatre", 4},     NumberWord{"cinq", 5},      NumberWord{"six", 6},
    NumberWord{"sept", 7},       NumberWord{"huit", 8},      NumberWord{"neuf", 9},
    NumberWord{"dix", 10},       NumberWord{"onze", 11},     NumberWord{"douze", 12},
    NumberWord{"treize", 13},    NumberWord{"quatorze", 14}, NumberWord{"quinze", 15},
    NumberWord{"seize", 16},     NumberWord{"vingts", 20},   NumberWord{"vingt", 20},
    NumberWord{"trente", 30},    NumberWord{"quarante", 40}, NumberWord{"cinquante", 50},
    NumberWord{"soixante", 60},  NumberWord{"septante", 70}, NumberWord{"huitante", 80},
    NumberWord{"octante", 80},   NumberWord{"nonante", 90},  NumberWord{"one", 1},
    NumberWord{"two", 2},        NumberWord{"three", 3},     NumberWord{"four", 4},
    NumberWord{"five", 5},       NumberWord{"six", 6},       NumberWord{"seven", 7},
    NumberWord{"eight", 8},      NumberWord{"nine", 9},      NumberWord{"ten", 10},
    NumberWord{"eleven", 11},    NumberWord{"twelve", 12},   NumberWord{"thirteen", 13},
    NumberWord{"fourteen", 14},  NumberWord{"fifteen", 15},  NumberWord{"sixteen", 16},
    NumberWord{"seventeen", 17}, NumberWord{"eighteen", 18}, NumberWord{"nineteen", 19},
    NumberWord{"twenty", 20},    NumberWord{"thirty", 30},   NumberWord{"forty", 40},
    NumberWord{"fifty", 50},     NumberWord{"sixty", 60},    NumberWord{"seventy", 70},
    NumberWord{"eighty", 80},    NumberWord{"ninety", 90},
};

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

std::optional<int> AcceptNumberWord(Cursor& c) {
  size_t save = c.pos();
  c.SkipSpaces();
  std::string_view rest = c.Rest();
  if (rest.empty()) {
    c.set_pos(save);
    return std::nullopt;
  }
  for (const auto& w : kNumberWords) {
    if (rest[0] != w.word[0] || rest.substr(0, w.word.size()) != w.word) continue;
    size_t end = c.pos() + w.word.size();
    std::string_view t = c.text();
    if (end < t.size() && IsWordByte(t[end])) continue;
    c.set_pos(end);
    return w.value;
  }
  c.set_pos(save);
  return std::nullopt;
}

constexpr long long kMaxWordNumber = 1'000'000;

// "vingt-sept", "quatre-vingt-dix-neuf", "deux cent mille", "twenty-seven", "vingt et un".
std::optional<NumberLiteral> ReadWords(Cursor& c) {
  size_t start = c.pos();
  long long total = 0, current = 0;
  bool any = false;
  // "neuf cent quatre-vingt-dix-neuf mille neuf cent ..." has a dozen words; a longer chain
  // ("un et un et un ...") is no figure, and reading it whole from each word is quadratic.
  constexpr int kMostWords = 16;
  for (int words = 0; words < kMostWords; ++words) {
    size_t before = c.pos();
    if (auto v = AcceptNumberWord(c)) {
      // "quatre-vingt": four twenties.
      if (*v == 20 && current > 0 && current < 10 && any) {
        current *= 20;
      } else {
        current += *v;
      }
      any = true;
    } else if (any && (c.Accept("cents") || c.Accept("cent") || c.Accept("hundred"))) {
      current = (current == 0 ? 1 : current) * 100;
    } else if (!any && (c.Accept("cent") || c.Accept("hundred"))) {
      current = 100;
      any = true;
    } else if (!any && (c.Accept("mille") || c.Accept("thousand"))) {
      total = 1000;  // "mille chercheurs", "mille milliards"
      any = true;
    } else if (any && (c.Accept("mille") || c.Accept("thousand"))) {
      total += (current == 0 ? 1 : current) * 1000;
      current = 0;
    } else {
      c.set_pos(before);
      break;
    }
    // Number words say at most "neuf cent quatre-vingt-dix-neuf mille ...": anything past a
    // million in words is not a figure (and "cent cent cent ..." must not overflow).
    if (current > kMaxWordNumber || total > kMaxWordNumber) {
      c.set_pos(start);
      return std::nullopt;
    }
    // Joiners between number words.
    size_t after_word = c.pos();
    std::string_view rest = c.Rest();
    if (!rest.empty() && rest[0] == '-') {
      c.set_pos(c.pos() + 1);
    } else if (c.Accept("et") || c.Accept("and")) {
      if (!AcceptNumberWord(c)) {
        c.set_pos(after_word);
        break;
      }
      c.set_pos(after_word);
      c.Accept("et") || c.Accept("and");
    }
  }
  if (!any) {
    c.set_pos(start);
    return std::nullopt;
  }
  total += current;
  std::string digits = std::to_string(total);
  std::string_view text = c.text().substr(start, c.pos() - start);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return NumberLiteral{std::string(text), Rational(mpz_class(std::to_string(total))),
                       LastDigitOfInteger(digits)};
}

}  // namespace

size_t DigitFigureLength(std::string_view text, size_t p) {
  if (p >= text.size() || !IsAsciiDigit(text[p])) return 0;
  return ScanDigits(text, p).size();
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
  for (const auto& f : kFractions) {
    if (cursor.Accept(f.words)) {
      return Result<NumberLiteral>(
          NumberLiteral{std::string(f.words), Rational(f.numerator, f.denominator), 0});
    }
  }
  if (auto w = ReadWords(cursor)) {
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
