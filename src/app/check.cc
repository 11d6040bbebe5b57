#include "app/check.h"

#include <fmt/format.h>

#include <filesystem>
#include <set>

#include "app/extract.h"
#include "app/regression.h"
#include "encode/encoding.h"
#include "io/text_file.h"
#include "solve/checker.h"

namespace crosscheck::app {

namespace {

// A contradiction found with the default reading of precision may dissolve when figures are
// read leniently (a full unit in the last digit); say which (docs/semantics.md).
void MarkPrecisionModes(const Corpus& corpus, const CheckOptions& options,
                        std::vector<Finding>& findings) {
  if (options.precision != PrecisionMode::kDefault) {
    for (auto& f : findings) {
      if (f.kind == FindingKind::kContradiction) {
        f.holds_in = options.precision == PrecisionMode::kStrict ? "strict precision"
                                                                 : "every precision mode";
      }
    }
    return;
  }
  z3::context ctx;
  encode::Encoding lenient = encode::Encode(corpus, ctx, {PrecisionMode::kLenient});
  for (auto& f : findings) {
    if (f.kind != FindingKind::kContradiction) continue;
    bool every = std::any_of(f.minimal_sets.begin(), f.minimal_sets.end(), [&](const auto& set) {
      return solve::Unsatisfiable(lenient, set, ctx, options.rlimit);
    });
    f.holds_in = every ? "every precision mode" : "default and strict precision, not lenient";
  }
}

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
  io::CorpusPaths paths = options.paths;
  paths.article_claims = options.claim_source != ClaimSource::kExtracted;
  Corpus corpus = io::LoadCorpus(paths, run.input);
  if (options.claim_source != ClaimSource::kHand) AddExtractedClaimFiles(corpus, run.input);
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
  z3::context ctx;
  encode::Encoding encoding = encode::Encode(corpus, ctx, {options.precision});
  // Claims with input errors were left out by the loader; the report lists why, with the rest.
  for (const auto& d : run.input.items()) {
    if (d.severity == Severity::kError) run.result.diagnostics.Add(d);
  }
  run.result.diagnostics.Append(encoding.diagnostics);
  run.result.claims = encoding.claims.size();
  size_t skipped = encoding.diagnostics.items().size();
  if (size_t loaded = corpus.ClaimCount(); loaded > encoding.claims.size() + skipped) {
    run.result.notes.push_back(fmt::format(
        "{} of the {} claims are entity-valued (such as founders): several values can hold at "
        "once, so they constrain nothing and are not checked.",
        loaded - encoding.claims.size() - skipped, loaded));
  }
  for (const auto& c : encoding.claims) run.result.claim_views.push_back(c.view);
  for (const auto& f : corpus.claim_files) run.result.claim_files.push_back(f.path);
  solve::SolveLimits limits{options.max_minimal_sets, options.rlimit};
  solve::CheckScope scope;
  scope.progress = options.progress;
  std::set<int> touched;
  if (!options.changed.empty()) {
    std::set<std::string> wanted;
    for (const auto& f : options.changed)
      wanted.insert(std::filesystem::weakly_canonical(f).string());
    for (size_t i = 0; i < encoding.claims.size(); ++i) {
      if (wanted.count(std::filesystem::weakly_canonical(encoding.claims[i].view.file).string())) {
        touched.insert(static_cast<int>(i));
      }
    }
    scope.only_touching = &touched;
  }
  run.result.findings = solve::Check(encoding, corpus, ctx, limits, &run.result.components, scope);
  MarkPrecisionModes(corpus, options, run.result.findings);
  if (!options.changed.empty()) {
    std::string files;
    for (const auto& f : options.changed) files += (files.empty() ? "" : ", ") + f;
    run.result.notes.push_back(
        fmt::format("Checked only the {} groups of claims that {} touch ({} of {} claims).",
                    run.result.components, files, touched.size(), encoding.claims.size()));
  }
  return Judge(options, std::move(run));
}

}  // namespace crosscheck::app
