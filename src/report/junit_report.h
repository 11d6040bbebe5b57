#pragma once

#include <string>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// JUnit XML for CI systems: one test case per claim file, failed once per contradiction that
// involves one of its claims (an undecided group is an error), so CI lists each dispute under
// the files to fix.
void JunitReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
