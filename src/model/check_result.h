#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/article.h"
#include "model/finding.h"
#include "model/uncompared_rates.h"

namespace crosscheck {

// What a report needs to know about an article: who published it and when.
struct ArticleInfo {
  std::string id;
  std::string file;
  std::string outlet;
  std::vector<std::string> authors;
  std::string language;
  PublicationDate published;
  std::string text;  // for quotes shown in context
  std::string title;
  std::string url;  // "" when the metadata gives none
};

// Who accepted a finding in the baseline, when and why, as the baseline file says (each may be
// empty): reports show it beside the finding.
struct Acceptance {
  std::string by;      // `accepted_by`
  std::string on;      // `accepted_on`, as written (a day, usually)
  std::string reason;  // `reason`
  bool empty() const { return by.empty() && on.empty() && reason.empty(); }
};

// The regression verdict as data (when a baseline or `expect` marks were given): finding ids a
// pipeline can act on, besides the sentences of `notes`.
struct RegressionResult {
  std::vector<std::string> fresh;  // contradictions neither accepted nor expected: fail CI
  // Accepted disputes that a source the baseline did not list now joins (a subset of `fresh`:
  // a desk accepted the dispute between the sources it knew).
  std::vector<std::string> new_evidence;
  std::vector<std::string> accepted;  // accepted by the baseline or by `expect: conflict`
  std::vector<std::string> resolved;  // in the baseline, no longer found
  // Where the baseline lists each resolved finding (its file, and the line of its id there), so
  // that CI annotations of a resolved finding point at the entry to remove.
  std::string baseline_file;
  std::map<std::string, int> baseline_lines;
  std::vector<std::string> unmet;  // claim ids marked `expect: conflict` in no contradiction
};

// Everything `crosscheck check` found: the input to every report format.
struct CheckResult {
  std::vector<ArticleInfo> articles;
  std::vector<Finding> findings;
  // Checked claims reports show besides findings: dated ones (the HTML timeline) and those with
  // an `expect` mark (the regression verdict). Not every claim: at scale, views would be most
  // of the memory.
  std::vector<FindingClaim> claim_views;
  std::vector<std::string> claim_files;  // every claim file that was read, in order
  Diagnostics diagnostics;               // claims that could not be checked, and why
  std::vector<std::string> notes;        // scope and regression verdicts, shown by every report
  // Rates of one subject over a stated period and without one, never compared: every report
  // says so beside the notes (report/notes_text.h).
  std::vector<UncomparedRates> uncompared_rates;
  std::set<std::string> accepted;  // finding ids accepted by a baseline or by `expect: conflict`
  std::map<std::string, Acceptance> acceptances;  // accepted finding id -> who, when, why
  size_t claims = 0;
  size_t components = 0;
  std::optional<RegressionResult> regression;
};

}  // namespace crosscheck
