#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "model/check_result.h"

// What the CLI hands back to the user, through app: `main` includes app only (src/README.md),
// so the report formats and file writing reach it from here, not from report/ and io/.
namespace crosscheck::app {

// The report formats `check --format` accepts (report's one table of formats).
const std::vector<std::string>& ReportFormats();

// The format a report file's extension implies, or nullopt (report's table).
std::optional<std::string> FormatForFile(std::string_view path);

// Writes the report in `format` to `path` as it is made (never whole in memory), through a
// temporary file renamed into place (io/atomic_file.h), or to standard output when `path` is
// "-". A failed write leaves `path` as it was; the error names the file. The format must be
// one of ReportFormats().
Status WriteReport(std::string_view format, const CheckResult& result, const std::string& path);

// Writes `content` to `path` atomically (io/file_system.h); the error names the file.
Status WriteOutput(const std::string& path, const std::string& content);

}  // namespace crosscheck::app
