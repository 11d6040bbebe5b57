#include "report/csv_report.h"

#include <csv.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "report/finding_text.h"
#include "report/notes_text.h"
#include "report/sink_text.h"

namespace crosscheck::report {
namespace {

constexpr std::string_view kColumns[] = {
    "finding", "kind",    "severity", "subject",  "property", "summary", "accepted",
    "claim",   "article", "source",   "quote",    "value",    "when",    "normalized",
    "low",     "high",    "unit",     "to_doubt", "file",     "line",    "column"};

// A text cell a spreadsheet would read as a formula is made plain text.
std::string Plain(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return "'" + std::string(text);
  }
  return std::string(text);
}

class Row {
 public:
  explicit Row(std::string& out) : out_(out) {}
  ~Row() { out_ += "\r\n"; }
  Row(const Row&) = delete;
  Row& operator=(const Row&) = delete;

  Row& Cell(std::string_view text) {
    if (!first_) out_ += ',';
    first_ = false;
    // libcsv writes the field quoted, its quotes doubled: first the size, then the bytes.
    size_t size = csv_write(nullptr, 0, text.data(), text.size());
    size_t at = out_.size();
    out_.resize(at + size);
    csv_write(out_.data() + at, size, text.data(), text.size());
    return *this;
  }
  Row& Text(std::string_view text) { return Cell(Plain(text)); }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace

void CsvReport(const CheckResult& result, TextSink& sink) {
  std::string out;
  {
    Row header(out);
    for (std::string_view column : kColumns) header.Cell(column);
  }
  for (const auto& f : result.findings) {
    std::string summary = Summary(f);
    std::string acceptance = AcceptanceText(result, f.id);
    for (const auto& c : f.claims) {
      bool doubt = std::find(f.retract.begin(), f.retract.end(), c.id) != f.retract.end();
      Row row(out);
      row.Cell(f.id)
          .Cell(FindingKindName(f.kind))
          .Cell(FindingSeverityName(f.severity))
          .Text(f.subject)
          .Text(f.property)
          .Text(summary)
          .Text(acceptance)
          .Text(c.id)
          .Text(c.article)
          .Text(Source(c))
          .Text(c.quote)
          .Text(c.value)
          .Text(c.when)
          .Text(NormalizedText(c, "-inf", "+inf"))
          .Cell(c.low)
          .Cell(c.high)
          .Text(c.unit)
          .Cell(doubt ? "yes" : "")
          .Text(c.file)
          .Cell(c.line > 0 ? std::to_string(c.line) : "")
          .Cell(c.column > 0 ? std::to_string(c.column) : "");
    }
    FlushLarge(out, sink);
  }
  sink.Write(out);
}

}  // namespace crosscheck::report
