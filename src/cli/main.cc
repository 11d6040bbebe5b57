// crosscheck's executable: parses arguments and calls the app library (STYLE.md practice 1).

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "app/validate.h"
#include "common/exit_code.h"

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
  return ToInt(ExitCode::kBadInput);
}
