#pragma once

#include <string>

#include "model/check_result.h"

namespace crosscheck::report {

// The report for people: a summary table, then each finding with its quotes side by side
// (article, outlet, date), the normalised values and a plain-language explanation.
std::string MarkdownReport(const CheckResult& result);

}  // namespace crosscheck::report
