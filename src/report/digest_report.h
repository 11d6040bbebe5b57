#pragma once

#include <string>

#include "model/check_result.h"

namespace crosscheck::report {

// A compact, stable text of the findings for golden tests: per finding one line of facts
// (kind, severity, fact, claims, retraction, window) and its summary sentence.
std::string DigestReport(const CheckResult& result);

}  // namespace crosscheck::report
