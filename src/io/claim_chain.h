#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/claim.h"
#include "model/corpus.h"

namespace crosscheck::io {

// The claim a claim names through one reference field (`relative_to`, `of`), or an empty string.
using ClaimLink = std::function<const std::string&(const Claim&)>;

// Called once per cycle with the claims on it, in the order the links go, and the whole chain
// in words ("a -> b -> a").
using CycleFound =
    std::function<void(const std::vector<const Claim*>& cycle, const std::string& chain)>;

// Follows `link` from every claim of the corpus and reports each cycle once: a chain of
// references that comes back to a claim dates or bounds nothing. Claims are walked in file
// order, so the cycles come in a stable order. `by_id` maps every loaded claim id.
void FindClaimCycles(const Corpus& corpus,
                     const std::unordered_map<std::string, const Claim*>& by_id,
                     const ClaimLink& link, const CycleFound& found);

}  // namespace crosscheck::io
