#pragma once

#include <optional>
#include <string>

#include "common/diagnostic.h"
#include "common/exit_code.h"
#include "io/corpus_loader.h"
#include "model/corpus.h"

namespace crosscheck::app {

struct ValidateResult {
  Corpus corpus;
  Diagnostics diagnostics;
  ExitCode exit_code = ExitCode::kOk;  // kFindings when any error was reported
};

// `crosscheck validate`: load everything, report every problem.
ValidateResult Validate(const io::CorpusPaths& paths);

// Diagnostics of `least` severity or worse as the terminal shows them, each with its source line
// and a caret: the one way every subcommand shows its problems (check shows errors and
// warnings; validate, which is asked for them, notes too).
// Source lines are read through `files`.
std::string FormatDiagnostics(const Diagnostics& diagnostics, Severity least = Severity::kNote,
                              const io::FileSystem& files = io::RealFileSystem());

// The diagnostics as FormatDiagnostics shows them, then a
// one-line summary: "5 articles, 120 claims, 0 errors, 1 warning".
std::string FormatValidateReport(const ValidateResult& result);

// One line per claim saying how crosscheck read its value and `when` (`validate --explain`):
// what a desk checks before trusting a finding.
std::string FormatClaimReadings(const Corpus& corpus);

// One claim's line of FormatClaimReadings without its position ("id subject.property = "value":
// read as ..."), or nullopt for a property the catalogue does not know.
std::optional<std::string> DescribeClaim(const Claim& claim, const Catalogue& catalogue);

}  // namespace crosscheck::app
