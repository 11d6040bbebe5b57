#pragma once

#include <optional>
#include <string>

#include "common/rational.h"

namespace crosscheck {

// One end of an interval: a value, open or closed, or unbounded.
struct Bound {
  std::optional<Rational> value;  // nullopt: -inf for a low bound, +inf for a high bound
  bool open = false;

  static Bound Closed(Rational v) { return {std::move(v), false}; }
  static Bound Open(Rational v) { return {std::move(v), true}; }
  static Bound Unbounded() { return {std::nullopt, true}; }
  bool infinite() const { return !value.has_value(); }
  bool operator==(const Bound&) const = default;
};

// A set of reals between two bounds: what a claim says a quantity lies in.
struct Interval {
  Bound low = Bound::Unbounded();
  Bound high = Bound::Unbounded();

  static Interval Closed(Rational lo, Rational hi) {
    return {Bound::Closed(std::move(lo)), Bound::Closed(std::move(hi))};
  }
  static Interval HalfOpen(Rational lo, Rational hi) {
    return {Bound::Closed(std::move(lo)), Bound::Open(std::move(hi))};
  }
  static Interval Point(const Rational& v) { return Closed(v, v); }

  bool IsEmpty() const;
  bool infinite_either() const { return low.infinite() || high.infinite(); }
  // Both bounds multiplied by a positive factor.
  Interval Scaled(const Rational& factor) const;
  // Product with a positive interval [lo, hi] (interval arithmetic, both sides non-negative).
  Interval TimesPositive(const Rational& lo, const Rational& hi) const;
  Interval Intersect(const Interval& other) const;
  // Bounds moved inward to whole numbers: a count of chips is an integer.
  Interval IntegerHull() const;
  bool operator==(const Interval&) const = default;
};

// "[5.55, 5.65)" with exact decimals; "(100, +inf)".
std::string FormatInterval(const Interval& interval);

}  // namespace crosscheck
