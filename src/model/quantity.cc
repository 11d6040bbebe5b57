#include "model/quantity.h"

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

}  // namespace crosscheck
