#pragma once

#include <string>

#include "model/check_result.h"

namespace crosscheck::report {

// The machine interface (README, "JSON output"): articles, summary counts, findings and the
// claims that could not be checked. Same input, same bytes.
std::string JsonReport(const CheckResult& result);

}  // namespace crosscheck::report
