#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/exit_code.h"
#include "common/result.h"
#include "io/file_system.h"
#include "model/check_result.h"

namespace crosscheck::app {

// Findings a desk or a CI job has accepted: read from and written to a baseline file.
struct Baseline {
  std::set<std::string> accepted;  // finding ids
};

// Reads a baseline file; the error names it.
Result<Baseline> ReadBaseline(const std::string& path,
                              const io::FileSystem& files = io::RealFileSystem());
// The baseline that accepts every contradiction and undecided group of `result`.
std::string BaselineJson(const CheckResult& result);

// What a regression run concludes.
struct RegressionVerdict {
  std::vector<const Finding*> fresh;      // contradictions neither in the baseline nor expected
  std::vector<const Finding*> accepted;   // known (baseline) or expected (claim file marks)
  std::vector<std::string> resolved;      // baseline ids no longer found
  std::vector<std::string> unmet;         // "claim X was expected to conflict but does not"
  std::vector<std::string> unmet_claims;  // the ids of those claims
  ExitCode exit_code = ExitCode::kOk;     // 1 when anything fresh or unmet
  std::vector<std::string> Lines() const;
};

// Without a baseline every contradiction is fresh unless each of its minimal sets contains a
// claim marked `expect: conflict`; a claim marked `expect: conflict` that conflicts with
// nothing, or one marked `expect: consistent` that does, fails the run.
RegressionVerdict Evaluate(const CheckResult& result, const std::optional<Baseline>& baseline);

}  // namespace crosscheck::app
