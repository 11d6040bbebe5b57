#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace crosscheck {

// Why a piece of text could not be read, and where in it (a byte offset into the text).
struct ParseError {
  std::string message;
  size_t offset = 0;
};

// A value or the reason there is none (std::expected arrives in C++23).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}           // NOLINT(google-explicit-constructor)
  Result(ParseError error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T* operator->() const { return &value(); }
  const T& operator*() const { return value(); }
  const ParseError& error() const {
    assert(!ok());
    return error_;
  }

 private:
  std::optional<T> value_;
  ParseError error_;
};

}  // namespace crosscheck
