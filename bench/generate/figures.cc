#include "figures.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bench {
namespace {

// Exact powers of ten as doubles (exact up to 10^22) and their inverses.
double Pow10(int e) {
  double x = 1;
  for (int i = 0; i < std::abs(e); ++i) x *= 10;
  return e >= 0 ? x : 1 / x;
}

uint64_t Pow10Int(int e) {
  uint64_t x = 1;
  for (int i = 0; i < e; ++i) x *= 10;
  return x;
}

int DigitCount(uint64_t x) {
  int n = 1;
  while (x >= 10) {
    x /= 10;
    ++n;
  }
  return n;
}

// digits x 10^exp of the stored integer, trailing zeros folded into exp.
struct Rounded {
  uint64_t digits;
  int exp;
};

enum class Toward { kNearest, kDown, kUp };

Rounded RoundSignificant(uint64_t x, int sig, Toward toward) {
  int n = DigitCount(x);
  Rounded r{x, 0};
  if (n > sig) {
    uint64_t f = Pow10Int(n - sig);
    uint64_t q = x / f, rest = x % f;
    if (toward == Toward::kNearest && rest * 2 >= f) ++q;
    if (toward == Toward::kUp && rest > 0) ++q;
    r = {q, n - sig};
  }
  if (r.digits == 0) r = {1, r.exp};
  while (r.digits % 10 == 0) {
    r.digits /= 10;
    ++r.exp;
  }
  return r;
}

// The thousands separators a French article uses: a space, a no-break space or a narrow one.
const char* FrenchGroupSeparator(Rng& rng) {
  static const char* kSeps[] = {" ", "\u00a0", "\u202f"};
  return kSeps[rng.Weighted({0.7, 0.15, 0.15})];
}

std::string GroupThousands(const std::string& digits, const std::string& sep) {
  if (digits.size() <= 3) return digits;
  std::string out;
  size_t head = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out += digits.substr(0, head);
  for (size_t i = head; i < digits.size(); i += 3) out += sep + digits.substr(i, 3);
  return out;
}

// A number as written with `scale_exp` taken out: its text and its implied unit (the half-unit
// rule of docs/semantics.md, round figures keeping two significant digits).
struct Mantissa {
  std::string text;
  double value, unit;
};

Mantissa WriteMantissa(Rounded r, int base_exp, int scale_exp, Lang lang, const std::string& sep) {
  int q = r.exp + base_exp - scale_exp;
  std::string digits = std::to_string(r.digits);
  Mantissa m;
  m.value = static_cast<double>(r.digits) * Pow10(q);
  if (q >= 0) {
    std::string all = digits + std::string(static_cast<size_t>(q), '0');
    m.text = GroupThousands(all, lang == Lang::kFr ? sep : ",");
    int zeros = q;
    m.unit = (r.digits < 10 && zeros >= 1) ? Pow10(zeros - 1) : Pow10(zeros);
  } else {
    size_t decimals = static_cast<size_t>(-q);
    if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    std::string whole = digits.substr(0, digits.size() - decimals);
    m.text = GroupThousands(whole, lang == Lang::kFr ? sep : ",") +
             (lang == Lang::kFr ? "," : ".") + digits.substr(digits.size() - decimals);
    m.unit = Pow10(q);
  }
  return m;
}

int ScaleFor(double display, Dim dim) {
  if (dim != Dim::kMoney) return 0;
  if (display >= 1e9) return 9;
  if (display >= 1e6) return 6;
  return 0;
}

std::string ScaleWord(int scale_exp, double mantissa, Lang lang) {
  if (scale_exp == 0) return "";
  bool plural = lang == Lang::kFr && mantissa >= 2;
  if (scale_exp == 9) return lang == Lang::kFr ? (plural ? "milliards" : "milliard") : "billion";
  return lang == Lang::kFr ? (plural ? "millions" : "million") : "million";
}

std::string UnitPart(const FigureStyle& style, bool scaled, Lang lang) {
  const bool fr = lang == Lang::kFr;
  switch (style.dim) {
    case Dim::kMoney: {
      static const char* kFr[] = {"dollars", "euros", "yuans"};
      static const char* kEn[] = {"dollars", "euros", "yuan"};
      int c = static_cast<int>(style.currency);
      if (!fr) return std::string(" ") + kEn[c];
      if (!scaled) return std::string(" ") + kFr[c];
      return style.currency == Currency::kEur ? " d'euros" : std::string(" de ") + kFr[c];
    }
    case Dim::kCount:
      return " " + (fr ? style.unit_fr : style.unit_en);
    case Dim::kPercent:
      return fr ? "\u00a0%" : "%";
    case Dim::kRatio:
      return fr ? " fois" : " times";
  }
  return "";
}

const std::string& HedgeWord(Form form, Dim dim, Lang lang, Rng& rng) {
  static const std::vector<std::string> kAboutFr = {"environ", "autour de", "quelque"},
                                        kAboutEn = {"about", "around", "roughly"},
                                        kNearlyFr = {"près de", "presque", "quasiment"},
                                        kNearlyEn = {"nearly", "almost", "close to"},
                                        kMoreFr = {"plus de", "au-delà de"},
                                        kMoreEn = {"more than", "over"}, kLeastFr = {"au moins"},
                                        kLeastEn = {"at least"}, kLessFr = {"moins de"},
                                        kLessEn = {"less than"}, kFewerEn = {"fewer than"},
                                        kUpToFr = {"jusqu'à"}, kUpToEn = {"up to"},
                                        kOnlyFr = {"à peine", "seulement"},
                                        kOnlyEn = {"only", "just"}, kNone = {""};
  const bool fr = lang == Lang::kFr;
  switch (form) {
    case Form::kAbout:
      return rng.Pick(fr ? kAboutFr : kAboutEn);
    case Form::kNearly:
      return rng.Pick(fr ? kNearlyFr : kNearlyEn);
    case Form::kMoreThan:
      return rng.Pick(fr ? kMoreFr : kMoreEn);
    case Form::kAtLeast:
      return rng.Pick(fr ? kLeastFr : kLeastEn);
    case Form::kLessThan:
      return rng.Pick(fr ? kLessFr : (dim == Dim::kCount ? kFewerEn : kLessEn));
    case Form::kUpTo:
      return rng.Pick(fr ? kUpToFr : kUpToEn);
    case Form::kEmphasis:
      return rng.Pick(fr ? kOnlyFr : kOnlyEn);
    default:
      return kNone[0];
  }
}

uint64_t Scaled(int64_t truth, double factor) {
  double x = static_cast<double>(truth) * factor;
  return x < 1 ? 1 : static_cast<uint64_t>(std::llround(x));
}

}  // namespace

double DisplayValue(int64_t stored, const FigureStyle& style) {
  return static_cast<double>(stored) * Pow10(style.base_exp);
}

// The margin only guards against rounding in double arithmetic (the checker's is exact) and
// against a value sitting on an open bound; counts are whole, so a quarter keeps the value
// inside the integer hull.
bool HoldsWithMargin(const Range& range, double value, Dim dim) {
  double m = dim == Dim::kCount ? 0.25 : 1e-6 * std::abs(value);
  return range.lo + m <= value && value <= range.hi - m;
}

bool ApartWithMargin(const Range& a, const Range& b) {
  auto apart = [](const Range& low, const Range& high) {
    return low.hi < high.lo && high.lo - low.hi > 0.02 * high.lo;
  };
  return apart(a, b) || apart(b, a);
}

std::optional<QuantityText> WriteQuantity(int64_t truth, Form form, const FigureStyle& style,
                                          Lang lang, Rng& rng, bool full) {
  const std::string sep = FrenchGroupSeparator(rng);
  const uint64_t t = static_cast<uint64_t>(truth);
  // A count written in full is exact; other figures keep one to three significant digits.
  int sig = full || (style.dim == Dim::kCount && rng.Chance(0.3)) ? 18 : rng.Between(1, 3);
  Rounded r{}, r2{};
  switch (form) {
    case Form::kPlain:
    case Form::kEmphasis:
      r = RoundSignificant(t, sig, Toward::kNearest);
      break;
    case Form::kAbout:
      r = RoundSignificant(Scaled(truth, rng.Uniform(0.94, 1.06)), std::min(sig, 2),
                           Toward::kNearest);
      break;
    case Form::kNearly:
      r = RoundSignificant(Scaled(truth, rng.Uniform(1.0, 1.07)), std::min(sig, 2), Toward::kUp);
      break;
    case Form::kMoreThan:
    case Form::kAtLeast:
      r = RoundSignificant(Scaled(truth, rng.Uniform(0.55, 0.97)), std::min(sig, 2), Toward::kDown);
      break;
    case Form::kLessThan:
    case Form::kUpTo:
      r = RoundSignificant(Scaled(truth, rng.Uniform(1.04, 1.6)), std::min(sig, 2), Toward::kUp);
      break;
    case Form::kRange:
      r = RoundSignificant(Scaled(truth, rng.Uniform(0.6, 0.95)), std::min(sig, 2), Toward::kDown);
      r2 = RoundSignificant(Scaled(truth, rng.Uniform(1.05, 1.5)), std::min(sig, 2), Toward::kUp);
      break;
  }
  const Form shown = form;
  double display = static_cast<double>(r.digits) * Pow10(r.exp + style.base_exp);
  double display2 = static_cast<double>(r2.digits) * Pow10(r2.exp + style.base_exp);
  int scale_exp = ScaleFor(form == Form::kRange ? display2 : display, style.dim);
  double scale = Pow10(scale_exp);
  Mantissa m = WriteMantissa(r, style.base_exp, scale_exp, lang, sep);

  QuantityText out;
  const double x = m.value * scale, half = m.unit * scale / 2;
  switch (shown) {
    case Form::kPlain:
    case Form::kEmphasis:
      out.range = {x - half, x + half};
      break;
    case Form::kAbout:
      out.range = {0.9 * (x - half), 1.1 * (x + half)};
      break;
    case Form::kNearly:
      out.range = {0.9 * (x - half), x + half};
      break;
    case Form::kMoreThan:
    case Form::kAtLeast:
      out.range = {x, std::numeric_limits<double>::infinity()};
      break;
    case Form::kLessThan:
    case Form::kUpTo:
      out.range = {0, x};
      break;
    case Form::kRange:
      break;
  }
  std::string number = m.text;
  double shown_mantissa = m.value;
  if (form == Form::kRange) {
    Mantissa m2 = WriteMantissa(r2, style.base_exp, scale_exp, lang, sep);
    if (m2.value <= m.value) return std::nullopt;
    out.range = {x, m2.value * scale};
    bool between = rng.Chance(0.6);
    number =
        lang == Lang::kFr
            ? fmt::format(fmt::runtime(between ? "entre {} et {}" : "de {} à {}"), m.text, m2.text)
            : fmt::format("between {} and {}", m.text, m2.text);
    shown_mantissa = m2.value;
  }
  const std::string& hedge = HedgeWord(form, style.dim, lang, rng);
  std::string scale_word = ScaleWord(scale_exp, shown_mantissa, lang);
  out.value = (hedge.empty() ? "" : hedge + " ") + number +
              (scale_word.empty() ? "" : " " + scale_word) +
              UnitPart(style, !scale_word.empty(), lang);
  if (!HoldsWithMargin(out.range, DisplayValue(truth, style), style.dim)) return std::nullopt;
  return out;
}

}  // namespace bench
