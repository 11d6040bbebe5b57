// The figure a quantity mention is built on: digits or words with their sign, exponent, ratio,
// mixed fraction and chain of scales ("4 thousand 3 hundred and 21", "3 million and a quarter").
#include <string>
#include <string_view>
#include <utility>

#include "extract/scan.h"
#include "parse/number_parser.h"
#include "parse/number_words.h"

namespace crosscheck::extract::detail {
namespace {

// No exponent written in running text is larger; a bound keeps "1e999999" from costing GMP.
constexpr int kLargestExponent = 100;

// "+23", "-1", "6": a signed integer in digits at `*p`, moved past it.
std::optional<int> ReadSignedInteger(std::string_view s, size_t* p) {
  size_t i = *p;
  bool negative = i < s.size() && s[i] == '-';
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  size_t digits = i;
  while (i < s.size() && parse::IsAsciiDigit(s[i]) && i - digits < 4) ++i;
  if (i == digits || (i < s.size() && parse::IsWordByte(s[i]))) return std::nullopt;
  int v = std::stoi(std::string(s.substr(digits, i - digits)));
  if (v > kLargestExponent) return std::nullopt;
  *p = i;
  return negative ? -v : v;
}

Rational Power(const Rational& base, int exponent) {
  Rational r = 1;
  for (int i = 0; i < (exponent < 0 ? -exponent : exponent); ++i) r *= base;
  return exponent < 0 ? Rational(1 / r) : r;
}

// "1e10", "12.32e+14", "1.1^23", "1.3x10^6": an exponent glued to a figure in digits.
bool ReadExponent(parse::Cursor& c, Rational* value) {
  std::string_view s = c.text();
  size_t p = c.pos();
  if (p >= s.size()) return false;
  size_t q = p + 1;
  if (s[p] == 'e') {
    if (auto k = ReadSignedInteger(s, &q)) {
      *value *= PowerOfTen(*k);
      c.set_pos(q);
      return true;
    }
  } else if (s[p] == '^') {
    if (auto k = ReadSignedInteger(s, &q); k && (*k >= 0 || *value != 0)) {
      *value = Power(*value, *k);
      c.set_pos(q);
      return true;
    }
  } else if (s.substr(p).starts_with("x10^")) {
    q = p + 4;
    if (auto k = ReadSignedInteger(s, &q)) {
      *value *= PowerOfTen(*k);
      c.set_pos(q);
      return true;
    }
  }
  return false;
}

// "2 1/4": a proper fraction in digits after an integer.
bool ReadMixedFraction(parse::Cursor& c, Rational* value) {
  std::string_view s = c.text();
  size_t p = c.pos();
  while (p < s.size() && s[p] == ' ') ++p;
  size_t slash = p;
  while (slash < s.size() && parse::IsAsciiDigit(s[slash]) && slash - p < 6) ++slash;
  if (slash == p || slash + 1 >= s.size() || s[slash] != '/') return false;
  size_t e = slash + 1;
  while (e < s.size() && parse::IsAsciiDigit(s[e]) && e - slash < 7) ++e;
  if (e == slash + 1 || (e < s.size() && (s[e] == '/' || parse::IsWordByte(s[e])))) return false;
  Rational numerator(mpz_class(std::string(s.substr(p, slash - p)), 10));
  Rational denominator(mpz_class(std::string(s.substr(slash + 1, e - slash - 1)), 10));
  if (denominator == 0 || numerator >= denominator) return false;
  *value += numerator / denominator;
  c.set_pos(e);
  return true;
}

bool IsWholeNumber(const Rational& v) { return v.get_den() == 1; }

// The figure in `words` (read as `value`) times the scale after it. A dozen, the one scale
// below a hundred, counts only the number it follows: "three hundred and two dozens" is 300 +
// 2 x 12, as "two hundred dozens" is 200 x 12.
Rational Scaled(std::string_view words, const Rational& value, const Rational& factor,
                parse::Language lang) {
  if (factor != 12) return value * factor;
  size_t joiner = std::string_view::npos;
  for (std::string_view word : {" and ", " et "}) {
    size_t at = words.rfind(word);
    if (at != std::string_view::npos && (joiner == std::string_view::npos || at > joiner)) {
      joiner = at;
    }
  }
  if (joiner == std::string_view::npos) return value * factor;
  std::string_view last = words.substr(words.find(' ', joiner + 1) + 1);
  parse::Cursor part(last);
  auto n = parse::ParseNumber(part, lang);
  if (!n || !n->ok() || TrimmedPos(part) != last.size()) return value * factor;
  Rational after = n->value().value;
  return value - after + after * factor;
}

// Whether folded offset `p` opens the text or a clause: only spaces since the start, a line
// break or a clause's punctuation (". , ; : ( !  ?").
bool AtClauseStart(std::string_view s, size_t p) {
  while (p > 0 && s[p - 1] == ' ') --p;
  return p == 0 || std::string_view(".,;:(!?\n").find(s[p - 1]) != std::string_view::npos;
}

// What follows a scale and adds to it: "4 thousand | 3 hundred | and 21", "trois million |
// sept", "3 million | and a quarter", "one billion | and three quarters million", "five
// million, | nine hundred and one thousand, | three hundred point five". A part joins when it
// is smaller than the scale before it; a bare figure in digits only after "and" ("2 million
// 300 people" are two figures), a part after a comma only in words (English sets groups off by
// commas; "2 million, 300 in 2020" is a list). Words in the last part may have decimals.
// Returns where the rank ends when a part ends in an ordinal ("four million, two hundred and
// sixth"): the whole is a rank, not a figure. 0 otherwise.
size_t ReadScaleChain(parse::Cursor& c, parse::Language lang, Rational factor, Rational* value,
                      size_t* end) {
  for (int part = 0; part < 4; ++part) {
    size_t save = c.pos();
    bool joined = !c.AcceptAny({"and", "et"}).empty();
    bool comma = false;
    if (!joined && lang == parse::Language::kEnglish && c.Rest().starts_with(", ")) {
      c.set_pos(c.pos() + 2);
      comma = true;
    }
    size_t at = c.pos();
    auto n = parse::ParseNumber(c, lang);
    if (!n || !n->ok()) {
      c.set_pos(at);
      size_t rank_end = 0;
      parse::ReadNumberWords(c, lang, &rank_end);
      c.set_pos(save);
      return rank_end;
    }
    Rational v = n->value().value;
    bool words = !parse::IsAsciiDigit(c.text()[at]);
    auto next_factor = parse::ParseScale(c, lang, nullptr);
    bool fraction = !IsWholeNumber(v) && v < 1;
    bool joins = next_factor ? *next_factor < factor
                             : v != 0 && (fraction ? joined
                                                   : v < factor && (words || joined) &&
                                                         (IsWholeNumber(v) || words));
    if (comma && !words) joins = false;
    if (!joins) {
      c.set_pos(save);
      return 0;
    }
    Rational part_factor = next_factor ? *next_factor : (fraction ? factor : Rational(1));
    *value += v * part_factor;
    *end = TrimmedPos(c);
    if (!next_factor) return 0;
    factor = *next_factor;
  }
  return 0;
}

}  // namespace

std::optional<Figure> ReadFigure(parse::Cursor& c, parse::Language lang, size_t* rank_end) {
  c.SkipSpaces();
  Figure f;
  f.begin = c.pos();
  bool negative = c.Peek() == '-';
  if (negative) {
    c.set_pos(c.pos() + 1);
    // "- 1,200,000": a sign set off by a space only where the figure opens its clause; between
    // words the spaced hyphen is a dash.
    if (c.Peek() == ' ' && !AtClauseStart(c.text(), f.begin)) return std::nullopt;
    c.SkipSpaces();
  } else {
    negative = !c.AcceptAny({"minus", "negative", "moins"}).empty();
  }
  std::string_view s = c.text();
  auto is_point = [&](char ch) {
    return ch == '.' || (ch == ',' && lang == parse::Language::kFrench);
  };
  // "-.0012", "-,5": a sign before a figure without its leading zero.
  bool signed_point = negative && c.pos() + 1 < s.size() && is_point(s[c.pos()]) &&
                      parse::IsAsciiDigit(s[c.pos() + 1]) && s[c.pos() - 1] == '-';
  if (signed_point) c.set_pos(c.pos() + 1);
  size_t start = c.pos();
  // ".08", ",23456000" (French): a figure without its leading zero.
  bool leading_point =
      signed_point || (start > 0 && is_point(s[start - 1]) &&
                       (start < 2 || !parse::IsWordByte(s[start - 2])) && !negative);
  // "nrs. 22,24,26,31", "192.168.1.2", "5/17/2018": a figure right after "digits," (or '.' or
  // '/') is the next item of a list whose head did not read as one figure (else the reader
  // would be past it), so the separator after it is no decimal or fraction bar either.
  bool list_item = start >= 2 &&
                   (s[start - 1] == ',' || s[start - 1] == '.' || s[start - 1] == '/') &&
                   parse::IsAsciiDigit(s[start - 2]) && parse::IsAsciiDigit(s[start]) && !negative;
  std::optional<Result<NumberLiteral>> n;
  if (!list_item) n = parse::ParseNumber(c, lang, rank_end);
  if (!n && lang == parse::Language::kEnglish && c.Accept("quarter")) {
    // "quarter million": a quarter of the scale after it.
    if (auto factor = parse::ParseScale(c, lang, nullptr)) {
      f.value = *factor / 4;
      f.end = TrimmedPos(c);
      if (negative) f.value = -f.value;
      return f;
    }
  }
  if (!n && lang == parse::Language::kEnglish && c.Accept("nil")) {
    f.value = 0;  // "won two-nil", "nil tax": zero
    f.end = TrimmedPos(c);
    return f;
  }
  if (!n && lang == parse::Language::kEnglish && AtClauseStart(s, f.begin) && !negative) {
    // "point 77", "point five": decimals without their zero, only where a figure opens its
    // clause ("at that point 300 people" is the point in time).
    if (auto decimals = parse::ReadDecimalWords(c, lang)) {
      f.value = *decimals;
      f.end = TrimmedPos(c);
      return f;
    }
    c.set_pos(start);
  }
  if (!n && lang == parse::Language::kEnglish && !c.AcceptAny({"a", "an"}).empty()) {
    // "a dozen", "a million": the article counts one of the scale after it, written as a word
    // ("a m" and "a k" are letters, not a million and a thousand); "a pair", "a couple" count
    // two. Before a noun the "of" is the figure's, as in "a couple of".
    std::string scale;
    auto factor = parse::ParseScale(c, lang, &scale);
    std::optional<Rational> count;
    if (factor && scale.size() >= 4) {
      count = *factor;
      // "a billion and a half", as "un milliard et demi" below.
      if (c.Accept("and a half")) *count += *factor / 2;
    } else if (c.Accept("couple") || c.Accept("pair")) {
      count = 2;
    }
    if (count) {
      f.value = negative ? Rational(-*count) : *count;
      f.end = TrimmedPos(c);
      size_t before_of = c.pos();
      if (c.Accept("of") && !parse::IsAsciiDigit(c.Peek())) {
        f.end = TrimmedPos(c);
      } else {
        c.set_pos(before_of);
      }
      return f;
    }
    c.set_pos(start);
  }
  if (!n && !list_item) return std::nullopt;
  if (list_item || !n->ok()) {
    // A malformed figure ("1,2,3") or a list item: its first run of digits.
    size_t e = start;
    while (e < s.size() && parse::IsAsciiDigit(s[e])) ++e;
    if (e == start) return std::nullopt;
    f.value = Rational(mpz_class(std::string(s.substr(start, e - start)), 10));
    c.set_pos(e);
    f.end = e;
    if (negative) f.value = -f.value;
    return f;
  }
  f.value = std::move(*n).value().value;  // only the value moves: its text is read below
  f.end = TrimmedPos(c);
  bool digits = parse::IsAsciiDigit(s[start]);
  if (leading_point && digits && f.end - start == n->value().text.size() &&
      n->value().text.find_first_not_of("0123456789") == std::string::npos) {
    if (!signed_point) f.begin = start - 1;
    f.value /= PowerOfTen(static_cast<int>(f.end - start));
    if (negative) f.value = -f.value;
    return f;
  }
  if (digits && lang == parse::Language::kEnglish && IsWholeNumber(f.value) &&
      n->value().text.find_first_of(".,") == std::string::npos) {
    // "1 point 1": digits, then decimals said as a word.
    c.set_pos(f.end);
    if (auto decimals = parse::ReadDecimalWords(c, lang)) {
      f.value += *decimals;
      f.end = TrimmedPos(c);
      if (negative) f.value = -f.value;
      return f;
    }
  }
  if (digits) {
    c.set_pos(f.end);
    if (ReadExponent(c, &f.value)) {
      f.end = c.pos();
    } else {
      c.set_pos(f.end);
      c.SkipSpaces();
    }
  }
  // "3/4", "-4/5": a fraction in digits, unless a third part makes it a date ("5/17/2018").
  size_t slash = f.end;
  if (slash + 1 < s.size() && s[slash] == '/' && digits && parse::IsAsciiDigit(s[slash + 1])) {
    size_t e = slash + 1;
    while (e < s.size() && parse::IsAsciiDigit(s[e])) ++e;
    Rational denominator(mpz_class(std::string(s.substr(slash + 1, e - slash - 1)), 10));
    if ((e >= s.size() || s[e] != '/') && denominator != 0) {
      f.value /= denominator;
      f.end = e;
      c.set_pos(e);
      if (negative) f.value = -f.value;
      return f;
    }
  }
  if (digits && IsWholeNumber(f.value) && ReadMixedFraction(c, &f.value)) {
    f.end = c.pos();
    if (negative) f.value = -f.value;
    return f;
  }
  // "1 over 3", "two out of five hundred", "un sur trois": a ratio.
  size_t before_ratio = c.pos();
  std::string_view joiner =
      lang == parse::Language::kEnglish ? c.AcceptAny({"over", "out of"}) : c.AcceptAny({"sur"});
  if (!joiner.empty()) {
    // "$2000 over 3 years", "1000 € sur 3 ans": a figure spread over a duration; "five out
    // of three" is no part of a whole.
    size_t denominator_at = c.pos();
    bool duration = ReadDuration(c, lang).has_value();
    c.set_pos(denominator_at);
    auto d = parse::ParseNumber(c, lang);
    if (!duration && d && d->ok() && d->value().value != 0 &&
        (joiner != "out of" || f.value <= d->value().value)) {
      Rational denominator = d->value().value;
      if (auto factor = parse::ParseScale(c, lang, nullptr)) denominator *= *factor;
      f.value /= denominator;
      f.end = TrimmedPos(c);
      if (negative) f.value = -f.value;
      return f;
    }
    c.set_pos(before_ratio);
  }
  // "two thirds of a million", "half a million", «trois quarts de million», «un tiers d'un
  // milliard»: a fraction of the scale after it.
  std::optional<Rational> factor;
  if (!IsWholeNumber(f.value) && f.value < 1) {
    size_t before_of = c.pos();
    std::string_view of = lang == parse::Language::kEnglish ? c.AcceptAny({"of a", "a"})
                                                            : c.AcceptAny({"d'un", "de"});
    if (of.empty() || !(factor = parse::ParseScale(c, lang, nullptr))) {
      c.set_pos(before_of);
    }
  }
  if (!factor) {
    // "un demi-million", "a half-billion": a hyphen may join a figure in words to its scale.
    size_t before_hyphen = c.pos();
    if (!digits && c.Peek() == '-') c.set_pos(c.pos() + 1);
    factor = parse::ParseScale(c, lang, nullptr);
    if (!factor) c.set_pos(before_hyphen);
  }
  if (factor) {
    f.value = Scaled(s.substr(start, f.end - start), f.value, *factor, lang);
    f.end = TrimmedPos(c);
    if (!c.AcceptAny({"et demi", "et demie", "and a half"}).empty()) {
      // "un milliard et demi million": half of the next, smaller scale.
      size_t after_half = c.pos();
      auto next = parse::ParseScale(c, lang, nullptr);
      if (next && *next < *factor) {
        f.value += *next / 2;
      } else {
        c.set_pos(after_half);
        f.value += *factor / 2;
      }
      f.end = TrimmedPos(c);
    } else if (size_t rank = ReadScaleChain(c, lang, *factor, &f.value, &f.end)) {
      if (rank_end) *rank_end = rank;
      c.set_pos(f.begin);
      return std::nullopt;
    } else if (!digits) {
      // "six million point five", "sept millions virgule un": decimals after the scale.
      c.set_pos(f.end);
      if (auto decimals = parse::ReadDecimalWords(c, lang)) {
        f.value += *decimals;
        f.end = TrimmedPos(c);
      }
    }
  }
  if (negative) f.value = -f.value;
  return f;
}

}  // namespace crosscheck::extract::detail
