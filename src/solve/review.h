#pragma once

#include <vector>

#include "model/finding.h"

namespace crosscheck::solve {

// Precision first (docs/extraction.md, "Confidence and review"): a finding that would not be
// there without a low-confidence claim becomes FindingKind::kToReview, keeping what it would
// be in `review_of`; its low-confidence claims carry their reasons, which every report shows as
// what to check. A contradiction is to review when every one of its minimal sets needs a
// low-confidence claim (one set of trusted claims that cannot hold keeps it a contradiction); a
// tension or an inference when any claim it rests on is low.
// Variations and undecided components are left as they are: neither accuses anyone.
void MarkForReview(std::vector<Finding>& findings);

}  // namespace crosscheck::solve
