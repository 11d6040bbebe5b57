#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace crosscheck {

// Why something could not be done, as a value (shared/STYLE.md, three error tiers): what went
// wrong and, when the problem sits at a place in the text being read, the byte offset of that
// place (0 when the input is at fault as a whole: a file that cannot be read or written). The
// caller knows which file or text it gave, and names it in the diagnostic it makes of this.
struct Error {
  std::string message;
  size_t offset = 0;
};

// The parsers' name for it: a value that could not be read, and where in its text.
using ParseError = Error;

// A value or the reason there is none (std::expected arrives in C++23).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const Error& error() const {
    assert(!ok());
    return error_;
  }

 private:
  std::optional<T> value_;
  Error error_;
};

// Done, or why not: the Result of an action that gives no value (write a file, create a
// folder). The one convention for it; never an empty string for success or a bool and an
// out-parameter.
class [[nodiscard]] Status {
 public:
  static Status Ok() { return Status(); }
  Status(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    assert(!ok());
    return *error_;
  }

 private:
  Status() = default;
  std::optional<Error> error_;
};

}  // namespace crosscheck
