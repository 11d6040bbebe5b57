#pragma once

#include <string>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// The report for people: a summary table, then each finding with its quotes side by side
// (article, outlet, date), the normalised values and a plain-language explanation.
void MarkdownReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
