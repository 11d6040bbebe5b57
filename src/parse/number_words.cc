#include "parse/number_words.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "parse/number_parser.h"

namespace crosscheck::parse {
namespace {

struct NumberWord {
  std::string_view word;
  int value;
};

// Units and tens in French and English; "cent", "mille", "hundred", "thousand" multiply.
constexpr std::array kNumberWords = {
    NumberWord{"zéro", 0},      NumberWord{"zero", 0},       NumberWord{"nought", 0},
    NumberWord{"naught", 0},    NumberWord{"une", 1},        NumberWord{"un", 1},
    NumberWord{"deux", 2},      NumberWord{"trois", 3},      NumberWord{"quatre", 4},
    NumberWord{"cinq", 5},      NumberWord{"six", 6},        NumberWord{"sept", 7},
    NumberWord{"huit", 8},      NumberWord{"neuf", 9},       NumberWord{"dix", 10},
    NumberWord{"onze", 11},     NumberWord{"douze", 12},     NumberWord{"treize", 13},
    NumberWord{"quatorze", 14}, NumberWord{"quinze", 15},    NumberWord{"seize", 16},
    NumberWord{"vingts", 20},   NumberWord{"vingt", 20},     NumberWord{"trente", 30},
    NumberWord{"quarante", 40}, NumberWord{"cinquante", 50}, NumberWord{"soixante", 60},
    NumberWord{"septante", 70}, NumberWord{"huitante", 80},  NumberWord{"octante", 80},
    NumberWord{"nonante", 90},  NumberWord{"one", 1},        NumberWord{"two", 2},
    NumberWord{"three", 3},     NumberWord{"four", 4},       NumberWord{"five", 5},
    NumberWord{"seven", 7},     NumberWord{"eight", 8},      NumberWord{"nine", 9},
    NumberWord{"ten", 10},      NumberWord{"eleven", 11},    NumberWord{"twelve", 12},
    NumberWord{"thirteen", 13}, NumberWord{"fourteen", 14},  NumberWord{"fifteen", 15},
    NumberWord{"sixteen", 16},  NumberWord{"seventeen", 17}, NumberWord{"eighteen", 18},
    NumberWord{"nineteen", 19}, NumberWord{"twenty", 20},    NumberWord{"thirty", 30},
    NumberWord{"forty", 40},    NumberWord{"fifty", 50},     NumberWord{"sixty", 60},
    NumberWord{"seventy", 70},  NumberWord{"eighty", 80},    NumberWord{"ninety", 90},
};

// What a fraction is divided by: "fifths", "cinquième", "hundredth". A singular form takes a
// numerator of one only ("one fifth", but "three fifths"); "tiers" and "demi" are both.
// `after_tens` forms only end a compound ordinal ("twenty-first", "vingt et unième").
struct Denominator {
  std::string_view word;
  long long value;
  bool plural;
  bool after_tens = false;
  bool hyphen_only = false;  // "twenty-second", but "twenty second" may be a duration
};

constexpr std::array kDenominators = {
    Denominator{"halves", 2, true},
    Denominator{"half", 2, false},
    Denominator{"thirds", 3, true},
    Denominator{"third", 3, false},
    Denominator{"fourths", 4, true},
    Denominator{"fourth", 4, false},
    Denominator{"quarters", 4, true},
    Denominator{"quarter", 4, false},
    Denominator{"fifths", 5, true},
    Denominator{"fifth", 5, false},
    Denominator{"sixths", 6, true},
    Denominator{"sixth", 6, false},
    Denominator{"sevenths", 7, true},
    Denominator{"seventh", 7, false},
    Denominator{"eighths", 8, true},
    Denominator{"eighth", 8, false},
    Denominator{"ninths", 9, true},
    Denominator{"ninth", 9, false},
    Denominator{"tenths", 10, true},
    Denominator{"tenth", 10, false},
    Denominator{"twelfths", 12, true},
    Denominator{"twelfth", 12, false},
    Denominator{"twentieths", 20, true},
    Denominator{"twentieth", 20, false},
    Denominator{"thirtieths", 30, true},
    Denominator{"thirtieth", 30, false},
    Denominator{"hundredths", 100, true},
    Denominator{"hundredth", 100, false},
    Denominator{"thousandths", 1000, true},
    Denominator{"thousandth", 1000, false},
    Denominator{"millionths", 1'000'000, true},
    Denominator{"millionth", 1'000'000, false},
    Denominator{"billionths", 1'000'000'000, true},
    Denominator{"billionth", 1'000'000'000, false},
    Denominator{"trillionths", 1'000'000'000'000, true},
    Denominator{"trillionth", 1'000'000'000'000, false},
    Denominator{"elevenths", 11, true},
    Denominator{"eleventh", 11, false},
    Denominator{"thirteenths", 13, true},
    Denominator{"thirteenth", 13, false},
    Denominator{"fourteenths", 14, true},
    Denominator{"fourteenth", 14, false},
    Denominator{"fifteenths", 15, true},
    Denominator{"fifteenth", 15, false},
    Denominator{"sixteenths", 16, true},
    Denominator{"sixteenth", 16, false},
    Denominator{"seventeenths", 17, true},
    Denominator{"seventeenth", 17, false},
    Denominator{"eighteenths", 18, true},
    Denominator{"eighteenth", 18, false},
    Denominator{"nineteenths", 19, true},
    Denominator{"nineteenth", 19, false},
    Denominator{"fortieths", 40, true},
    Denominator{"fortieth", 40, false},
    Denominator{"fiftieths", 50, true},
    Denominator{"fiftieth", 50, false},
    Denominator{"sixtieths", 60, true},
    Denominator{"sixtieth", 60, false},
    Denominator{"seventieths", 70, true},
    Denominator{"seventieth", 70, false},
    Denominator{"eightieths", 80, true},
    Denominator{"eightieth", 80, false},
    Denominator{"ninetieths", 90, true},
    Denominator{"ninetieth", 90, false},
    Denominator{"firsts", 1, true, true},
    Denominator{"first", 1, false, true},
    // "twenty-second", "hundred and second"; "twenty second" may be a duration.
    Denominator{"second", 2, false, true, true},
    Denominator{"demis", 2, true},
    Denominator{"demies", 2, true},
    Denominator{"demie", 2, true},
    Denominator{"demi", 2, true},
    Denominator{"tiers", 3, true},
    Denominator{"quarts", 4, true},
    Denominator{"quart", 4, false},
};

// French ordinals end in "ième" (folded text keeps accents; the suite also writes "ieme").
struct FrenchOrdinal {
  std::string_view stem;
  long long value;
  bool after_tens = false;
};

constexpr std::array kFrenchOrdinals = {
    FrenchOrdinal{"un", 1, true},
    // No fraction is a "deuxième" or a "troisième" (French says "demi", "tiers"): "un deuxième
    // mandat" is a second term, so these end compound ordinals only ("vingt-deuxième").
    FrenchOrdinal{"deux", 2, true},
    FrenchOrdinal{"trois", 3, true},
    FrenchOrdinal{"quatr", 4},
    FrenchOrdinal{"cinqu", 5},
    FrenchOrdinal{"six", 6},
    FrenchOrdinal{"sept", 7},
    FrenchOrdinal{"huit", 8},
    FrenchOrdinal{"neuv", 9},
    FrenchOrdinal{"dix", 10},
    FrenchOrdinal{"onz", 11},
    FrenchOrdinal{"douz", 12},
    FrenchOrdinal{"treiz", 13},
    FrenchOrdinal{"quatorz", 14},
    FrenchOrdinal{"quinz", 15},
    FrenchOrdinal{"seiz", 16},
    FrenchOrdinal{"vingt", 20},
    FrenchOrdinal{"trent", 30},
    FrenchOrdinal{"quarant", 40},
    FrenchOrdinal{"cinquant", 50},
    FrenchOrdinal{"soixant", 60},
    FrenchOrdinal{"septant", 70},
    FrenchOrdinal{"huitant", 80},
    FrenchOrdinal{"octant", 80},
    FrenchOrdinal{"nonant", 90},
    FrenchOrdinal{"cent", 100},
    FrenchOrdinal{"mill", 1000},
    FrenchOrdinal{"million", 1'000'000},
    FrenchOrdinal{"milliard", 1'000'000'000},
    FrenchOrdinal{"billion", 1'000'000'000'000},
};

struct DenominatorRead {
  long long value;
  bool plural;
  bool after_tens;
  bool hyphen_only;
  bool french_ordinal = false;  // an "-ième" word
};

// rest.starts_with(word), byte by byte: the words are short, and a call to memcmp per word of
// a lexicon cost more than comparing them.
bool HasPrefix(std::string_view rest, std::string_view word) {
  if (rest.size() < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (rest[k] != word[k]) return false;
  }
  return true;
}

std::optional<DenominatorRead> AcceptDenominator(Cursor& c) {
  // Asked after every figure in words: most are followed by no denominator's first byte.
  static const FirstBytes kFirst = [] {
    std::vector<std::string_view> words;
    words.reserve(std::size(kDenominators) + std::size(kFrenchOrdinals));
    for (const auto& d : kDenominators) words.push_back(d.word);
    for (const auto& o : kFrenchOrdinals) words.push_back(o.stem);
    return FirstBytes(words, [](std::string_view w) { return w; });
  }();
  if (!kFirst.MayStartAt(c)) {
    c.SkipSpaces();  // where the attempts below would have left it
    return std::nullopt;
  }
  for (const auto& d : kDenominators) {
    if (c.Accept(d.word)) return DenominatorRead{d.value, d.plural, d.after_tens, d.hyphen_only};
  }
  for (const auto& o : kFrenchOrdinals) {
    std::string_view rest = c.Rest();
    if (!HasPrefix(rest, o.stem)) continue;
    size_t save = c.pos();
    c.set_pos(save + o.stem.size());
    for (std::string_view ending : {"ièmes", "iemes", "ième", "ieme"}) {
      if (c.Accept(ending)) {
        return DenominatorRead{o.value, ending.back() == 's', o.after_tens, false, true};
      }
    }
    c.set_pos(save);
  }
  return std::nullopt;
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
    if (rest[0] != w.word[0] || !HasPrefix(rest, w.word)) continue;
    size_t end = c.pos() + w.word.size();
    std::string_view t = c.text();
    if (end < t.size() && IsWordByte(t[end])) continue;
    c.set_pos(end);
    return w.value;
  }
  c.set_pos(save);
  return std::nullopt;
}

constexpr long long kHundred = -100, kThousand = -1000;  // multipliers among the tokens

struct Token {
  long long value;  // a number word, or kHundred / kThousand
  bool after_and;   // "et" / "and" stands before it
};

bool IsTens(const Token& t) { return t.value >= 20 && t.value <= 90 && t.value % 10 == 0; }

// The value of tokens [from, to), read as French and English cardinals are built: a group
// below a thousand is [units] hundred [part below a hundred]; "mille" / "thousand" close a
// group. The part below a hundred is kept apart from the hundreds so that "quatre-vingt"
// multiplies only the unit just before it ("neuf cent quatre-vingt-dix-neuf" is 999, not 943).
long long Compose(const Token* tokens, size_t from, size_t to) {
  long long total = 0, hundreds = 0, below_hundred = 0;
  for (size_t i = from; i < to; ++i) {
    long long v = tokens[i].value;
    long long group = hundreds + below_hundred;
    if (v == kHundred) {
      hundreds = (group == 0 ? 1 : group) * 100;  // "deux cents", "nineteen hundred"
      below_hundred = 0;
    } else if (v == kThousand) {
      total += (group == 0 ? 1 : group) * 1000;
      hundreds = below_hundred = 0;
    } else if (v == 20 && i > from && below_hundred > 0 && below_hundred < 10 &&
               tokens[i - 1].value == below_hundred) {
      below_hundred *= 20;  // "quatre-vingt"
    } else {
      below_hundred += v;
    }
  }
  return total + hundreds + below_hundred;
}

// Whether a hyphen at the cursor joins a word that is no number or ordinal ("twenty-year-olds").
bool HyphenCompoundAt(Cursor& c) {
  if (c.Peek() != '-') return false;
  size_t save = c.pos();
  c.set_pos(save + 1);
  bool number = AcceptNumberWord(c).has_value();
  c.set_pos(save + 1);
  number = number || AcceptDenominator(c).has_value();  // "one thirty-second"
  c.set_pos(save);
  return !number;
}

// "one twenty two", "five fifty": English says hundreds without the word, a unit then its
// tens and unit (never French, whose "quatre vingt" the unit multiplies). Only as the whole
// cardinal: "one thirty-second" is a fraction.
bool SpokenHundreds(const Token* tokens, size_t n, Language lang) {
  if (lang != Language::kEnglish || n < 2 || n > 3) return false;
  if (tokens[0].value < 1 || tokens[0].value > 9 || !IsTens(tokens[1]) || tokens[1].after_and) {
    return false;
  }
  return n == 2 || (tokens[2].value >= 1 && tokens[2].value <= 9 && !tokens[2].after_and);
}

// French "cent" multiplies a unit ("quatre cents") or nothing: after "quarante-cinq" it is the
// coin ("quarante-cinq cents"), as no French figure says forty-five hundred.
bool UnitsOnlyBefore(const Token* tokens, size_t n) {
  size_t from = n;
  while (from > 0 && tokens[from - 1].value >= 0) --from;
  return Compose(tokens, from, n) < 10;
}

// Number words say at most "neuf cent quatre-vingt-dix-neuf mille ...": anything past a
// million in words is not a figure (and "cent cent cent ..." must not overflow).
constexpr long long kMaxWordNumber = 1'000'000;
// "neuf cent quatre-vingt-dix-neuf mille neuf cent ..." has a dozen words; a longer chain
// ("un et un et un ...") is no figure, and reading it whole from each word is quadratic.
constexpr size_t kMostWords = 16;

// Word values stay far below kMaxWordNumber and denominators below 10^13: a machine word holds
// them, and GMP's setters take them without going through text.
Rational Exact(long long v) {
  Rational r;
  mpz_set_si(r.get_num_mpz_t(), static_cast<long>(v));
  return r;
}

Rational Ratio(long long numerator, long long denominator) {
  Rational r;
  mpq_set_si(r.get_mpq_t(), static_cast<long>(numerator), static_cast<unsigned long>(denominator));
  r.canonicalize();
  return r;
}

size_t TrimmedEnd(const Cursor& c) {
  size_t p = c.pos();
  while (p > 0 && c.text()[p - 1] == ' ') --p;
  return p;
}

NumberLiteral Literal(const Cursor& c, size_t start, size_t end, Rational value) {
  std::string_view text = c.text().substr(start, end - start);
  Rational last = 0;  // fractions are exact
  if (value.get_den() == 1) {
    // Printed through a machine word when it fits (always, for words): no GMP string.
    const mpz_srcptr num = value.get_num_mpz_t();
    last = LastDigitOfInteger(mpz_fits_slong_p(num) ? std::to_string(mpz_get_si(num))
                                                    : value.get_num().get_str());
  }
  return NumberLiteral{std::string(text), std::move(value), last};
}

}  // namespace

std::optional<Rational> ReadDecimalWords(Cursor& c, Language lang) {
  size_t save = c.pos();
  if (!c.Accept(lang == Language::kEnglish ? "point" : "virgule")) return std::nullopt;
  std::string digits;
  size_t end = c.pos();
  // "1 point 1", "point 77": the decimals in digits, said as the words are.
  std::string_view t = c.text();
  if (c.pos() < t.size() && IsAsciiDigit(t[c.pos()])) {
    size_t e = c.pos();
    while (e < t.size() && IsAsciiDigit(t[e]) && e - c.pos() < 16) ++e;
    if (e < t.size() && (IsWordByte(t[e]) || t[e] == '.' || t[e] == ',')) {
      c.set_pos(save);
      return std::nullopt;
    }
    digits = std::string(t.substr(c.pos(), e - c.pos()));
    c.set_pos(e);
    Rational value(mpz_class(digits, 10), mpz_class(1));
    return Rational(value / Rational(PowerOfTen(static_cast<int>(digits.size()))));
  }
  for (int i = 0; i < 16; ++i) {
    std::optional<int> v;
    if (lang == Language::kEnglish && c.Accept("oh")) v = 0;
    if (!v) v = AcceptNumberWord(c);
    if (!v) break;
    if (*v >= 10) {
      if (!digits.empty()) break;
      // A cardinal below a hundred: "cinquante deux", "seventy-one", "quatre-vingt-dix-neuf".
      std::array<Token, 4> parts{Token{*v, false}};
      size_t n = 1;
      end = c.pos();
      while (n < parts.size()) {
        size_t before = c.pos();
        if (c.Peek() == '-') c.set_pos(c.pos() + 1);
        c.Accept("et");  // "vingt et un"
        auto w = AcceptNumberWord(c);
        if (!w || (Compose(parts.data(), 0, n) % 10 != 0 && *w != 20)) {
          c.set_pos(before);
          break;
        }
        parts[n++] = Token{*w, false};
        if (Compose(parts.data(), 0, n) >= 100) {
          --n;
          c.set_pos(before);
          break;
        }
        end = c.pos();
      }
      digits = std::to_string(Compose(parts.data(), 0, n));
      break;
    }
    digits += static_cast<char>('0' + *v);
    end = c.pos();
  }
  if (digits.empty()) {
    c.set_pos(save);
    return std::nullopt;
  }
  c.set_pos(end);
  Rational value(mpz_class(digits, 10), mpz_class(1));
  return Rational(value / Rational(PowerOfTen(static_cast<int>(digits.size()))));
}

namespace {

// The first bytes of every word a figure in words can start with: most words of an article
// are none, and ruling them out in one look spares trying each number word in turn.
const FirstBytes& NumberWordStarts() {
  static const FirstBytes kFirst = [] {
    std::vector<std::string_view> words = {"a",       "an",    "cents",   "cent",
                                           "hundred", "mille", "thousand"};
    for (const auto& w : kNumberWords) words.push_back(w.word);
    return FirstBytes(words, [](std::string_view w) { return w; });
  }();
  return kFirst;
}

}  // namespace

std::optional<NumberLiteral> ReadNumberWords(Cursor& c, Language lang, size_t* rank_end) {
  if (!NumberWordStarts().MayStartAt(c)) {
    c.SkipSpaces();  // where the attempts below would have left it
    return std::nullopt;
  }
  size_t start = c.pos();
  std::array<Token, kMostWords> tokens;
  size_t n = 0;
  // "a hundred", "a trillionth", "an eighth": the article stands for one.
  const bool started_with_article = lang == Language::kEnglish && (c.Accept("a") || c.Accept("an"));
  size_t end = c.pos();  // past the last word read
  bool after_and = false;
  // Where a comma joined a thousand to the group after it ("one thousand, two hundred"), to go
  // back there when another thousand follows: "one thousand, two thousand" is a list.
  size_t comma_n = 0, comma_end = 0;
  while (n < kMostWords) {
    size_t before = c.pos();
    if (auto v = AcceptNumberWord(c)) {
      // "three-nought-four", "zero three": a unit never follows a unit or a teen directly
      // ("dix-sept" and "twenty-one" do: ten and tens take one).
      long long prev = n > 0 ? tokens[n - 1].value : -1;
      // Nor does a tens word follow a number word of ten or more ("fifty sixty" is two figures).
      bool unit_after_unit = *v < 20 && prev >= 0 && prev < 20 && prev != 10;
      bool tens_after_tens = IsTens(Token{*v, false}) && prev >= 10;
      // English has no "quatre-vingt": a tens word right after a unit is only the spoken
      // hundreds of a whole figure ("one twenty two", SpokenHundreds), never before a hyphen
      // ("two twenty-year-olds") nor after a hundred ("one hundred two twenty" is two figures).
      bool english_tens_after_unit = lang == Language::kEnglish && IsTens(Token{*v, false}) &&
                                     prev >= 1 && prev <= 9 && (n != 1 || HyphenCompoundAt(c));
      if (!after_and && (unit_after_unit || tens_after_tens || english_tens_after_unit)) {
        c.set_pos(before);
        break;
      }
      tokens[n++] = {*v, after_and};
    } else if ((lang == Language::kFrench && UnitsOnlyBefore(tokens.data(), n) &&
                (c.Accept("cents") || c.Accept("cent"))) ||
               c.Accept("hundred") || (n > 0 && c.Accept("hundreds"))) {
      tokens[n++] = {kHundred, after_and};
    } else if (c.Accept("mille") || c.Accept("thousand")) {
      if (comma_n > 0) {
        n = comma_n;
        end = comma_end;
        break;
      }
      tokens[n++] = {kThousand, after_and};
    } else {
      c.set_pos(before);
      break;
    }
    end = TrimmedEnd(c);
    if (Compose(tokens.data(), 0, n) > kMaxWordNumber) {
      c.set_pos(start);
      return std::nullopt;
    }
    // Joiners between number words: a hyphen, or "et" / "and" before another number word.
    after_and = false;
    if (c.Rest().starts_with("-et-") || c.Rest().starts_with("-and-")) {
      c.set_pos(c.pos() + (c.Rest()[1] == 'e' ? 4 : 5));  // "vingt-et-un"
      after_and = true;
    } else if (c.Peek() == '-') {
      c.set_pos(c.pos() + 1);
    } else if (IsTens(tokens[n - 1]) && c.Rest().starts_with(" - ")) {
      c.set_pos(c.pos() + 3);  // "fifty - two": a spaced hyphen inside a compound
    } else if (c.Accept("et") || c.Accept("and")) {
      size_t joiner = c.pos();
      if (!AcceptNumberWord(c)) break;
      c.set_pos(joiner);
      after_and = true;
    } else if (lang == Language::kEnglish && tokens[n - 1].value == kThousand && comma_n == 0 &&
               c.Rest().starts_with(", ")) {
      // "one thousand, two hundred and five": English may set the group below a thousand off
      // by a comma (num2words does, as in "five million, ..." between scales).
      size_t joiner = c.pos() + 2;
      c.set_pos(joiner);
      if (!AcceptNumberWord(c)) break;
      c.set_pos(joiner);
      comma_n = n;
      comma_end = end;
    }
  }
  // Back to the end of the last word: a joiner with nothing after it is not the figure's.
  c.set_pos(end);
  if (n == 0 && !started_with_article) return std::nullopt;
  // Words that end in an ordinal ("vingt et unième", "two hundred and thirty-sixth", "seven
  // hundredth") are a rank, not a quantity: no figure at all, rather than the cardinal before
  // the ordinal word ("vingt", 20).
  auto rank = [&]() -> std::optional<NumberLiteral> {
    if (rank_end) *rank_end = TrimmedEnd(c);
    c.set_pos(start);
    return std::nullopt;
  };

  // A fraction: what the words read so far divided by an ordinal ("two thirds"), or their
  // sum with one ("twenty and three fifths", "one and a half", "vingt et unième").
  auto cardinal = [&]() -> std::optional<NumberLiteral> {
    c.set_pos(end);
    bool counts = n > 0 && (!started_with_article || tokens[0].value < 0);
    if (!counts) c.set_pos(start);
    if (!counts) return std::nullopt;
    Rational value = Exact(SpokenHundreds(tokens.data(), n, lang)
                               ? tokens[0].value * 100 + Compose(tokens.data(), 1, n)
                               : Compose(tokens.data(), 0, n));
    size_t value_end = end;
    if (auto decimals = ReadDecimalWords(c, lang)) {
      value += *decimals;
      value_end = TrimmedEnd(c);
    }
    c.set_pos(value_end);
    return Literal(c, start, value_end, value);
  };
  const bool hyphen = c.Peek() == '-';
  if (hyphen) c.set_pos(c.pos() + 1);
  bool joined_and = false, and_article = false;
  auto d = AcceptDenominator(c);
  if (!d && n > 0) {
    c.set_pos(end);
    if (c.Accept("and") || c.Accept("et")) {
      joined_and = true;
      and_article = lang == Language::kEnglish && (c.Accept("a") || c.Accept("an"));
      d = AcceptDenominator(c);
    }
  }
  if (!d) return cardinal();
  size_t fraction_end = TrimmedEnd(c);
  long long denominator = d->value;
  size_t num_to = n;
  if (and_article) {
    if (d->after_tens) return cardinal();
    return Literal(c, start, fraction_end,
                   Ratio(1, denominator) + Exact(Compose(tokens.data(), 0, n)));
  }
  // "three twenty-firsts", "one hundred thirty fifths" (English), "un vingt cinquième",
  // "une vingt et unième": a tens word after another number word belongs to the ordinal.
  bool tens_last = n > 0 && IsTens(tokens[n - 1]) && !tokens[n - 1].after_and;
  bool numerator_before =
      n >= 2 ? lang == Language::kEnglish || (tokens[n - 2].value >= 0 && tokens[n - 2].value < 100)
             : started_with_article;
  if (tens_last && numerator_before && d->value < 10 && (!joined_and || d->after_tens)) {
    denominator += tokens[n - 1].value;
    --num_to;
  } else if (d->after_tens) {
    // "twenty-first", "cent unième", "one thousand and first": a rank after a tens word, a
    // hundred or a thousand; after a unit the word is something else ("one second").
    bool after_compound = n > 0 && (IsTens(tokens[n - 1]) || tokens[n - 1].value < 0);
    return after_compound && (hyphen || joined_and || !d->hyphen_only) ? rank() : cardinal();
  } else if (joined_and && lang == Language::kFrench && !d->french_ordinal &&
             (d->value == 2 || d->value == 4)) {
    // «trois et demi», «deux et quart»: French says the mixed number without an article, where
    // English says "three and a half" (the `and_article` case above).
    return Literal(c, start, fraction_end,
                   Ratio(1, denominator) + Exact(Compose(tokens.data(), 0, n)));
  } else if (joined_and) {
    // "soixante et onzième", "four hundred and twentieth" are ranks; "one and a half" is read
    // above.
    bool after_hundreds = n > 0 && tokens[n - 1].value < 0 && !d->plural;
    return d->french_ordinal || after_hundreds ? rank() : cardinal();
  }
  // The numerator starts after the last "and" when that leaves a proper fraction.
  size_t num_from = 0;
  for (size_t i = num_to; i-- > 1;) {
    // French "et" before "un" after a tens word is the compound's when a scale's ordinal
    // multiplies it ("vingt et un millième", 21,000th, as "vingt et un mille"); before another
    // ordinal it joins a mixed number ("vingt et un cinquième", 20 1/5).
    bool compound = lang == Language::kFrench && tokens[i].value == 1 && IsTens(tokens[i - 1]) &&
                    d->value >= 1000;
    if (tokens[i].after_and && !compound) {
      num_from = i;
      break;
    }
  }
  long long numerator = Compose(tokens.data(), num_from, num_to);
  if (num_from > 0 && numerator >= denominator) {
    num_from = 0;
    numerator = Compose(tokens.data(), 0, num_to);
  }
  if (num_to == 0) numerator = started_with_article ? 1 : 0;
  if (numerator <= 0) return cardinal();
  // A singular ordinal after a figure other than one: "vingt-cinquième", "four hundred and
  // twentieth". English "two millionth", "seven hundredth" (a unit word, then a scale's
  // ordinal) stay the unit's cardinal: the singular is also written for the fraction ("two
  // millionth of a second"), and Recognizers-Text reads the cardinal there.
  bool unit_before_scale = lang == Language::kEnglish && n == 1 && tokens[0].value > 0 &&
                           tokens[0].value < 10 && d->value >= 100;
  if (!d->plural && numerator != 1) return unit_before_scale ? cardinal() : rank();
  return Literal(c, start, fraction_end,
                 Ratio(numerator, denominator) + Exact(Compose(tokens.data(), 0, num_from)));
}

}  // namespace crosscheck::parse
