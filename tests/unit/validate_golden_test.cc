// `crosscheck validate` on a deliberately broken corpus (tests/validate/broken): every mistake
// is reported once, at its exact file:line:col, with the offending line and a caret, and the
// good claims of the same files are still loaded.

#include <gtest/gtest.h>

#include <fstream>

#include "app/validate.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

using testing::ReadFile;
using testing::SourceDir;

TEST(ValidateGolden, BrokenCorpusReportMatchesExpected) {
  auto dir = SourceDir() / "tests/validate/broken";
  testing::ScopedCurrentPath cwd(dir);
  auto result = app::Validate(io::CorpusPaths{});
  std::string report = app::FormatValidateReport(result);
  if (testing::UpdateGolden()) {
    std::ofstream(dir / "expected.txt", std::ios::binary) << report;
  }
  EXPECT_EQ(report, ReadFile(dir / "expected.txt"));
  EXPECT_EQ(result.exit_code, ExitCode::kFindings);
}

TEST(ValidateGolden, BrokenCorpusKeepsTheGoodClaims) {
  testing::ScopedCurrentPath cwd(SourceDir() / "tests/validate/broken");
  auto result = app::Validate(io::CorpusPaths{});
  ASSERT_EQ(result.corpus.articles.size(), 1u);  // escape and badutf8 are rejected
  std::vector<std::string> ids;
  for (const auto& f : result.corpus.claim_files) {
    for (const auto& c : f.claims) ids.push_back(c.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"ok-cost", "dup-quote"}));
}

TEST(ValidateGolden, BundledCorpusIsClean) {
  testing::ScopedCurrentPath cwd(SourceDir());
  auto result = app::Validate({});
  // Notes (a quote the article repeats) are allowed; errors and warnings are not.
  std::string report = app::FormatValidateReport(result);
  EXPECT_TRUE(report.ends_with("5 articles, 6 claim files, " +
                               std::to_string(result.corpus.ClaimCount()) +
                               " claims, 0 errors, 0 warnings\n"))
      << report;
  for (const auto& d : result.diagnostics.items()) EXPECT_EQ(d.severity, Severity::kNote);
  EXPECT_EQ(result.exit_code, ExitCode::kOk);
  // Every seed article is covered by a hand-written claim file of real size.
  for (const auto& file : result.corpus.claim_files) {
    if (file.reference) continue;
    EXPECT_GE(file.claims.size(), 12u) << file.path;
  }
  EXPECT_GE(result.corpus.ClaimCount(), 140u);
}

}  // namespace
}  // namespace crosscheck
