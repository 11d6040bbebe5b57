// Golden cases for the automatic path (tests/golden-extract/<case>/): each folder holds raw
// articles (corpus/, bare .txt files or with their .meta.yaml) and nothing else unless the case
// is about a corpus's own catalogue (claims/catalogue/). expected.txt pins what `crosscheck
// extract` proposes for them (every candidate claim, with its confidence and reasons) and what
// `crosscheck check --extract` then reports, so each case reads as a rule of extraction
// (docs/extraction.md) shown on an article. CROSSCHECK_UPDATE_GOLDEN=1 rewrites the
// expectations for review.

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "app/check.h"
#include "app/extract.h"
#include "report/digest_report.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() / "tests/golden-extract")) {
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// One line per candidate: "<article> <subject>.<property> = <value> [@ <when>]: high|low", the
// reasons of a low one indented below it.
std::string Candidates(const app::ExtractRun& run) {
  std::string out;
  for (const auto& a : run.articles) {
    for (const auto& c : a.attachment.candidates) {
      out += fmt::format("candidate {} {}.{} = {}{}: {}\n", a.article, c.subject, c.property,
                         c.value_text, c.when_text.empty() ? "" : " @ " + c.when_text,
                         c.confidence.low() ? "low" : "high");
      for (const auto& r : c.confidence.reasons) out += fmt::format("  because {}\n", r);
    }
  }
  return out;
}

class GoldenExtract : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenExtract, CandidatesAndFindingsMatchExpected) {
  fs::path dir = testing::SourceDir() / "tests/golden-extract" / GetParam();
  testing::ScopedCurrentPath cwd(dir);
  app::ExtractOptions extract;
  for (const auto& entry : fs::directory_iterator("corpus")) {
    if (entry.path().extension() == ".txt") {
      extract.articles.push_back((fs::path("corpus") / entry.path().filename()).string());
    }
  }
  std::sort(extract.articles.begin(), extract.articles.end());
  ASSERT_FALSE(extract.articles.empty()) << "a case needs articles in corpus/";
  app::ExtractRun extracted = app::Extract(extract);
  ASSERT_EQ(extracted.exit_code, ExitCode::kOk);
  std::string actual = Candidates(extracted);

  app::CheckOptions check;
  check.claim_source = app::ClaimSource::kExtracted;
  app::CheckRun run = app::Check(check);
  actual += report::DigestReport(run.result);
  actual += fmt::format("exit {}\n", ToInt(run.exit_code));
  if (testing::UpdateGolden()) std::ofstream(dir / "expected.txt", std::ios::binary) << actual;
  EXPECT_EQ(actual, testing::ReadFile(dir / "expected.txt"));
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenExtract, ::testing::ValuesIn(Cases()), [](const auto& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

}  // namespace
}  // namespace crosscheck
