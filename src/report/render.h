#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// The report formats `check --format` accepts.
const std::vector<std::string>& FormatNames();

// The format a report file's extension implies (".json" -> "json", ".xml" -> "junit"), or
// nullopt when the extension names none.
std::optional<std::string> FormatForFile(std::string_view path);

// Writes the report in `format` to `out` as it is made (a finding, or a block of findings, at a
// time: a report of a million claims is never held whole); false for an unknown format.
bool Render(std::string_view format, const CheckResult& result, TextSink& out);

// The report in `format` as one string, or nullopt for an unknown format.
std::optional<std::string> Render(std::string_view format, const CheckResult& result);

}  // namespace crosscheck::report
