#include "report/render.h"

#include <array>

#include "report/claimreview_report.h"
#include "report/csv_report.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"

namespace crosscheck::report {
namespace {

// The one table of report formats: the name `--format` takes, the file extensions that imply
// it when `--output` is given without `--format`, and the writer.
struct ReportFormat {
  std::string_view name;
  std::array<std::string_view, 2> extensions;
  void (*render)(const CheckResult&, TextSink&);
};

constexpr std::array kFormats = {
    ReportFormat{"md", {".md", ".markdown"}, MarkdownReport},
    ReportFormat{"json", {".json", ""}, JsonReport},
    ReportFormat{"html", {".html", ".htm"}, HtmlReport},
    ReportFormat{"junit", {".xml", ""}, JunitReport},
    ReportFormat{"sarif", {".sarif", ""}, SarifReport},
    ReportFormat{"claimreview", {".jsonld", ""}, ClaimReviewReport},
    ReportFormat{"csv", {".csv", ""}, CsvReport},
};

}  // namespace

const std::vector<std::string>& FormatNames() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    names.reserve(std::size(kFormats));
    for (const auto& f : kFormats) names.emplace_back(f.name);
    return names;
  }();
  return kNames;
}

std::optional<std::string> FormatForFile(std::string_view path) {
  size_t dot = path.rfind('.');
  size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  std::string extension(path.substr(dot));
  for (char& ch : extension) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const auto& f : kFormats) {
    for (std::string_view e : f.extensions) {
      if (!e.empty() && e == extension) return std::string(f.name);
    }
  }
  return std::nullopt;
}

bool Render(std::string_view format, const CheckResult& result, TextSink& out) {
  for (const auto& f : kFormats) {
    if (f.name != format) continue;
    f.render(result, out);
    return true;
  }
  return false;
}

std::optional<std::string> Render(std::string_view format, const CheckResult& result) {
  std::string text;
  StringSink out(text);
  if (!Render(format, result, out)) return std::nullopt;
  return text;
}

}  // namespace crosscheck::report
