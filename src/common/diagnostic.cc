#include "common/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>

namespace crosscheck {
namespace {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

std::string_view LineAt(std::string_view source, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = source.find('\n', start);
  std::string_view text =
      source.substr(start, end == std::string_view::npos ? source.npos : end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

}  // namespace

std::string FormatDiagnostic(const Diagnostic& d) {
  if (d.pos.line <= 0) {
    return fmt::format("{}: {}: {}", d.pos.file, SeverityName(d.severity), d.message);
  }
  return fmt::format("{}:{}:{}: {}: {}", d.pos.file, d.pos.line, d.pos.column,
                     SeverityName(d.severity), d.message);
}

std::string FormatDiagnosticWithSource(const Diagnostic& d, std::string_view source) {
  std::string out = FormatDiagnostic(d);
  if (d.pos.line <= 0) return out;
  std::string_view line = LineAt(source, d.pos.line);
  if (line.empty()) return out;
  // Tabs stay tabs under the caret so it lines up in a terminal.
  std::string pad;
  for (int i = 0; i + 1 < d.pos.column && i < static_cast<int>(line.size()); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // one column per UTF-8 code point
    pad += (line[i] == '\t') ? '\t' : ' ';
  }
  return fmt::format("{}\n  {}\n  {}^", out, line, pad);
}

void Diagnostics::Error(SourcePos pos, std::string message, std::string claim_id) {
  items_.push_back({Severity::kError, std::move(pos), std::move(message), std::move(claim_id)});
}

void Diagnostics::Warning(SourcePos pos, std::string message, std::string claim_id) {
  items_.push_back({Severity::kWarning, std::move(pos), std::move(message), std::move(claim_id)});
}

void Diagnostics::Append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

size_t Diagnostics::ErrorCount() const {
  return static_cast<size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}

}  // namespace crosscheck
