#pragma once

#include <z3++.h>

#include <vector>

#include "encode/encoding.h"
#include "model/corpus.h"
#include "model/finding.h"
#include "model/precision_mode.h"
#include "solve/limits.h"

namespace crosscheck::solve {

// Says in which readings of precision each contradiction of `findings` holds
// (docs/semantics.md, "Precision modes"). A check run in strict or lenient mode says so; one
// run in the default mode re-encodes `claims` leniently (figures widened by a full unit in the
// last digit, vague relative dates widened) and asks, for each contradiction, whether one of
// its minimal sets is still unsatisfiable: then it holds in every mode, else not leniently.
void MarkPrecisionModes(const Corpus& corpus, const encode::CorpusFacts& facts,
                        const std::vector<const Claim*>& claims, PrecisionMode mode,
                        const SolveLimits& limits, z3::context& ctx,
                        std::vector<Finding>& findings);

}  // namespace crosscheck::solve
