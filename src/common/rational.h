#pragma once

#include <gmpxx.h>

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

// Exact rational numbers. Interval bounds must be exact: "plus de 100" excludes 100 itself and
// "5.65" must not become 5.6499999, so the model never stores a double.
using Rational = mpq_class;

// Parses a plain decimal in ASCII ("5.6", "-0.05", "1e3" is not accepted). nullopt if malformed.
std::optional<Rational> ParseDecimal(std::string_view text);

// 10^exponent, exponent may be negative.
Rational PowerOfTen(int exponent);

// Shortest exact decimal when the denominator is 2^a 5^b, else a fraction "a/b".
std::string ToDecimalString(const Rational& value);

// A decimal rounded to at most `digits` places, for people ("5.55e6" is not for them).
std::string ToDisplayString(const Rational& value, int digits = 6);

Rational Floor(const Rational& value);
Rational Ceil(const Rational& value);

}  // namespace crosscheck
