#pragma once

#include <string>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// The machine interface (README, "JSON output"): articles, summary counts, findings and the
// claims that could not be checked. Same input, same bytes.
void JsonReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
