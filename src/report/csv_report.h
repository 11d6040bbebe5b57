#pragma once

#include <string>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// CSV (RFC 4180: every field quoted, CRLF line ends, UTF-8) for a spreadsheet: a header, then one
// row per finding and claim, in the report's order. Fields are quoted by libcsv; text cells that
// a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return)
// get a leading apostrophe, as OWASP advises; the bound columns are exact numbers and never do.
void CsvReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
