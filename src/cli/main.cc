// crosscheck's executable: parses arguments and calls the app library (STYLE.md practice 1).

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>

#include "app/check.h"
#include "app/validate.h"
#include "common/exit_code.h"
#include "io/text_file.h"
#include "report/render.h"

namespace {

using crosscheck::ExitCode;
using crosscheck::ToInt;

void AddCorpusOptions(CLI::App* cmd, crosscheck::io::CorpusPaths& paths) {
  cmd->add_option("--corpus", paths.corpus_display, "Folder of articles and their .meta.yaml")
      ->capture_default_str();
  cmd->add_option("--claims", paths.claims_display,
                  "Folder of claim files, with catalogue/ and reference.yaml")
      ->capture_default_str();
  cmd->add_option("--threads", paths.threads, "Threads for loading files (0: one per core)")
      ->capture_default_str();
  cmd->add_option("--cache-dir", paths.cache_dir,
                  "Keep parsed claim files here; unchanged ones are not parsed again");
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

int RunCheck(crosscheck::app::CheckOptions options, const std::vector<std::string>& formats,
             const std::vector<std::string>& outputs) {
  options.progress = ProgressLine();
  auto run = crosscheck::app::Check(options);
  if (run.input.HasErrors()) {
    crosscheck::app::ValidateResult shown;
    shown.diagnostics = run.input;
    std::fputs(crosscheck::app::FormatValidateReport(shown).c_str(), stderr);
    std::fputs("crosscheck: claims with input errors were left out; the rest was checked\n",
               stderr);
  }
  // One solve, every requested format, each to its own output.
  for (size_t i = 0; i < formats.size(); ++i) {
    std::string report = *crosscheck::report::Render(formats[i], run.result);
    const std::string& output = outputs.empty() ? std::string("-") : outputs[i];
    if (output == "-") {
      std::fputs(report.c_str(), stdout);
    } else if (std::string error = crosscheck::io::WriteFileAtomically(output, report);
               !error.empty()) {
      std::fprintf(stderr, "crosscheck: %s\n", error.c_str());
      return ToInt(ExitCode::kBadInput);
    }
  }
  for (const auto& note : run.result.notes) std::fprintf(stderr, "crosscheck: %s\n", note.c_str());
  return ToInt(run.exit_code);
}

}  // namespace

int main(int argc, char** argv) {
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
  check->add_option("--format", formats, "Report format(s): one per --output")
      ->check(CLI::IsMember(crosscheck::report::FormatNames()))
      ->capture_default_str();
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
  check->add_option("--baseline", check_options.baseline,
                    "Accepted findings: only new contradictions fail the run (exit 1)");
  check->add_flag("--update-baseline", check_options.update_baseline,
                  "Write --baseline from this run instead of comparing");
  check->add_option("--changed", check_options.changed,
                    "Re-check only the groups of claims these claim files touch");

  try {
    app.parse(argc, argv);
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
  if (check->parsed()) {
    check_options.paths = paths;
    check_options.precision = precision == "strict"    ? crosscheck::PrecisionMode::kStrict
                              : precision == "lenient" ? crosscheck::PrecisionMode::kLenient
                                                       : crosscheck::PrecisionMode::kDefault;
    return RunCheck(check_options, formats, outputs);
  }
  return ToInt(ExitCode::kBadInput);
}
