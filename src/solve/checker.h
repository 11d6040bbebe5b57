#pragma once

#include "encode/encoding.h"
#include "model/check_result.h"
#include "model/corpus.h"
#include "solve/mus.h"

namespace crosscheck::solve {

// Solves every component of `encoding` and turns what it finds into findings: contradictions
// (grouped minimal sets, camps, cheapest correction), tensions, variations, inferences and
// undecided components.
std::vector<Finding> Check(const encode::Encoding& encoding, const Corpus& corpus, z3::context& ctx,
                           const SolveLimits& limits, size_t* components);

}  // namespace crosscheck::solve
