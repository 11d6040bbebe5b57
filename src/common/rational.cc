#include "common/rational.h"

#include <fmt/format.h>

namespace crosscheck {

std::optional<Rational> ParseDecimal(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    i = 1;
  }
  std::string digits;
  int decimals = 0;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      if (seen_point) ++decimals;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || digits.size() > 400) return std::nullopt;
  mpz_class numerator(digits, 10);
  Rational value(numerator);
  value /= PowerOfTen(decimals);
  if (negative) value = -value;
  value.canonicalize();
  return value;
}

Rational PowerOfTen(int exponent) {
  mpz_class p;
  mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(exponent < 0 ? -exponent : exponent));
  Rational r = exponent < 0 ? Rational(mpz_class(1), p) : Rational(p);
  r.canonicalize();
  return r;
}

std::string ToDecimalString(const Rational& value) {
  mpz_class den = value.get_den();
  // Count factors of 2 and 5; anything else cannot be written as a finite decimal.
  int twos = 0, fives = 0;
  while (mpz_divisible_ui_p(den.get_mpz_t(), 2)) {
    den /= 2;
    ++twos;
  }
  while (mpz_divisible_ui_p(den.get_mpz_t(), 5)) {
    den /= 5;
    ++fives;
  }
  if (den != 1) return value.get_num().get_str() + "/" + value.get_den().get_str();
  int places = std::max(twos, fives);
  mpz_class scaled = value.get_num() * PowerOfTen(places).get_num() / value.get_den();
  bool negative = scaled < 0;
  if (negative) scaled = -scaled;
  std::string digits = scaled.get_str();
  if (places > 0) {
    auto wanted = static_cast<size_t>(places) + 1;  // at least one digit before the point
    if (digits.size() < wanted) digits = std::string(wanted - digits.size(), '0') + digits;
    size_t point = digits.size() - static_cast<size_t>(places);
    digits = digits.substr(0, point) + "." + digits.substr(point);
  }
  return negative ? "-" + digits : digits;
}

std::string ToDisplayString(const Rational& value, int digits) {
  Rational scaled = value * PowerOfTen(digits);
  mpz_class rounded = scaled.get_num() / scaled.get_den();  // truncation toward zero
  Rational remainder = scaled - Rational(rounded);
  if (remainder * 2 >= 1) rounded += 1;
  if (remainder * 2 <= -1) rounded -= 1;
  Rational r(rounded, PowerOfTen(digits).get_num());
  r.canonicalize();
  return ToDecimalString(r);
}

Rational Floor(const Rational& value) {
  mpz_class q;
  mpz_fdiv_q(q.get_mpz_t(), value.get_num_mpz_t(), value.get_den_mpz_t());
  return Rational(q);
}

Rational Ceil(const Rational& value) {
  mpz_class q;
  mpz_cdiv_q(q.get_mpz_t(), value.get_num_mpz_t(), value.get_den_mpz_t());
  return Rational(q);
}

}  // namespace crosscheck
