#include "model/interval.h"

#include <fmt/format.h>

namespace crosscheck {

bool Interval::IsEmpty() const {
  if (low.infinite() || high.infinite()) return false;
  if (*low.value < *high.value) return false;
  if (*low.value > *high.value) return true;
  return low.open || high.open;
}

Interval Interval::Scaled(const Rational& factor) const {
  Interval out = *this;
  if (out.low.value) *out.low.value *= factor;
  if (out.high.value) *out.high.value *= factor;
  return out;
}

Interval Interval::TimesPositive(const Rational& lo, const Rational& hi) const {
  Interval out = *this;
  if (out.low.value) *out.low.value *= lo;
  if (out.high.value) *out.high.value *= hi;
  return out;
}

Interval Interval::Intersect(const Interval& other) const {
  Interval out = *this;
  if (!other.low.infinite() && (out.low.infinite() || *other.low.value > *out.low.value ||
                                (*other.low.value == *out.low.value && other.low.open))) {
    out.low = other.low;
  }
  if (!other.high.infinite() && (out.high.infinite() || *other.high.value < *out.high.value ||
                                 (*other.high.value == *out.high.value && other.high.open))) {
    out.high = other.high;
  }
  return out;
}

Interval Interval::IntegerHull() const {
  Interval out = *this;
  if (out.low.value) {
    Rational c = Ceil(*out.low.value);
    if (out.low.open && c == *out.low.value) c += 1;
    out.low = Bound::Closed(c);
  }
  if (out.high.value) {
    Rational f = Floor(*out.high.value);
    if (out.high.open && f == *out.high.value) f -= 1;
    out.high = Bound::Closed(f);
  }
  return out;
}

std::string FormatInterval(const Interval& interval) {
  std::string lo = interval.low.infinite() ? "-inf" : ToDecimalString(*interval.low.value);
  std::string hi = interval.high.infinite() ? "+inf" : ToDecimalString(*interval.high.value);
  return fmt::format("{}{}, {}{}", interval.low.open ? '(' : '[', lo, hi,
                     interval.high.open ? ')' : ']');
}

}  // namespace crosscheck
