#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/exit_code.h"
#include "common/result.h"
#include "io/file_system.h"
#include "model/check_result.h"

namespace crosscheck::app {

// One accepted finding of a baseline file: its id, the sources its claims came from when it was
// accepted (articles by id; "reference" for the ledger), who accepted it, when and why, and every
// other key the file gave, kept as written when the baseline is refreshed.
struct BaselineEntry {
  std::string id;
  std::optional<std::set<std::string>> sources;  // nullopt: a baseline written before they were
  Acceptance acceptance;
  std::string extra_json;  // the entry's other keys, as a JSON object ("{}" when none)
  int line = 0;            // the line of its id in the file (1-based; 0 when not found)
};

// Findings a desk or a CI job has accepted: read from and written to a baseline file.
struct Baseline {
  std::set<std::string> accepted;                // finding ids
  std::map<std::string, BaselineEntry> entries;  // by finding id
};

// Reads a baseline file; the error names it.
Result<Baseline> ReadBaseline(const std::string& path,
                              const io::FileSystem& files = io::RealFileSystem());
// The baseline that accepts every contradiction and undecided group of `result`, with the
// sources each rests on; an entry `previous` already had keeps its `accepted_by`, `accepted_on`,
// `reason` and any other key a desk added.
std::string BaselineJson(const CheckResult& result, const std::optional<Baseline>& previous = {});

// The sources of a finding's claims: article ids, "reference" for the ledger's.
std::set<std::string> SourcesOf(const Finding& f);

// What a regression run concludes.
struct RegressionVerdict {
  std::vector<const Finding*> fresh;  // contradictions neither in the baseline nor expected
  // Accepted in the baseline, but a source it did not list joins the dispute: fresh too, with
  // the sources that joined (a desk accepted the dispute between the sources it knew).
  std::vector<std::pair<const Finding*, std::vector<std::string>>> new_evidence;
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
