#pragma once

#include <string>

#include "model/check_result.h"

namespace crosscheck::report {

// JUnit XML for CI systems: one test case per claim file, failed once per contradiction that
// involves one of its claims (an undecided group is an error), so CI lists each dispute under
// the files to fix.
std::string JunitReport(const CheckResult& result);

}  // namespace crosscheck::report
