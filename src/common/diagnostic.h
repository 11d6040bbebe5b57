#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/source_pos.h"

namespace crosscheck {

enum class Severity { kError, kWarning, kNote };

// An expected input problem, returned as a value (STYLE.md, three error tiers). `claim_id` names
// the claim the problem belongs to, when there is one.
struct Diagnostic {
  Severity severity = Severity::kError;
  SourcePos pos;
  std::string message;
  std::string claim_id;

  bool operator==(const Diagnostic&) const = default;
};

// "file:line:col: error: message", the form compilers use so editors can jump to it.
std::string FormatDiagnostic(const Diagnostic& d);

// The diagnostic, then the offending source line and a caret under the column, when `source`
// (the whole file's text) is given and the position has a line.
std::string FormatDiagnosticWithSource(const Diagnostic& d, std::string_view source);

// Collects diagnostics while a loader keeps going past errors.
class Diagnostics {
 public:
  void Error(SourcePos pos, std::string message, std::string claim_id = {});
  void Warning(SourcePos pos, std::string message, std::string claim_id = {});
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }
  void Append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  bool HasErrors() const;
  size_t ErrorCount() const;
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace crosscheck
