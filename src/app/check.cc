#include "app/check.h"

#include <fmt/format.h>

#include <filesystem>
#include <set>

#include "app/regression.h"
#include "app/solve_pieces.h"
#include "io/text_file.h"

namespace crosscheck::app {

namespace {

// Regression verdict: baseline and `expect` marks decide the exit code and add notes.
CheckRun Judge(const CheckOptions& options, CheckRun run) {
  if (options.update_baseline) {
    std::string error = io::WriteFileAtomically(options.baseline, BaselineJson(run.result));
    if (!error.empty()) {
      run.input.Error({options.baseline, 0, 0}, error);
      run.exit_code = ExitCode::kBadInput;
      return run;
    }
    run.result.notes.push_back(fmt::format("Baseline {} written.", options.baseline));
    run.exit_code = ExitCode::kOk;
    return run;
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    std::string error;
    baseline = ReadBaseline(options.baseline, &error);
    if (!baseline) {
      run.input.Error({options.baseline, 0, 0}, error);
      run.exit_code = ExitCode::kBadInput;
      return run;
    }
  }
  RegressionVerdict verdict = Evaluate(run.result, baseline);
  for (const auto* f : verdict.accepted) run.result.accepted.insert(f->id);
  bool marks = std::any_of(run.result.claim_views.begin(), run.result.claim_views.end(),
                           [](const FindingClaim& c) { return !c.expect.empty(); });
  if (baseline || marks) {
    for (auto& line : verdict.Lines()) run.result.notes.push_back("Regression: " + line);
  }
  run.exit_code = verdict.exit_code;
  // Invalid input wins over findings: what was checked is less than what was given.
  if (run.input.HasErrors()) run.exit_code = ExitCode::kBadInput;
  return run;
}

}  // namespace

CheckRun Check(const CheckOptions& options) {
  CheckRun run;
  Corpus corpus = io::LoadCorpus(options.paths, run.input);
  for (const auto& a : corpus.articles) {
    ArticleInfo info{a.id,
                     options.paths.corpus_display + "/" + a.path,
                     a.outlet,
                     a.authors,
                     a.language,
                     a.published.from ? FormatDay(*a.published.from) : "",
                     a.published.to ? FormatDay(*a.published.to) : "",
                     a.text};
    run.result.articles.push_back(std::move(info));
  }
  // Claims with input errors were left out by the loader; the report lists why, with the rest.
  for (const auto& d : run.input.items()) {
    if (d.severity == Severity::kError) run.result.diagnostics.Add(d);
  }
  SolveRequest request;
  request.precision = options.precision;
  request.limits = {options.max_minimal_sets, options.rlimit, options.fast_path};
  request.threads = options.threads;
  request.progress = options.progress;
  if (!options.changed.empty()) {
    // Claims name their file as the loader displayed it; match the files the user named.
    std::set<std::string> wanted;
    for (const auto& f : options.changed)
      wanted.insert(std::filesystem::weakly_canonical(f).string());
    for (const auto& file : corpus.claim_files) {
      if (wanted.count(std::filesystem::weakly_canonical(file.path).string())) {
        request.changed.insert(file.path);
      }
    }
  }
  SolvedCorpus solved = SolvePieces(corpus, request);
  run.result.diagnostics.Append(solved.diagnostics);
  run.result.claims = solved.views.size();
  run.result.components = solved.components;
  run.result.findings = std::move(solved.findings);
  size_t skipped = solved.diagnostics.items().size();
  if (size_t loaded = corpus.ClaimCount();
      options.changed.empty() && loaded > solved.views.size() + skipped) {
    run.result.notes.push_back(fmt::format(
        "{} of the {} claims are entity-valued (such as founders): several values can hold at "
        "once, so they constrain nothing and are not checked.",
        loaded - solved.views.size() - skipped, loaded));
  }
  run.result.claim_views = std::move(solved.views);
  for (const auto& f : corpus.claim_files) run.result.claim_files.push_back(f.path);
  if (!options.changed.empty()) {
    std::string files;
    for (const auto& f : options.changed) files += (files.empty() ? "" : ", ") + f;
    run.result.notes.push_back(
        fmt::format("Checked only the {} groups of claims that {} touch ({} of {} claims).",
                    run.result.components, files, solved.touched, corpus.ClaimCount()));
  }
  return Judge(options, std::move(run));
}

}  // namespace crosscheck::app
