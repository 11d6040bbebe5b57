#include "app/check.h"

#include "encode/encoding.h"
#include "solve/checker.h"

namespace crosscheck::app {

CheckRun Check(const CheckOptions& options) {
  CheckRun run;
  Corpus corpus = io::LoadCorpus(options.paths, run.input);
  if (run.input.HasErrors()) {
    run.exit_code = ExitCode::kBadInput;
    return run;
  }
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
  run.result.diagnostics = encoding.diagnostics;
  run.result.claims = encoding.claims.size();
  for (const auto& c : encoding.claims) run.result.claim_views.push_back(c.view);
  for (const auto& f : corpus.claim_files) run.result.claim_files.push_back(f.path);
  solve::SolveLimits limits{options.max_minimal_sets, options.rlimit};
  run.result.findings = solve::Check(encoding, corpus, ctx, limits, &run.result.components);
  bool contradiction = false;
  for (const auto& f : run.result.findings) contradiction |= f.kind == FindingKind::kContradiction;
  run.exit_code = contradiction ? ExitCode::kFindings : ExitCode::kOk;
  return run;
}

}  // namespace crosscheck::app
