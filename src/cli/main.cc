// crosscheck's executable: parses arguments and calls the app library (STYLE.md practice 1).

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "app/check.h"
#include "app/validate.h"
#include "common/exit_code.h"
#include "io/text_file.h"
#include "report/json_report.h"
#include "report/markdown_report.h"

namespace {

using crosscheck::ExitCode;
using crosscheck::ToInt;

void AddCorpusOptions(CLI::App* cmd, crosscheck::io::CorpusPaths& paths) {
  cmd->add_option("--corpus", paths.corpus_display, "Folder of articles and their .meta.yaml")
      ->capture_default_str();
  cmd->add_option("--claims", paths.claims_display,
                  "Folder of claim files, with catalogue/ and reference.yaml")
      ->capture_default_str();
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
  std::string format = "md", output = "-", precision = "default";
  CLI::App* check =
      app.add_subcommand("check",
                         "Check that the claims can all be true; report contradictions, tensions, "
                         "variations and inferences");
  AddCorpusOptions(check, paths);
  check->add_option("--format", format, "Report format")
      ->check(CLI::IsMember({"md", "json"}))
      ->capture_default_str();
  check->add_option("--output", output, "Report file, or - for standard output")
      ->capture_default_str();
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

  try {
    app.parse(argc, argv);
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
    auto run = crosscheck::app::Check(check_options);
    if (run.exit_code == ExitCode::kBadInput) {
      crosscheck::app::ValidateResult shown;
      shown.diagnostics = run.input;
      std::fputs(crosscheck::app::FormatValidateReport(shown).c_str(), stderr);
      std::fputs("crosscheck: input errors, nothing checked (run `crosscheck validate`)\n", stderr);
      return ToInt(ExitCode::kBadInput);
    }
    std::string report = format == "json" ? crosscheck::report::JsonReport(run.result)
                                          : crosscheck::report::MarkdownReport(run.result);
    if (output == "-") {
      std::fputs(report.c_str(), stdout);
    } else if (std::string error = crosscheck::io::WriteFileAtomically(output, report);
               !error.empty()) {
      std::fprintf(stderr, "crosscheck: %s\n", error.c_str());
      return ToInt(ExitCode::kBadInput);
    }
    return ToInt(run.exit_code);
  }
  return ToInt(ExitCode::kBadInput);
}
