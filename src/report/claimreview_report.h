#pragma once

#include <string>

#include "common/text_sink.h"
#include "model/check_result.h"

namespace crosscheck::report {

// schema.org ClaimReview as JSON-LD, for a desk's CMS: one review per contradiction, reviewing
// the claims its cheapest correction doubts (README "ClaimReview export" gives the rating scale).
void ClaimReviewReport(const CheckResult& result, TextSink& out);

}  // namespace crosscheck::report
