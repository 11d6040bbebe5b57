#pragma once

#include <functional>
#include <string>
#include <vector>

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
  std::vector<std::string> changed;  // check only the components these claim files touch
  std::string baseline;              // accepted findings (regression mode), or ""
  bool update_baseline = false;      // write `baseline` from this run instead of comparing
  std::function<void(size_t done, size_t total)> progress;
};

struct CheckRun {
  Diagnostics input;  // problems with the input (as `validate` reports them)
  CheckResult result;
  ExitCode exit_code = ExitCode::kOk;  // 1 when a contradiction is found, 2 on invalid input
};

// `crosscheck check`: load, encode, solve, then judge the findings against the baseline and the
// claim files' expectations (exit 1 for anything new). Claims with input errors are left out
// and listed in the report; the rest is still checked, and the exit code is 2 (invalid input)
// so that CI never mistakes a partial check for a clean one.
CheckRun Check(const CheckOptions& options);

}  // namespace crosscheck::app
