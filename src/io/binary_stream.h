#pragma once

// The primitives of crosscheck's cache entries: variable-length integers, length-prefixed
// strings and exact rationals, written to a string and read back with every length checked,
// so a truncated or corrupt entry is detected, never trusted.

#include <cstdint>
#include <string>
#include <string_view>

#include "common/rational.h"

namespace crosscheck::io {

class BinaryWriter {
 public:
  explicit BinaryWriter(std::string& out) : out_(out) {}

  void Unsigned(uint64_t v);
  void Signed(int64_t v) {
    Unsigned((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Bool(bool v) { out_.push_back(v ? 1 : 0); }
  void String(std::string_view s) {
    Unsigned(s.size());
    out_.append(s);
  }
  void Rational(const crosscheck::Rational& r);
  template <typename E>
  void Enum(E e) {
    Unsigned(static_cast<uint64_t>(e));
  }

 private:
  std::string& out_;
};

// Every read checks the bytes left; on the first failure the reader stops, returns zeros from
// then on and ok() is false. Callers check ok() once at the end.
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view in) : in_(in) {}

  bool ok() const { return ok_; }
  bool AtEnd() const { return pos_ == in_.size(); }
  // Marks the input corrupt (a value out of its range).
  void Fail() { ok_ = false; }

  uint64_t Unsigned();
  int64_t Signed() {
    uint64_t u = Unsigned();
    return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  }
  bool Bool();
  std::string String();
  crosscheck::Rational Rational();
  // A count of items that each take at least one byte: more than the bytes left is corrupt.
  size_t Count();
  // An enum whose last value is `max`.
  template <typename E>
  E Enum(E max) {
    uint64_t v = Unsigned();
    if (v > static_cast<uint64_t>(max)) Fail();
    return ok_ ? static_cast<E>(v) : E{};
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace crosscheck::io
