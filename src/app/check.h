#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/solve_pieces.h"
#include "common/diagnostic.h"
#include "common/exit_code.h"
#include "io/corpus_loader.h"
#include "model/check_result.h"
#include "model/quantity.h"

namespace crosscheck::app {

// Which claims speak for the articles: the hand-written claim files, the extractor's
// candidates (`check --extract`), or both. The reference ledger and catalogue are always used.
enum class ClaimSource { kHand, kExtracted, kBoth };

struct CheckOptions {
  io::CorpusPaths paths;
  ClaimSource claim_source = ClaimSource::kHand;
  PrecisionMode precision = PrecisionMode::kDefault;
  unsigned max_minimal_sets = 64;
  unsigned rlimit = 5'000'000;
  unsigned threads = 0;   // worker threads; 0: every core
  bool fast_path = true;  // solve/interval_solver.h; off to compare with Z3 alone
  std::string cache_dir;  // solved pieces kept between runs (app/piece_cache.h), or ""
  // Solved pieces held by the caller across runs (the language server), used instead of
  // cache_dir's file: never loaded or saved by the run. Not owned.
  PieceCache* piece_cache = nullptr;
  ShardSpec shard;  // solve only this shard's pieces (CheckShard)
  // Check only the components these claim files touch; nullopt checks everything. A path that
  // names no claim file of the corpus is an input error, never "no filter".
  std::optional<std::vector<std::string>> changed;
  // With `changed`: also the groups holding these claims (by id; the language server's pieces
  // that an edit splits).
  std::set<std::string> changed_claims;
  std::string baseline;          // accepted findings (regression mode), or ""
  bool update_baseline = false;  // write `baseline` from this run instead of comparing
  std::function<void(size_t done, size_t total)> progress;
  SolveTrace* trace = nullptr;  // what the run solved (app/solve_pieces.h), when given
  // Keep the loaded corpus (its catalogue and claims; article texts are in the result) in
  // CheckRun::corpus, for a caller that answers questions about claims (the language server).
  bool keep_corpus = false;
};

struct CheckRun {
  Diagnostics input;  // problems with the input (as `validate` reports them)
  CheckResult result;
  ExitCode exit_code = ExitCode::kOk;  // 1 when a contradiction is found, 2 on invalid input
  size_t pieces = 0;                   // independent pieces of the corpus checked
  size_t pieces_cached = 0;            // of which taken from the cache, not solved again
  // Wall seconds of loading and of the parallel solve; encode and solve CPU seconds summed
  // over threads; components solved this run and how many of them without Z3.
  double load_s = 0, prepare_s = 0, pieces_s = 0, encode_cpu_s = 0, solve_cpu_s = 0;
  double assemble_s = 0;  // merging the pieces' outcomes into the report's content
  size_t components_solved = 0, components_without_z3 = 0;
  std::shared_ptr<const Corpus> corpus;  // with CheckOptions::keep_corpus
};

// `crosscheck check`: load, encode, solve, then judge the findings against the baseline and the
// claim files' expectations (exit 1 for anything new). Claims with input errors are left out
// and listed in the report; the rest is still checked, and the exit code is 2 (invalid input)
// so that CI never mistakes a partial check for a clean one.
CheckRun Check(const CheckOptions& options);

// `crosscheck check --shard i/n`: the pieces of shard i, encoded for `merge` (a batch job's
// array task; docs/scaling.md). `input` holds the loader's problems, as for Check.
struct ShardRun {
  Diagnostics input;
  std::string encoded;  // app/result_codec.h
  ExitCode exit_code = ExitCode::kOk;
};
ShardRun CheckShard(const CheckOptions& options);

// `crosscheck merge SHARD...`: the report one `check` of the whole corpus gives, from every
// shard's result (each shard exactly once). Baseline and expectations are judged as in Check.
CheckRun Merge(const std::vector<std::string>& shard_files, const CheckOptions& options);

}  // namespace crosscheck::app
