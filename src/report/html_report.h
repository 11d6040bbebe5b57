#pragma once

#include <string>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// One self-contained HTML page for people (CSS and script inline, nothing fetched): a summary,
// a timeline of every dated claim, filters, and each finding as a card with the claims side by
// side, each quote shown inside its sentence. Same input, same bytes.
void HtmlReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
