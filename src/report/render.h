#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/check_result.h"

namespace crosscheck::report {

// The report formats `check --format` accepts.
const std::vector<std::string>& FormatNames();

// The format a report file's extension implies (".json" -> "json", ".xml" -> "junit"), or
// nullopt when the extension names none.
std::optional<std::string> FormatForFile(std::string_view path);

// The report in `format`, or nullopt for an unknown format.
std::optional<std::string> Render(std::string_view format, const CheckResult& result);

}  // namespace crosscheck::report
