#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/piece_cache.h"
#include "app/result_codec.h"
#include "common/diagnostic.h"
#include "model/corpus.h"
#include "model/finding.h"
#include "model/quantity.h"
#include "solve/limits.h"

namespace crosscheck::app {

// Which share of the pieces a run solves: shard `index` (1-based) of `count`. A piece belongs
// to the shard its first claim's id hashes to, so every machine of a batch job agrees on the
// split without talking to the others (docs/scaling.md).
struct ShardSpec {
  int index = 1;
  int count = 1;
};

// Where a run's time went, for `check --timings` and bench/run.sh. Encoding and solving happen
// piece by piece on every worker, so they are summed over threads (CPU seconds).
struct SolveTimings {
  std::atomic<long long> prepare_ns{0};  // studying and cutting the corpus (serial)
  std::atomic<long long> encode_ns{0};
  std::atomic<long long> solve_ns{0};
  std::atomic<size_t> components{0};
  std::atomic<size_t> without_z3{0};  // components the interval path decided
};

// What a run solved, for a caller that re-checks part of a corpus after an edit (the language
// server, app/workspace.h): the claims of each piece it solved, and a digest of the facts every
// piece's outcome depends on besides its claims (the corpus's candidate years and currency
// choices: when they change, every piece may change).
struct TracedClaim {
  std::string id;
  std::string file;  // its claim file, as displayed
};
struct SolveTrace {
  std::vector<std::vector<TracedClaim>> pieces;  // one list per solved piece
  std::string shared_facts;
};

struct SolveRequest {
  PrecisionMode precision = PrecisionMode::kDefault;
  solve::SolveLimits limits;
  unsigned threads = 0;  // 0: every core
  // Display paths of claim files: solve only the pieces holding one of their claims; nullopt
  // solves every piece (an empty set solves none).
  std::optional<std::set<std::string>> changed;
  // With `changed`: also the pieces holding one of these claims (by id).
  std::set<std::string> changed_claims;
  ShardSpec shard;
  PieceCache* cache = nullptr;  // solved pieces from earlier runs, or nullptr
  // What, besides its claims, a piece's outcome depends on (catalogue files, ledger, options):
  // part of every cache key.
  std::string fingerprint;
  std::function<void(size_t done, size_t total)> progress;
  SolveTimings* timings = nullptr;
  SolveTrace* trace = nullptr;  // filled when given
};

// What solving a corpus found, merged in a fixed order whatever the threads did.
struct SolvedCorpus {
  std::vector<Finding> findings;  // sorted as reports list them
  // The encoded claims reports read (dated claims, claims with `expect`), corpus order.
  std::vector<FindingClaim> views;
  size_t encoded = 0;       // claims encoded in the solved pieces
  Diagnostics diagnostics;  // claims that could not be encoded, corpus order
  size_t components = 0;    // independent groups the solver found
  size_t touched = 0;       // claims in the solved pieces
};

// The solving half of `check`: the corpus cut into pieces that share no variable
// (encode/partition.h); each piece taken from the cache or encoded and solved in its worker
// thread's own Z3 context, largest pieces first (oneTBB); contradictions re-checked under the
// lenient reading of precision within their piece. Outcomes in piece order.
std::vector<PieceOutcome> SolvePieces(const Corpus& corpus, const SolveRequest& request);

// Pieces' outcomes (from one run or from every shard) in the order reports need.
SolvedCorpus MergeOutcomes(std::vector<PieceOutcome> outcomes);

}  // namespace crosscheck::app
