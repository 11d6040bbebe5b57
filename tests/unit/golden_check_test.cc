// Golden cases for `crosscheck check` (tests/golden/<case>/): each folder holds a few articles
// (corpus/) and claim files (claims/), checked against the bundled catalogue (or the case's own
// claims/catalogue/ over the general one), and the findings
// it must produce (expected.txt). Each case reads as a statement of what crosscheck means by a
// contradiction, a tension, a variation or an inference. CROSSCHECK_UPDATE_GOLDEN=1 rewrites
// the expectations for review.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "app/check.h"
#include "app/validate.h"
#include "report/digest_report.h"
#include "report/render.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() / "tests/golden")) {
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class GoldenCheck : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenCheck, FindingsMatchExpected) {
  fs::path dir = testing::SourceDir() / "tests/golden" / GetParam();
  testing::ScopedCurrentPath cwd(dir);
  app::CheckOptions options;
  // A case with a catalogue of its own (claims/catalogue/) reads it over the general one, as a
  // corpus does; the others borrow the seed corpus's.
  if (!fs::exists("claims/catalogue")) {
    options.paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
  }
  if (fs::exists("strict")) options.precision = PrecisionMode::kStrict;
  auto run = app::Check(options);
  std::string actual;
  for (const auto& d : run.input.items()) actual += FormatDiagnostic(d) + "\n";
  actual += report::DigestReport(run.result);
  actual += fmt::format("exit {}\n", ToInt(run.exit_code));
  if (testing::UpdateGolden()) std::ofstream(dir / "expected.txt", std::ios::binary) << actual;
  EXPECT_EQ(actual, testing::ReadFile(dir / "expected.txt"));

  // A case may pin whole reports too: expected.<format> (expected.claimreview, ...) is the
  // report in that format, byte for byte (create the file to pin a format; updating rewrites it).
  for (const auto& format : report::FormatNames()) {
    fs::path pinned = dir / ("expected." + format);
    if (!fs::exists(pinned)) continue;
    std::string report = *report::Render(format, run.result);
    if (testing::UpdateGolden() && fs::exists(pinned)) {
      std::ofstream(pinned, std::ios::binary) << report;
    }
    EXPECT_EQ(report, testing::ReadFile(pinned)) << "expected." << format;
  }

  // The interval fast path and one thread must change nothing: Z3 alone gives the same report.
  options.fast_path = false;
  options.threads = 1;
  EXPECT_EQ(report::DigestReport(app::Check(options).result), report::DigestReport(run.result));
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenCheck, ::testing::ValuesIn(Cases()), [](const auto& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

}  // namespace
}  // namespace crosscheck
