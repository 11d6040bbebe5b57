#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

// Where a long text goes as it is made: a report written finding by finding to a file never
// exists whole in memory (at a million claims the JSON report is a gigabyte). Writing cannot
// fail here; a sink that can (a file) keeps its first error and says so when it is closed.
class TextSink {
 public:
  virtual ~TextSink() = default;
  virtual void Write(std::string_view text) = 0;
};

// The text kept in a string: for tests, and for the callers that want the whole text.
class StringSink final : public TextSink {
 public:
  explicit StringSink(std::string& out) : out_(out) {}
  void Write(std::string_view text) override { out_ += text; }

 private:
  std::string& out_;
};

}  // namespace crosscheck
