#pragma once

#include <string>
#include <string_view>

#include "common/text_sink.h"
#include "common/version.h"
#include "model/check_result.h"

namespace crosscheck::report {

// SARIF 2.1.0 for code-review tools: each contradiction, tension or undecided group is a result
// whose locations are the claims' lines in the claim files, so reviews annotate them.
// `docs_url` is where crosscheck's README and docs/ are published (the build's
// CROSSCHECK_DOCS_URL, common/version.h): with one, the tool and its rules link their
// documentation (`informationUri`, `helpUri`); without, they are left out.
void SarifReportWithDocs(const CheckResult& result, std::string_view docs_url, TextSink& out);
// With the build's docs URL (DocsUrl()).
void SarifReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
