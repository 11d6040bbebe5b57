#pragma once

#include <string>

#include "common/diagnostic.h"
#include "common/exit_code.h"
#include "io/corpus_loader.h"
#include "model/check_result.h"
#include "model/quantity.h"

namespace crosscheck::app {

struct CheckOptions {
  io::CorpusPaths paths;
  PrecisionMode precision = PrecisionMode::kDefault;
  unsigned max_minimal_sets = 64;
  unsigned rlimit = 5'000'000;
};

struct CheckRun {
  Diagnostics input;  // problems with the input (as `validate` reports them)
  CheckResult result;
  ExitCode exit_code = ExitCode::kOk;  // 1 when a contradiction is found, 2 on invalid input
};

// `crosscheck check`: load, encode, solve. Input errors stop the run (exit 2): a check over a
// corpus with broken claims would silently check less than the desk thinks.
CheckRun Check(const CheckOptions& options);

}  // namespace crosscheck::app
