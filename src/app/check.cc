#include "app/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>

#include "app/extract.h"
#include "app/regression.h"
#include "app/solve_pieces.h"
#include "encode/uncompared_rates.h"
#include "io/content_key.h"
#include "io/file_system.h"
#include "io/general_catalogue.h"

namespace crosscheck::app {

namespace fs = std::filesystem;

namespace {

// Regression verdict: baseline and `expect` marks decide the exit code and add notes.
CheckRun Judge(const CheckOptions& options, CheckRun run) {
  if (options.update_baseline) {
    // A baseline already there keeps who accepted what, when and why (a missing file is a first
    // baseline; one that is there but unreadable is an error, not silently replaced).
    std::optional<Baseline> previous;
    if (options.paths.files->Exists(options.baseline)) {
      Result<Baseline> read = ReadBaseline(options.baseline, *options.paths.files);
      if (!read) {
        run.input.Error({options.baseline, 0, 0}, read.error().message);
        run.exit_code = ExitCode::kBadInput;
        return run;
      }
      previous = std::move(read).value();
    }
    Status written =
        options.paths.files->WriteAtomically(options.baseline, BaselineJson(run.result, previous));
    if (!written) {
      run.input.Error({options.baseline, 0, 0}, written.error().message);
      run.exit_code = ExitCode::kBadInput;
      return run;
    }
    run.result.notes.push_back(fmt::format("Baseline {} written.", options.baseline));
    run.exit_code = ExitCode::kOk;
    return run;
  }
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    Result<Baseline> read = ReadBaseline(options.baseline, *options.paths.files);
    if (!read) {
      run.input.Error({options.baseline, 0, 0}, read.error().message);
      run.exit_code = ExitCode::kBadInput;
      return run;
    }
    baseline = std::move(read).value();
  }
  RegressionVerdict verdict = Evaluate(run.result, baseline);
  for (const auto* f : verdict.accepted) {
    run.result.accepted.insert(f->id);
    if (!baseline) continue;
    auto it = baseline->entries.find(f->id);
    if (it != baseline->entries.end() && !it->second.acceptance.empty()) {
      run.result.acceptances[f->id] = it->second.acceptance;
    }
  }
  bool marks = std::any_of(run.result.claim_views.begin(), run.result.claim_views.end(),
                           [](const FindingClaim& c) { return c.expect != Expectation::kNone; });
  if (baseline || marks) {
    for (auto& line : verdict.Lines()) run.result.notes.push_back("Regression: " + line);
    RegressionResult data;
    for (const auto* f : verdict.fresh) data.fresh.push_back(f->id);
    for (const auto& [f, sources] : verdict.new_evidence) data.new_evidence.push_back(f->id);
    for (const auto* f : verdict.accepted) data.accepted.push_back(f->id);
    data.resolved = verdict.resolved;
    if (baseline) {
      data.baseline_file = options.baseline;
      for (const auto& id : verdict.resolved)
        data.baseline_lines[id] = baseline->entries.at(id).line;
    }
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
// or findings. A catalogue file that cannot be read is an error, never keyed as some bytes: the
// run then goes without the cache rather than risk a stale answer; the error names the file.
Result<std::string> Fingerprint(const CheckOptions& options, const Corpus& corpus) {
  const io::FileSystem& files = *options.paths.files;
  io::ContentKey key;
  key.Add("crosscheck pieces");
  key.Add(static_cast<long long>(io::BinaryFingerprint()));
  fs::path catalogue = options.paths.catalogue_dir.empty() ? options.paths.claims_dir / "catalogue"
                                                           : options.paths.catalogue_dir;
  // No catalogue folder is a state of its own (the general catalogue alone), keyed as such.
  key.Add(files.IsDirectory(catalogue));
  if (files.IsDirectory(catalogue)) {
    auto listed = files.List(catalogue);
    if (!listed) {
      return Error{fmt::format("cannot list {}: {}", catalogue.string(), listed.error().message)};
    }
    for (const auto& f : *listed) {
      if (files.IsDirectory(f)) continue;
      key.Add(f.filename().string());
      auto bytes = files.ReadUpTo(f, io::kAnySize);
      if (!bytes) return Error{fmt::format("{}: {}", f.string(), bytes.error().message)};
      key.Add(*bytes);
    }
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
  frame.uncompared_rates = encode::FindUncomparedRates(corpus);
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
  request.trace = options.trace;
  request.changed_claims = options.changed_claims;
  if (options.changed) {
    // Claims name their file as the loader displayed it; match the files the user named.
    // A path the system cannot resolve (a bad name, a loop of links) matches no file; the
    // error_code overload keeps that a value, not an exception that would abort the run.
    auto canonical = [](const std::string& path) {
      std::error_code ec;
      fs::path resolved = fs::weakly_canonical(path, ec);
      return ec ? std::optional<std::string>() : resolved.string();
    };
    // Only the claim files named like one of the given paths are resolved: a corpus has tens of
    // thousands of files, and resolving each is a few system calls.
    std::set<std::string> names;
    for (const auto& f : *options.changed) {
      names.insert(fs::path(f).filename().string());
      if (auto resolved = canonical(f)) names.insert(fs::path(*resolved).filename().string());
    }
    std::map<std::string, std::string> by_canonical;
    for (const auto& file : corpus.claim_files) {
      if (!names.count(fs::path(file.path).filename().string())) continue;
      if (auto resolved = canonical(file.path)) by_canonical.emplace(*resolved, file.path);
    }
    // A claim file the loader could not read (or parse) is named by its own error already.
    std::set<std::string> with_errors, reported;
    for (const auto& d : input.items()) {
      if (d.severity == Severity::kError) with_errors.insert(d.pos.file);
    }
    for (const auto& file : with_errors) {
      if (auto resolved = canonical(file)) reported.insert(*resolved);
    }
    request.changed.emplace();
    for (const auto& f : *options.changed) {
      auto resolved = canonical(f);
      auto it = resolved ? by_canonical.find(*resolved) : by_canonical.end();
      if (it == by_canonical.end() && resolved && reported.count(*resolved)) continue;
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
  run.result.uncompared_rates = std::move(frame.uncompared_rates);
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
  std::shared_ptr<const Corpus> corpus;  // with CheckOptions::keep_corpus
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
  PieceCache own(options.piece_cache ? std::string() : options.cache_dir, *options.paths.files);
  PieceCache& cache = options.piece_cache ? *options.piece_cache : own;
  size_t hits_before = cache.hits();
  SolveRequest request = RequestFor(options, corpus, input);
  if (cache.enabled()) {
    Result<std::string> fingerprint = Fingerprint(options, corpus);
    if (Status loaded = options.piece_cache ? Status::Ok() : cache.Load(); !loaded) {
      input.Warning({cache.file().string(), 0, 0}, "cache not read: " + loaded.error().message);
    } else if (!fingerprint) {
      input.Warning({options.cache_dir, 0, 0}, "cache not used: " + fingerprint.error().message);
    } else {
      request.cache = &cache;
      request.fingerprint = *fingerprint;
    }
  }
  request.timings = &out.timings;
  out.outcomes = SolvePieces(corpus, request);
  bool partial = options.changed.has_value() || options.shard.count > 1;
  // A cache this run could not use is left as it is.
  bool save = request.cache && !options.piece_cache;  // a held cache stays in memory
  if (Status saved = save ? cache.Save(partial) : Status::Ok(); !saved) {
    input.Warning({options.cache_dir, 0, 0}, "cache not saved: " + saved.error().message);
  }
  out.cached = cache.hits() - hits_before;
  out.pieces_s = Seconds(start);
  out.frame = FrameOf(options, corpus, std::move(input));
  if (options.keep_corpus) out.corpus = std::make_shared<const Corpus>(std::move(corpus));
}

}  // namespace

CheckRun Check(const CheckOptions& options) {
  Solved solved;
  LoadAndSolve(options, solved);
  size_t pieces = solved.outcomes.size();
  auto start = std::chrono::steady_clock::now();
  CheckRun run =
      Assemble(options, std::move(solved.frame), MergeOutcomes(std::move(solved.outcomes)));
  run.assemble_s = Seconds(start);
  run.corpus = std::move(solved.corpus);
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
    Result<std::string> bytes = options.paths.files->ReadUpTo(file, io::kAnySize);
    if (!bytes) {
      failed.input.Error({file, 0, 0}, "cannot read shard result: " + bytes.error().message);
      continue;
    }
    Result<ShardResult> shard = DecodeShard(*bytes);
    if (!shard) {
      failed.input.Error({file, 0, 0}, shard.error().message);
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
