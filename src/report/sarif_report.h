#pragma once

#include <string>

#include "model/check_result.h"

namespace crosscheck::report {

// SARIF 2.1.0 for code-review tools: each contradiction, tension or undecided group is a result
// whose locations are the claims' lines in the claim files, so reviews annotate them.
std::string SarifReport(const CheckResult& result);

}  // namespace crosscheck::report
