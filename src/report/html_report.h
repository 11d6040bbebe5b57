#pragma once

#include <string>

#include "model/check_result.h"

namespace crosscheck::report {

// One self-contained HTML page for people (CSS and script inline, nothing fetched): a summary,
// a timeline of every dated claim, filters, and each finding as a card with the claims side by
// side, each quote shown inside its sentence. Same input, same bytes.
std::string HtmlReport(const CheckResult& result);

}  // namespace crosscheck::report
