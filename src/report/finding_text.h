#pragma once

#include <string>

#include "model/finding.h"

namespace crosscheck::report {

// The words of a finding, made from its typed facts (model/finding.h) in one place for every
// report format and for the regression verdict.

// One sentence a reader understands without opening any file.
std::string Summary(const Finding& f);

// Why the claims conflict or agree, in plain words.
std::string Explanation(const Finding& f);

// Who said a claim: "lemonde-liang", "reuters-r2, reporting the company".
std::string Source(const FindingClaim& c);

}  // namespace crosscheck::report
