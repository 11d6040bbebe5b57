#pragma once

#include <vector>

#include "model/corpus.h"
#include "model/uncompared_rates.h"

namespace crosscheck::encode {

// The subjects and rate properties whose figures split into claims with a `when` and claims
// without one (one subject each), in the order their first claim is loaded. Such figures get
// variables of different periods (ClaimTime::TimeKey), so no constraint ever compares them.
std::vector<UncomparedRates> FindUncomparedRates(const Corpus& corpus);

}  // namespace crosscheck::encode
