#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/corpus.h"
#include "model/finding.h"
#include "model/quantity.h"
#include "solve/mus.h"

namespace crosscheck::app {

struct SolveRequest {
  PrecisionMode precision = PrecisionMode::kDefault;
  solve::SolveLimits limits;
  unsigned threads = 0;  // 0: every core
  // Canonical paths of claim files: solve only the pieces holding one of their claims.
  std::set<std::string> changed;
  std::function<void(size_t done, size_t total)> progress;
};

// What solving a corpus found, merged in a fixed order whatever the threads did.
struct SolvedCorpus {
  std::vector<Finding> findings;    // sorted as reports list them
  std::vector<FindingClaim> views;  // every encoded claim of the solved pieces, corpus order
  Diagnostics diagnostics;          // claims that could not be encoded, corpus order
  size_t components = 0;            // independent groups the solver found
  size_t touched = 0;               // claims in the solved pieces
};

// The solving half of `check`: the corpus cut into pieces that share no variable
// (encode/partition.h); each piece encoded and solved in its worker thread's own Z3 context,
// largest pieces first (oneTBB); contradictions re-checked under the lenient reading of
// precision within their piece.
SolvedCorpus SolvePieces(const Corpus& corpus, const SolveRequest& request);

}  // namespace crosscheck::app
