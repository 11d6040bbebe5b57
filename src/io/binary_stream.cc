#include "io/binary_stream.h"

#include <vector>

namespace crosscheck::io {

void BinaryWriter::Unsigned(uint64_t v) {
  while (v >= 0x80) {
    out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out_.push_back(static_cast<char>(v));
}

namespace {

// A non-negative integer as its big-endian bytes, length first.
void Magnitude(BinaryWriter& w, const mpz_class& z) {
  size_t count = 0;
  std::vector<unsigned char> bytes((mpz_sizeinbase(z.get_mpz_t(), 2) + 7) / 8 + 1);
  mpz_export(bytes.data(), &count, 1, 1, 1, 0, z.get_mpz_t());
  w.String(std::string_view(reinterpret_cast<const char*>(bytes.data()), count));
}

}  // namespace

void BinaryWriter::Rational(const crosscheck::Rational& r) {
  // Sign apart, then numerator and denominator: most figures are a byte or two each.
  Bool(sgn(r) < 0);
  Magnitude(*this, abs(r.get_num()));
  Magnitude(*this, r.get_den());
}

uint64_t BinaryReader::Unsigned() {
  uint64_t v = 0;
  for (int shift = 0; ok_; shift += 7) {
    if (pos_ >= in_.size() || shift > 63) {
      ok_ = false;
      break;
    }
    auto byte = static_cast<unsigned char>(in_[pos_++]);
    v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return v;
  }
  return 0;
}

bool BinaryReader::Bool() {
  uint64_t v = Unsigned();
  if (v > 1) ok_ = false;
  return ok_ && v == 1;
}

std::string BinaryReader::String() {
  uint64_t size = Unsigned();
  if (!ok_ || size > in_.size() - pos_) {
    ok_ = false;
    return {};
  }
  std::string s(in_.substr(pos_, size));
  pos_ += size;
  return s;
}

size_t BinaryReader::Count() {
  uint64_t n = Unsigned();
  if (!ok_ || n > in_.size() - pos_) {
    ok_ = false;
    return 0;
  }
  return static_cast<size_t>(n);
}

crosscheck::Rational BinaryReader::Rational() {
  bool negative = Bool();
  std::string num = String();
  std::string den = String();
  if (!ok_) return 0;
  crosscheck::Rational r;
  mpz_import(r.get_num_mpz_t(), num.size(), 1, 1, 1, 0, num.data());
  mpz_import(r.get_den_mpz_t(), den.size(), 1, 1, 1, 0, den.data());
  // A stored rational is canonical: a zero or non-reduced denominator means corruption.
  mpz_class g;
  mpz_gcd(g.get_mpz_t(), r.get_num_mpz_t(), r.get_den_mpz_t());
  if (sgn(r.get_den()) == 0 || g != 1) {
    ok_ = false;
    return 0;
  }
  if (negative) r = -r;
  return r;
}

}  // namespace crosscheck::io
