#pragma once

// Findings and what goes with them as compact binary (io/binary_stream.h: every length is
// checked, so a truncated or foreign file is refused), for the two places a check's results
// outlive the process: the piece cache (`check --cache-dir`) and the shard results `crosscheck
// merge` combines.

#include <string>
#include <utility>
#include <vector>

#include "common/diagnostic.h"
#include "common/result.h"
#include "model/check_result.h"
#include "model/finding.h"

namespace crosscheck::app {

// What solving one piece of the corpus (encode/partition.h) gives, with each claim view and
// diagnostic keyed by the claim's index in corpus order, so pieces merge in a fixed order.
struct PieceOutcome {
  std::vector<Finding> findings;
  std::vector<std::pair<int, FindingClaim>> views;
  std::vector<std::pair<int, Diagnostic>> diagnostics;
  size_t components = 0;
  size_t claims = 0;   // claims in the piece, encoded or not
  size_t encoded = 0;  // of which encoded (views keep only those reports read)
};

// What a report needs besides the pieces' outcomes: the articles, the loader's errors and the
// corpus's counts. Every shard of one corpus has the same frame.
struct CheckFrame {
  std::vector<ArticleInfo> articles;
  Diagnostics input;  // the loader's diagnostics (all severities)
  std::vector<std::string> claim_files;
  size_t loaded_claims = 0;
  std::vector<UncomparedRates> uncompared_rates;  // rates over a stated period and none
};

// One shard's result: its frame and the outcomes of the pieces it solved.
struct ShardResult {
  int index = 0;  // 1-based
  int count = 1;
  CheckFrame frame;
  std::vector<PieceOutcome> pieces;
};

std::string EncodePiece(const PieceOutcome& piece);
// nullopt when `bytes` is not a well-formed piece (a truncated or foreign cache entry).
std::optional<PieceOutcome> DecodePiece(std::string_view bytes);

std::string EncodeShard(const ShardResult& shard);
// A shard result, or why `bytes` are none (not one, another version's, truncated or corrupt).
Result<ShardResult> DecodeShard(std::string_view bytes);

}  // namespace crosscheck::app
