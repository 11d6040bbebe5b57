#include "app/output.h"

#include "io/file_system.h"
#include "report/render.h"

namespace crosscheck::app {

const std::vector<std::string>& ReportFormats() { return report::FormatNames(); }

std::optional<std::string> FormatForFile(std::string_view path) {
  return report::FormatForFile(path);
}

std::optional<std::string> RenderReport(std::string_view format, const CheckResult& result) {
  return report::Render(format, result);
}

Status WriteOutput(const std::string& path, const std::string& content) {
  return io::RealFileSystem().WriteAtomically(path, content);
}

}  // namespace crosscheck::app
