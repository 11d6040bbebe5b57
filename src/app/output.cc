#include "app/output.h"

#include "io/atomic_file.h"
#include "io/file_system.h"
#include "report/render.h"

namespace crosscheck::app {

const std::vector<std::string>& ReportFormats() { return report::FormatNames(); }

std::optional<std::string> FormatForFile(std::string_view path) {
  return report::FormatForFile(path);
}

Status WriteReport(std::string_view format, const CheckResult& result, const std::string& path) {
  if (path == "-") {
    io::StdoutSink out;
    report::Render(format, result, out);
    return Status::Ok();
  }
  io::AtomicFileWriter out(path);
  report::Render(format, result, out);
  return out.Commit();
}

Status WriteOutput(const std::string& path, const std::string& content) {
  return io::RealFileSystem().WriteAtomically(path, content);
}

}  // namespace crosscheck::app
