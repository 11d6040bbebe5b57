#include "report/render.h"

#include "report/html_report.h"
#include "report/json_report.h"
#include "report/junit_report.h"
#include "report/markdown_report.h"
#include "report/sarif_report.h"

namespace crosscheck::report {

const std::vector<std::string>& FormatNames() {
  static const std::vector<std::string> kNames = {"md", "json", "html", "junit", "sarif"};
  return kNames;
}

std::optional<std::string> Render(std::string_view format, const CheckResult& result) {
  if (format == "md") return MarkdownReport(result);
  if (format == "json") return JsonReport(result);
  if (format == "html") return HtmlReport(result);
  if (format == "junit") return JunitReport(result);
  if (format == "sarif") return SarifReport(result);
  return std::nullopt;
}

}  // namespace crosscheck::report
