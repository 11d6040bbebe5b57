// Findings to review in every report format (docs/extraction.md, "Confidence and review"): the
// golden case tests/golden/low-confidence-review has one contradiction on high-confidence
// claims, one on a low-confidence claim and one inference that rests on a low-confidence claim.
// Only the first counts, fails CI and sets the exit code; the others are shown apart, with what
// to check.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/check.h"
#include "report/render.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

app::CheckRun RunCase() {
  testing::ScopedCurrentPath cwd(testing::SourceDir() / "tests/golden/low-confidence-review");
  app::CheckOptions options;
  options.paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
  return app::Check(options);
}

std::string Render(std::string_view format, const CheckResult& result) {
  return report::Render(format, result).value_or("");
}

TEST(ReviewReport, JsonKindReviewOfAndReasons) {
  auto run = RunCase();
  EXPECT_EQ(run.exit_code, ExitCode::kFindings);  // the founding dates, not the review
  auto json = nlohmann::json::parse(Render("json", run.result));
  EXPECT_EQ(json["summary"]["contradiction"], 1);
  EXPECT_EQ(json["summary"]["inference"], 0);
  EXPECT_EQ(json["summary"]["to_review"], 2);
  const auto& cost = json["findings"][1];
  EXPECT_EQ(cost["kind"], "to_review");
  EXPECT_EQ(cost["review_of"], "contradiction");
  EXPECT_EQ(cost["minimal_sets"].size(), 1u);  // the evidence of a contradiction stays
  const auto& low = cost["claims"][0];
  EXPECT_EQ(low["id"], "a-cost");
  EXPECT_EQ(low["confidence"]["level"], "low");
  EXPECT_EQ(low["confidence"]["reasons"].size(), 2u);
  EXPECT_FALSE(cost["claims"][1].contains("confidence"));  // high: not written
  EXPECT_EQ(json["findings"][2]["review_of"], "inference");
  EXPECT_FALSE(json["findings"][0].contains("review_of"));
}

TEST(ReviewReport, MarkdownHasItsOwnSectionAfterTheOthers) {
  std::string md = Render("md", RunCase().result);
  size_t contradiction = md.find("### 1. Contradiction");
  size_t section = md.find("\n## To review\n");
  size_t cost =
      md.find("### 2. To review, possible contradiction (high): DeepSeek's training cost");
  ASSERT_NE(contradiction, std::string::npos);
  ASSERT_NE(section, std::string::npos);
  ASSERT_NE(cost, std::string::npos);
  EXPECT_LT(contradiction, section);
  EXPECT_LT(section, cost);
  EXPECT_NE(md.find("**1 contradictions**"), std::string::npos);
  EXPECT_NE(md.find("2 more to review"), std::string::npos);
  EXPECT_NE(md.find("**To check.**\n\n- a-cost «3,2 milliards de dollars»: subject only assumed"),
            std::string::npos);
}

TEST(ReviewReport, SarifNoteAndJunitNoFailure) {
  auto run = RunCase();
  auto sarif = nlohmann::json::parse(Render("sarif", run.result));
  int notes = 0;
  for (const auto& r : sarif["runs"][0]["results"]) {
    if (r["ruleId"] == "to_review") {
      EXPECT_EQ(r["level"], "note");
      EXPECT_NE(r["message"]["text"].get<std::string>().find(" To check "), std::string::npos);
      ++notes;
    }
  }
  EXPECT_EQ(notes, 2);
  std::string junit = Render("junit", run.result);
  // The founding dates are one failing test case; the findings to review are test cases that
  // pass, their evidence in system-out.
  EXPECT_NE(junit.find("failures=\"1\""), std::string::npos) << junit;
  EXPECT_EQ(junit.find("type=\"to_review\""), std::string::npos) << junit;
  EXPECT_NE(junit.find("classname=\"crosscheck.to_review\""), std::string::npos) << junit;
  EXPECT_NE(junit.find("<system-out>to review: "), std::string::npos) << junit;
}

TEST(ReviewReport, HtmlSectionAndReasons) {
  std::string html = Render("html", RunCase().result);
  size_t section = html.find("<section id=\"to-review\">");
  ASSERT_NE(section, std::string::npos);
  EXPECT_LT(html.find("data-kind=\"contradiction\""), section);
  EXPECT_GT(html.find("data-kind=\"to_review\""), section);
  EXPECT_NE(html.find("<dt>to check</dt>"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
