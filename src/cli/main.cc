// crosscheck's executable: parses arguments and calls the app library (STYLE.md practice 1).

#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>

#include "app/check.h"
#include "app/extract.h"
#include "app/language_server.h"
#include "app/output.h"
#include "app/validate.h"
#include "cli/heap_policy.h"
#include "common/closest_name.h"
#include "common/exit_code.h"
#include "common/version.h"

namespace {

using crosscheck::ExitCode;
using crosscheck::ToInt;

// Every --help ends with what the exit code says (README "Exit codes").
constexpr const char* kExitCodes =
    "Exit codes: 0 consistent / valid; 1 contradictions found / validation problems; 2 invalid "
    "input or usage, or a partial check (claims left out); 3 aborted by a failure crosscheck "
    "did not expect.";

void AddCorpusOptions(CLI::App* cmd, crosscheck::io::CorpusPaths& paths) {
  cmd->add_option("--corpus", paths.corpus_display, "Folder of articles and their .meta.yaml")
      ->capture_default_str();
  cmd->add_option("--claims", paths.claims_display,
                  "Folder of claim files, with catalogue/ and reference.yaml")
      ->capture_default_str();
  cmd->add_option("--threads", paths.threads,
                  "Worker threads for loading and solving (0: one per core)")
      ->check(CLI::Range(0, 4096))
      ->capture_default_str();
  cmd->add_option("--cache-dir", paths.cache_dir,
                  "Keep parsed claim files (and, for check, solved groups) here; later runs "
                  "redo only what changed");
}

// A progress line on stderr for runs that take more than a second, only on a terminal.
std::function<void(size_t, size_t)> ProgressLine() {
  if (!::isatty(STDERR_FILENO)) return {};
  auto start = std::chrono::steady_clock::now();
  return [start](size_t done, size_t total) {
    if (std::chrono::steady_clock::now() - start < std::chrono::seconds(1)) return;
    std::fprintf(stderr, "\rcrosscheck: checked %zu of %zu groups of claims", done, total);
    if (done == total) std::fputc('\n', stderr);
  };
}

// Peak resident memory of this process so far (Linux reports kilobytes).
long PeakRssMb() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

// The diagnostics a run met down to `least` severity, on stderr: the one place the CLI shows
// them.
void ShowDiagnostics(const crosscheck::Diagnostics& diagnostics,
                     crosscheck::Severity least = crosscheck::Severity::kNote) {
  std::fputs(crosscheck::app::FormatDiagnostics(diagnostics, least).c_str(), stderr);
}

// A check's diagnostics, and what its input errors mean for the report.
void ShowInputDiagnostics(const crosscheck::Diagnostics& input) {
  ShowDiagnostics(input, crosscheck::Severity::kWarning);
  if (input.HasErrors()) {
    std::fputs("crosscheck: claims with input errors were left out; the rest was checked\n",
               stderr);
  }
}

int Emit(const crosscheck::app::CheckRun& run, const std::vector<std::string>& formats,
         const std::vector<std::string>& outputs);

int RunCheck(crosscheck::app::CheckOptions options, const std::vector<std::string>& formats,
             const std::vector<std::string>& outputs, bool timings) {
  options.progress = ProgressLine();
  // Left for the system to reclaim at exit, in one step: freeing a million claims' findings and
  // views one object at a time takes seconds. Reachable from a static, so leak checkers do not
  // count it.
  static crosscheck::app::CheckRun* kept = nullptr;
  kept = new crosscheck::app::CheckRun(crosscheck::app::Check(options));
  const crosscheck::app::CheckRun& run = *kept;
  if (run.result.articles.empty() && run.input.HasErrors()) {
    // No corpus here (or none of it loads): a report of nothing would read as a clean check.
    ShowDiagnostics(run.input);
    std::fputs(
        "crosscheck: nothing to check (no article loaded; see --corpus and --claims); "
        "no report written\n",
        stderr);
    return ToInt(ExitCode::kBadInput);
  }
  if (!options.cache_dir.empty()) {
    std::fprintf(stderr, "crosscheck: cache %s: %zu of %zu pieces reused, %zu solved\n",
                 options.cache_dir.c_str(), run.pieces_cached, run.pieces,
                 run.pieces - run.pieces_cached);
  }
  auto start = std::chrono::steady_clock::now();
  int code = Emit(run, formats, outputs);
  if (timings) {
    double report_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(
        stderr,
        "crosscheck: timings load_s=%.3f prepare_s=%.3f encode_cpu_s=%.3f solve_cpu_s=%.3f "
        "pieces_wall_s=%.3f assemble_s=%.3f report_s=%.3f claims=%zu pieces=%zu cached=%zu "
        "components=%zu without_z3=%zu rss_mb=%ld\n",
        run.load_s, run.prepare_s, run.encode_cpu_s, run.solve_cpu_s, run.pieces_s, run.assemble_s,
        report_s, run.result.claims, run.pieces, run.pieces_cached, run.components_solved,
        run.components_without_z3, PeakRssMb());
  }
  return code;
}

// "I/N" with 1 <= I <= N, read once: the option's check and the run use this one reader.
std::optional<crosscheck::app::ShardSpec> ParseShard(const std::string& s) {
  crosscheck::app::ShardSpec shard;
  char extra = 0;
  if (std::sscanf(s.c_str(), "%d/%d%c", &shard.index, &shard.count, &extra) != 2 ||
      shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    return std::nullopt;
  }
  return shard;
}

int RunShard(crosscheck::app::CheckOptions options, const std::string& output) {
  options.progress = ProgressLine();
  auto run = crosscheck::app::CheckShard(options);
  ShowInputDiagnostics(run.input);
  if (auto written = crosscheck::app::WriteOutput(output, run.encoded); !written) {
    std::fprintf(stderr, "crosscheck: %s\n", written.error().message.c_str());
    return ToInt(ExitCode::kBadInput);
  }
  return ToInt(run.exit_code);
}

int Emit(const crosscheck::app::CheckRun& run, const std::vector<std::string>& formats,
         const std::vector<std::string>& outputs) {
  ShowInputDiagnostics(run.input);
  // One solve, every requested format, each to its own output.
  for (size_t i = 0; i < formats.size(); ++i) {
    const std::string& output = outputs.empty() ? std::string("-") : outputs[i];
    if (auto written = crosscheck::app::WriteReport(formats[i], run.result, output); !written) {
      std::fprintf(stderr, "crosscheck: %s\n", written.error().message.c_str());
      return ToInt(ExitCode::kBadInput);
    }
  }
  for (const auto& note : run.result.notes) std::fprintf(stderr, "crosscheck: %s\n", note.c_str());
  return ToInt(run.exit_code);
}

// The arguments a subcommand did not expect, in the order given, each unknown option with the
// one probably meant.
CLI::ExtrasError UnexpectedArguments(const CLI::App& sub, int argc, char** argv) {
  std::vector<std::string> names;
  for (const CLI::Option* option : sub.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
  }
  std::vector<std::string> extra = sub.remaining(), described;
  for (int i = 1; i < argc; ++i) {
    auto it = std::find(extra.begin(), extra.end(), argv[i]);
    if (it == extra.end()) continue;
    extra.erase(it);
    std::string arg = argv[i], flag = arg.substr(0, arg.find('='));
    auto meant = flag.starts_with("--") ? crosscheck::ClosestName(flag, names) : std::nullopt;
    described.push_back(meant ? fmt::format("{} (did you mean {}?)", arg, *meant) : arg);
  }
  std::reverse(described.begin(), described.end());  // CLI11 joins them back to front
  return CLI::ExtrasError(sub.get_name(), described);
}

// One format per output file, from its extension; an output whose extension names no format
// is md when it is the only one (the default), else a usage error.
std::vector<std::string> FormatsOfOutputs(const std::vector<std::string>& outputs,
                                          const std::string& option) {
  std::vector<std::string> formats;
  for (const auto& output : outputs) {
    auto format = crosscheck::app::FormatForFile(output);
    if (!format && outputs.size() > 1) {
      throw CLI::ValidationError(
          option, fmt::format("cannot tell the format of '{}' from its extension: give --format "
                              "for each --output",
                              output));
    }
    formats.push_back(format.value_or("md"));
  }
  return formats;
}

// Parses the command line, calls app, maps the outcome to an exit code. Expected problems
// (bad input, unreadable files) are values all the way here; an exception reaching main is
// one crosscheck does not expect, and aborts the run with its message (STYLE.md, the tiers).
int RealMain(int argc, char** argv) {
  CLI::App app{"crosscheck: checks whether the claims several articles make can all be true"};
  app.require_subcommand(1);
  crosscheck::io::CorpusPaths paths;

  CLI::App* validate = app.add_subcommand(
      "validate", "Load corpus, catalogue and claim files; report every problem as file:line:col");
  AddCorpusOptions(validate, paths);
  bool explain = false;
  validate->add_flag("--explain", explain, "Also print how each claim's value was read");

  crosscheck::app::CheckOptions check_options;
  std::vector<std::string> formats{"md"}, outputs;
  std::string precision = "default";
  CLI::App* check =
      app.add_subcommand("check",
                         "Check that the claims can all be true; report contradictions, tensions, "
                         "variations and inferences");
  AddCorpusOptions(check, paths);
  CLI::Option* format_option = check->add_option(
      "--format", formats,
      "Report format(s): one per --output (default: from each --output's extension, else md)");
  format_option->check(CLI::IsMember(crosscheck::app::ReportFormats()))->capture_default_str();
  check->add_option("--output", outputs, "Report file(s), or - for standard output");
  check
      ->add_option("--precision", precision,
                   "Reading of implied precision: strict (exact figures), default (half a unit "
                   "in the last digit) or lenient (a full unit)")
      ->check(CLI::IsMember({"strict", "default", "lenient"}))
      ->capture_default_str();
  check
      ->add_option("--max-sets", check_options.max_minimal_sets,
                   "Most minimal conflicting sets listed per group of claims")
      ->capture_default_str();
  check
      ->add_option("--rlimit", check_options.rlimit,
                   "Z3 resource limit per solver query (a deterministic work bound)")
      ->capture_default_str();
  check->add_flag("!--no-fast-path", check_options.fast_path,
                  "Send every group to Z3, even bounds on one variable (to compare engines)");
  check->add_option("--baseline", check_options.baseline,
                    "Accepted findings: only new contradictions fail the run (exit 1)");
  check->add_flag("--update-baseline", check_options.update_baseline,
                  "Write --baseline from this run instead of comparing");
  std::vector<std::string> changed;
  CLI::Option* changed_option =
      check->add_option("--changed", changed,
                        "Re-check only the groups of claims these claim files touch (each must "
                        "be a claim file of the corpus)");
  bool timings = false;
  check->add_flag("--timings", timings,
                  "Print where the time went (load, encode, solve, report) on stderr");
  std::string shard;
  check
      ->add_option("--shard", shard,
                   "Solve only shard I of N (I/N) and write its result to --output for `merge`")
      ->check([](const std::string& s) {
        return ParseShard(s) ? std::string()
                             : std::string("expected I/N with 1 <= I <= N, such as 2/8");
      });

  std::vector<std::string> shard_files;
  std::vector<std::string> merge_formats{"md"}, merge_outputs;
  CLI::App* merge = app.add_subcommand(
      "merge", "Combine the results of `check --shard I/N` (every I once) into one report");
  merge->add_option("shards", shard_files, "Shard result files")->required();
  CLI::Option* merge_format_option =
      merge->add_option("--format", merge_formats, "Report format(s): one per --output");
  merge_format_option->check(CLI::IsMember(crosscheck::app::ReportFormats()));
  merge->add_option("--output", merge_outputs, "Report file(s); - or none for stdout");
  merge->add_option("--baseline", check_options.baseline,
                    "Accepted findings: only new contradictions fail the run (exit 1)");
  bool use_extracted = false, keep_hand = false;
  check->add_flag("--extract", use_extracted,
                  "Check the claims `extract` proposes for each article instead of the "
                  "hand-written claim files (the reference ledger is kept)");
  check
      ->add_flag("--keep-hand-claims", keep_hand,
                 "With --extract: check the hand-written claim files as well")
      ->needs("--extract");

  crosscheck::app::ExtractOptions extract_options;
  CLI::App* extract = app.add_subcommand(
      "extract", "Propose candidate claims for articles, in the claim-file format (review them)");
  AddCorpusOptions(extract, paths);
  extract
      ->add_option("articles", extract_options.articles,
                   "Articles: corpus/<id>.txt (its .meta.yaml beside it) or article ids")
      ->required();
  extract->add_option("--output", extract_options.output_dir,
                      "Folder to write <id>.yaml into (default: standard output)");

  CLI::App* lsp = app.add_subcommand(
      "lsp",
      "Language server for claim files (JSON-RPC over stdin/stdout): problems and findings as "
      "diagnostics, hover, completion");
  AddCorpusOptions(lsp, paths);

  app.set_version_flag("--version", fmt::format("crosscheck {}", crosscheck::ToolVersion()));
  app.footer(kExitCodes);
  for (CLI::App* sub : {validate, check, merge, extract, lsp}) {
    sub->footer(kExitCodes);
    sub->allow_extras();  // reported below, with the option that was probably meant
  }
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      auto meant = crosscheck::ClosestName(argv[1], names);
      std::fprintf(stderr,
                   "crosscheck: unknown command '%s'%s\nRun with --help for more information.\n",
                   argv[1], meant ? fmt::format(" (did you mean '{}'?)", *meant).c_str() : "");
      return ToInt(ExitCode::kBadInput);
    }
  }
  try {
    app.parse(argc, argv);
    for (CLI::App* sub : {validate, check, merge, extract, lsp}) {
      if (sub->parsed() && !sub->remaining().empty()) throw UnexpectedArguments(*sub, argc, argv);
    }
    // `--output report.json` alone: the format comes from the file's extension.
    if (check->parsed() && format_option->count() == 0 && !outputs.empty()) {
      formats = FormatsOfOutputs(outputs, "--output");
    }
    if (merge->parsed() && merge_format_option->count() == 0 && !merge_outputs.empty()) {
      merge_formats = FormatsOfOutputs(merge_outputs, "--output");
    }
    if (check->parsed() && outputs.size() > 1 && outputs.size() != formats.size()) {
      throw CLI::ValidationError("--output", "give one --output per --format");
    }
    if (check->parsed() && formats.size() > 1 && outputs.size() != formats.size()) {
      throw CLI::ValidationError("--format", "several formats need one --output each");
    }
    if (check->parsed() && check_options.update_baseline && check_options.baseline.empty()) {
      throw CLI::ValidationError("--update-baseline", "needs --baseline FILE");
    }
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : ToInt(ExitCode::kBadInput);
  }
  paths.corpus_dir = paths.corpus_display;
  paths.claims_dir = paths.claims_display;

  if (validate->parsed()) {
    auto result = crosscheck::app::Validate(paths);
    if (explain) std::fputs(crosscheck::app::FormatClaimReadings(result.corpus).c_str(), stdout);
    std::fputs(crosscheck::app::FormatValidateReport(result).c_str(),
               result.diagnostics.empty() ? stdout : stderr);
    return ToInt(result.exit_code);
  }
  if (merge->parsed()) {
    auto run = crosscheck::app::Merge(shard_files, check_options);
    if (run.exit_code == ExitCode::kBadInput && run.result.articles.empty()) {
      ShowDiagnostics(run.input);
      return ToInt(run.exit_code);
    }
    return Emit(run, merge_formats, merge_outputs);
  }
  if (check->parsed() && !shard.empty()) {
    check_options.shard = *ParseShard(shard);  // the option's check accepted it
    if (outputs.size() != 1 || outputs[0] == "-") {
      std::fputs("crosscheck: --shard writes its result to one --output FILE\n", stderr);
      return ToInt(ExitCode::kBadInput);
    }
  }
  if (extract->parsed()) {
    crosscheck::cli::KeepHeapForLargeBuffers();
    extract_options.paths = paths;
    auto run = crosscheck::app::Extract(extract_options);
    std::fputs(run.output.c_str(), stdout);
    ShowDiagnostics(run.diagnostics);
    return ToInt(run.exit_code);
  }
  if (lsp->parsed()) {
    check_options.paths = paths;
    check_options.threads = static_cast<unsigned>(std::max(paths.threads, 0));
    check_options.cache_dir = paths.cache_dir.string();
    return crosscheck::app::RunLanguageServer(check_options, stdin, stdout, stderr);
  }
  if (check->parsed()) {
    check_options.paths = paths;
    check_options.threads = static_cast<unsigned>(std::max(paths.threads, 0));
    check_options.cache_dir = paths.cache_dir.string();
    check_options.claim_source = !use_extracted ? crosscheck::app::ClaimSource::kHand
                                 : keep_hand    ? crosscheck::app::ClaimSource::kBoth
                                                : crosscheck::app::ClaimSource::kExtracted;
    check_options.precision = precision == "strict"    ? crosscheck::PrecisionMode::kStrict
                              : precision == "lenient" ? crosscheck::PrecisionMode::kLenient
                                                       : crosscheck::PrecisionMode::kDefault;
    if (changed_option->count() > 0) check_options.changed = changed;
    if (!shard.empty()) return RunShard(check_options, outputs[0]);
    return RunCheck(check_options, formats, outputs, timings);
  }
  return ToInt(ExitCode::kBadInput);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return RealMain(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crosscheck: aborted: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "crosscheck: aborted by an unknown exception\n");
  }
  return ToInt(ExitCode::kAborted);
}
