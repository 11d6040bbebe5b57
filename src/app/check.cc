#include "app/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "app/extract.h"
#include "app/regression.h"
#include "app/solve_pieces.h"
#include "io/content_key.h"
#include "io/general_catalogue.h"
#include "io/text_file.h"

namespace crosscheck::app {

namespace fs = std::filesystem;

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
                           [](const FindingClaim& c) { return c.expect != Expectation::kNone; });
  if (baseline || marks) {
    for (auto& line : verdict.Lines()) run.result.notes.push_back("Regression: " + line);
    RegressionResult data;
    for (const auto* f : verdict.fresh) data.fresh.push_back(f->id);
    for (const auto* f : verdict.accepted) data.accepted.push_back(f->id);
    data.resolved = verdict.resolved;
    data.unmet = verdict.unmet_claims;
    run.result.regression = std::move(data);
  }
  run.exit_code = verdict.exit_code;
  // Invalid input wins over findings: what was checked is less than what was given.
  if (run.input.HasErrors()) run.exit_code = ExitCode::kBadInput;
  return run;
}

}  // namespace

namespace {

// What a piece's outcome depends on besides its own claims and articles (io/content_key.h):
// the binary, the catalogue's files, the ledger's rates and the options that change readings
// or findings.
std::string Fingerprint(const CheckOptions& options, const Corpus& corpus) {
  io::ContentKey key;
  key.Add("crosscheck pieces");
  key.Add(static_cast<long long>(io::BinaryFingerprint()));
  fs::path catalogue = options.paths.catalogue_dir.empty() ? options.paths.claims_dir / "catalogue"
                                                           : options.paths.catalogue_dir;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(catalogue, ec)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    key.Add(f.filename().string());
    auto bytes = io::ReadFileBytes(f);
    key.Add(bytes.has_value());  // an unreadable file keys apart from an empty one
    key.Add(bytes.value_or(""));
  }
  key.Add(io::GeneralCatalogueBytes());  // the shipped catalogue under the corpus's
  for (const auto& r : corpus.exchange_rates) key.Add(r);
  // Also in GeneralCatalogueBytes; keyed here too as what the encoder was given.
  for (const auto& r : corpus.shipped_exchange_rates) key.Add(r);
  key.Add(static_cast<long long>(options.precision));
  key.Add(options.max_minimal_sets);
  key.Add(options.rlimit);
  key.Add(options.fast_path);
  return key.Digest();
}

// Takes the article texts out of `corpus`, which is not used afterwards.
CheckFrame FrameOf(const CheckOptions& options, Corpus& corpus, Diagnostics input) {
  CheckFrame frame;
  for (auto& a : corpus.articles) {
    frame.articles.push_back({a.id, options.paths.corpus_display + "/" + a.path, a.outlet,
                              a.authors, a.language, a.published, std::move(a.text), a.title,
                              a.url});
  }
  frame.input = std::move(input);
  for (const auto& f : corpus.claim_files) frame.claim_files.push_back(f.path);
  frame.loaded_claims = corpus.ClaimCount();
  return frame;
}

// An unmatched --changed path is an input error (`input`), so that a typo cannot pass for a
// clean check of nothing.
SolveRequest RequestFor(const CheckOptions& options, const Corpus& corpus, Diagnostics& input) {
  SolveRequest request;
  request.precision = options.precision;
  request.limits = {options.max_minimal_sets, options.rlimit, options.fast_path};
  request.threads = options.threads;
  request.progress = options.progress;
  request.shard = options.shard;
  if (options.changed) {
    // Claims name their file as the loader displayed it; match the files the user named.
    std::map<std::string, std::string> by_canonical;
    for (const auto& file : corpus.claim_files) {
      by_canonical.emplace(fs::weakly_canonical(file.path).string(), file.path);
    }
    request.changed.emplace();
    for (const auto& f : *options.changed) {
      auto it = by_canonical.find(fs::weakly_canonical(f).string());
      if (it == by_canonical.end()) {
        input.Error({f, 0, 0}, "--changed names no claim file of the corpus");
      } else {
        request.changed->insert(it->second);
      }
    }
  }
  return request;
}

// The report's content from the frame and the merged outcomes; then the regression verdict.
CheckRun Assemble(const CheckOptions& options, CheckFrame frame, SolvedCorpus solved) {
  CheckRun run;
  run.input = std::move(frame.input);
  run.result.articles = std::move(frame.articles);
  // Claims with input errors were left out by the loader; the report lists why, with the rest.
  for (const auto& d : run.input.items()) {
    if (d.severity == Severity::kError) run.result.diagnostics.Add(d);
  }
  run.result.diagnostics.Append(solved.diagnostics);
  // Claims the encoder left out are input errors too: shown, and the exit code is 2.
  run.input.Append(solved.diagnostics);
  run.result.claims = solved.encoded;
  run.result.components = solved.components;
  run.result.findings = std::move(solved.findings);
  size_t skipped = solved.diagnostics.items().size();
  if (!options.changed && frame.loaded_claims > solved.encoded + skipped) {
    run.result.notes.push_back(fmt::format(
        "{} of the {} claims are entity-valued (such as founders): several values can hold at "
        "once, so they constrain nothing and are not checked.",
        frame.loaded_claims - solved.encoded - skipped, frame.loaded_claims));
  }
  run.result.claim_views = std::move(solved.views);
  run.result.claim_files = std::move(frame.claim_files);
  if (options.changed) {
    std::string files;
    for (const auto& f : *options.changed) files += (files.empty() ? "" : ", ") + f;
    run.result.notes.push_back(
        fmt::format("Checked only the {} groups of claims that {} touch ({} of {} claims).",
                    run.result.components, files, solved.touched, frame.loaded_claims));
  }
  return Judge(options, std::move(run));
}

struct Solved {
  CheckFrame frame;
  std::vector<PieceOutcome> outcomes;
  size_t cached = 0;
  double load_s = 0, pieces_s = 0;
  SolveTimings timings;
};

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Loads the corpus and solves the pieces the options select (through the cache if any).
void LoadAndSolve(const CheckOptions& options, Solved& out) {
  auto start = std::chrono::steady_clock::now();
  Diagnostics input;
  io::CorpusPaths paths = options.paths;
  paths.article_claims = options.claim_source != ClaimSource::kExtracted;
  Corpus corpus = io::LoadCorpus(paths, input);
  if (options.claim_source != ClaimSource::kHand) AddExtractedClaimFiles(corpus, input);
  out.load_s = Seconds(start);
  start = std::chrono::steady_clock::now();
  PieceCache cache(options.cache_dir);
  SolveRequest request = RequestFor(options, corpus, input);
  if (cache.enabled()) {
    request.cache = &cache;
    request.fingerprint = Fingerprint(options, corpus);
  }
  request.timings = &out.timings;
  out.outcomes = SolvePieces(corpus, request);
  bool partial = options.changed.has_value() || options.shard.count > 1;
  if (std::string error = cache.Save(partial); !error.empty()) {
    input.Warning({options.cache_dir, 0, 0}, "cache not saved: " + error);
  }
  out.cached = cache.hits();
  out.pieces_s = Seconds(start);
  out.frame = FrameOf(options, corpus, std::move(input));
}

}  // namespace

CheckRun Check(const CheckOptions& options) {
  Solved solved;
  LoadAndSolve(options, solved);
  size_t pieces = solved.outcomes.size();
  CheckRun run =
      Assemble(options, std::move(solved.frame), MergeOutcomes(std::move(solved.outcomes)));
  run.pieces = pieces;
  run.pieces_cached = solved.cached;
  run.load_s = solved.load_s;
  run.pieces_s = solved.pieces_s;
  run.prepare_s = static_cast<double>(solved.timings.prepare_ns) / 1e9;
  run.encode_cpu_s = static_cast<double>(solved.timings.encode_ns) / 1e9;
  run.solve_cpu_s = static_cast<double>(solved.timings.solve_ns) / 1e9;
  run.components_solved = solved.timings.components;
  run.components_without_z3 = solved.timings.without_z3;
  return run;
}

ShardRun CheckShard(const CheckOptions& options) {
  Solved solved;
  LoadAndSolve(options, solved);
  ShardRun run;
  run.input = solved.frame.input;
  for (const auto& piece : solved.outcomes) {
    for (const auto& [index, d] : piece.diagnostics) run.input.Add(d);
  }
  run.exit_code = run.input.HasErrors() ? ExitCode::kBadInput : ExitCode::kOk;
  run.encoded = EncodeShard({options.shard.index, options.shard.count, std::move(solved.frame),
                             std::move(solved.outcomes)});
  return run;
}

CheckRun Merge(const std::vector<std::string>& shard_files, const CheckOptions& options) {
  CheckRun failed;
  failed.exit_code = ExitCode::kBadInput;
  std::optional<CheckFrame> frame;
  std::vector<PieceOutcome> outcomes;
  std::set<int> seen;
  int count = 0;
  for (const auto& file : shard_files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      failed.input.Error({file, 0, 0}, "cannot read shard result");
      continue;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string error;
    auto shard = DecodeShard(bytes.str(), &error);
    if (!shard) {
      failed.input.Error({file, 0, 0}, error);
      continue;
    }
    if (count != 0 && shard->count != count) {
      failed.input.Error({file, 0, 0},
                         fmt::format("shard {}/{} belongs to a split in {}, not {}", shard->index,
                                     shard->count, shard->count, count));
      continue;
    }
    count = shard->count;
    if (!seen.insert(shard->index).second) {
      failed.input.Error({file, 0, 0}, fmt::format("shard {}/{} given twice", shard->index, count));
      continue;
    }
    if (!frame) frame = std::move(shard->frame);
    for (auto& p : shard->pieces) outcomes.push_back(std::move(p));
  }
  if (!failed.input.HasErrors() && static_cast<int>(seen.size()) != count) {
    std::string missing;
    for (int i = 1; i <= count; ++i) {
      if (!seen.count(i)) missing += (missing.empty() ? "" : ", ") + std::to_string(i);
    }
    failed.input.Error({shard_files.empty() ? "merge" : shard_files.front(), 0, 0},
                       fmt::format("shards missing from the split in {}: {}", count, missing));
  }
  if (failed.input.HasErrors() || !frame) {
    if (!frame) failed.input.Error({"merge", 0, 0}, "no shard result given");
    return failed;
  }
  // Pieces come back grouped by shard; MergeOutcomes orders their contents, as in one run.
  return Assemble(options, std::move(*frame), MergeOutcomes(std::move(outcomes)));
}

}  // namespace crosscheck::app
