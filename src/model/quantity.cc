#include "model/quantity.h"

#include <fmt/format.h>

namespace crosscheck {
namespace {

// The interval a bare figure covers at the given precision.
Interval PrecisionInterval(const NumberLiteral& n, PrecisionMode mode) {
  if (mode == PrecisionMode::kStrict || n.last_digit == 0) return Interval::Point(n.value);
  Rational width = mode == PrecisionMode::kLenient ? n.last_digit : n.last_digit / 2;
  return Interval::HalfOpen(n.value - width, n.value + width);
}

const Rational kTenPercentBelow(9, 10);
const Rational kTenPercentAbove(11, 10);
const Rational kGoodMeasureAbove(5, 4);
const Rational kShortMeasureBelow(4, 5);

}  // namespace

Interval DeriveInterval(const QuantityValue& q, PrecisionMode mode, bool integral) {
  Interval p = PrecisionInterval(q.number, mode);
  const Rational& x = q.number.value;
  Interval out;
  switch (q.hedge) {
    case Hedge::kNone:
    case Hedge::kEmphasis:
      out = p;
      break;
    case Hedge::kExactly:
      out = Interval::Point(x);
      break;
    case Hedge::kAbout:
      out = Interval::Closed(*p.low.value * kTenPercentBelow, *p.high.value * kTenPercentAbove);
      break;
    case Hedge::kNearly:
      out = {Bound::Closed(*p.low.value * kTenPercentBelow), p.high};
      break;
    case Hedge::kMoreThan:
      out = {Bound::Open(x), Bound::Unbounded()};
      break;
    case Hedge::kAtLeast:
      out = {Bound::Closed(x), Bound::Unbounded()};
      break;
    case Hedge::kLessThan:
      out = {Bound::Closed(0), Bound::Open(x)};
      break;
    case Hedge::kUpTo:
      out = Interval::Closed(0, x);
      break;
    case Hedge::kSlightlyMore:
      out = {Bound::Open(x), Bound::Closed(x * kTenPercentAbove)};
      break;
    case Hedge::kSlightlyLess:
      out = {Bound::Closed(x * kTenPercentBelow), Bound::Open(x)};
      break;
    case Hedge::kWellMore:
      out = {Bound::Closed(x * kTenPercentAbove), Bound::Unbounded()};
      break;
    case Hedge::kWellLess:
      out = Interval::Closed(0, x * kTenPercentBelow);
      break;
    case Hedge::kGoodMeasure:
      out = Interval::Closed(x, x * kGoodMeasureAbove);
      break;
    case Hedge::kShortMeasure:
      out = Interval::Closed(x * kShortMeasureBelow, x);
      break;
    case Hedge::kRange:
      out = Interval::Closed(x, q.range_high ? q.range_high->value : x);
      break;
    case Hedge::kVague:
      out = Interval::Closed(q.vague_low, q.vague_high);
      break;
  }
  out = out.Scaled(q.scale);
  return integral ? out.IntegerHull() : out;
}

std::string ExplainReading(const QuantityValue& q, PrecisionMode mode, bool integral) {
  Interval in_scale = DeriveInterval(q, mode, integral).Scaled(Rational(1) / q.scale);
  std::string scale = q.scale_word.empty() ? "" : " " + q.scale_word;
  std::string why;
  switch (q.hedge) {
    case Hedge::kNone:
    case Hedge::kEmphasis:
      if (mode == PrecisionMode::kStrict || q.number.last_digit == 0) {
        why = "taken as exact";
      } else {
        why = fmt::format("{} a unit of {} in the last significant digit",
                          mode == PrecisionMode::kLenient ? "plus or minus" : "half",
                          ToDecimalString(q.number.last_digit));
      }
      if (q.hedge == Hedge::kEmphasis)
        why += fmt::format(" ('{}' adds emphasis, not width)", q.hedge_words);
      break;
    case Hedge::kExactly:
      why = fmt::format("'{}': exact", q.hedge_words);
      break;
    case Hedge::kAbout:
      why = fmt::format("'{}': 10% either side", q.hedge_words);
      break;
    case Hedge::kNearly:
      why = fmt::format("'{}': up to 10% below", q.hedge_words);
      break;
    case Hedge::kMoreThan:
      why = fmt::format("'{}': a strict lower bound", q.hedge_words);
      break;
    case Hedge::kAtLeast:
      why = fmt::format("'{}': a lower bound", q.hedge_words);
      break;
    case Hedge::kLessThan:
      why = fmt::format("'{}': a strict upper bound", q.hedge_words);
      break;
    case Hedge::kUpTo:
      why = fmt::format("'{}': a maximum, not a value", q.hedge_words);
      break;
    case Hedge::kSlightlyMore:
      why = fmt::format("'{}': above, by at most 10%", q.hedge_words);
      break;
    case Hedge::kSlightlyLess:
      why = fmt::format("'{}': below, by at most 10%", q.hedge_words);
      break;
    case Hedge::kWellMore:
      why = fmt::format("'{}': at least 10% above", q.hedge_words);
      break;
    case Hedge::kWellLess:
      why = fmt::format("'{}': at least 10% below", q.hedge_words);
      break;
    case Hedge::kGoodMeasure:
      why = fmt::format("'{}': the figure or up to a quarter more", q.hedge_words);
      break;
    case Hedge::kShortMeasure:
      why = fmt::format("'{}': the figure or up to a fifth less", q.hedge_words);
      break;
    case Hedge::kRange:
      why = "a range, both ends included";
      break;
    case Hedge::kVague:
      why = fmt::format("'{}': a conventional span", q.hedge_words);
      break;
  }
  if (integral) why += ", whole numbers only";
  return fmt::format("read as {}{}: {}", FormatInterval(in_scale), scale, why);
}

}  // namespace crosscheck
