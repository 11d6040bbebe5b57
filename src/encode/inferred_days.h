#pragma once

#include <vector>

#include "encode/encoding.h"
#include "model/finding.h"
#include "model/precision_mode.h"

namespace crosscheck::encode {

// Relative and year-less dates of an article whose publication day the metadata leaves open,
// shown over the days the solver infers it was published (an inference finding's window): in
// liang-36kr, inferred published on 27 January 2025, «lundi dernier» is 2025-01-20. Display
// only: the constraints already place these dates (the finding's window comes from them), and
// no finding is drawn from the days set here. Sets the claims' views in `encoding` and the
// copies the findings hold (DaysSource::kInferredPublication; docs/semantics.md, "Dates").
void ShowOverInferredPublication(const CorpusFacts& facts, PrecisionMode precision,
                                 Encoding& encoding, std::vector<Finding>& findings);

}  // namespace crosscheck::encode
