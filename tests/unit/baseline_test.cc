// A baseline keeps who accepted a finding, when and why, through refreshes; and a source the
// baseline did not list that joins an accepted dispute is new evidence, not silently accepted
// (README "Regression"; tests/cli/ci_formats_test.sh runs the same through the command line).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app/regression.h"
#include "fake_file_system.h"
#include "report/notes_text.h"

namespace crosscheck {
namespace {

Finding Dispute(const std::vector<std::pair<std::string, std::string>>& claims) {
  Finding f;
  f.id = "C-abc";
  f.kind = FindingKind::kContradiction;
  f.subject = "deepseek";
  f.property = "researcher_count";
  for (const auto& [id, article] : claims) {
    FindingClaim c;
    c.id = id;
    c.article = article;
    c.value = id;
    f.claims.push_back(c);
  }
  f.minimal_sets = {{claims.front().first, claims.back().first}};
  return f;
}

app::Baseline Read(const std::string& json) {
  testing::FakeFileSystem files;
  files.Put("base.json", json);
  Result<app::Baseline> read = app::ReadBaseline("base.json", files);
  EXPECT_TRUE(read.ok());
  return read.ok() ? *read : app::Baseline{};
}

TEST(Baseline, KeepsWhoWhenWhyAndTheDesksOwnKeysWhenRefreshed) {
  app::Baseline previous = Read(R"({"crosscheck_baseline": 1, "accepted": [
      {"id": "C-abc", "summary": "old words", "sources": ["a", "b"],
       "accepted_by": "J. Martin", "accepted_on": "2026-11-30",
       "reason": "both figures are quoted as their sources gave them", "ticket": "DESK-12"}]})");
  const app::BaselineEntry& e = previous.entries.at("C-abc");
  EXPECT_EQ(e.acceptance.by, "J. Martin");
  EXPECT_EQ(e.acceptance.on, "2026-11-30");
  EXPECT_EQ(*e.sources, (std::set<std::string>{"a", "b"}));

  CheckResult result;
  result.findings = {Dispute({{"a-researchers", "a"}, {"b-researchers", "b"}})};
  auto written = nlohmann::json::parse(app::BaselineJson(result, previous));
  const auto& entry = written.at("accepted").at(0);
  EXPECT_EQ(entry.at("id"), "C-abc");
  EXPECT_EQ(entry.at("sources"), nlohmann::json({"a", "b"}));
  EXPECT_EQ(entry.at("accepted_by"), "J. Martin");
  EXPECT_EQ(entry.at("accepted_on"), "2026-11-30");
  EXPECT_EQ(entry.at("reason"), "both figures are quoted as their sources gave them");
  EXPECT_EQ(entry.at("ticket"), "DESK-12");
  EXPECT_NE(entry.at("summary"), "old words");  // crosscheck's own keys are rewritten
}

TEST(Baseline, AnAcceptedDisputeStaysAcceptedWithTheSourcesItListed) {
  app::Baseline b = Read(R"({"accepted": [{"id": "C-abc", "sources": ["a", "b"]}]})");
  CheckResult result;
  // Claims renamed or added within the listed articles change nothing.
  result.findings = {Dispute({{"a-renamed", "a"}, {"b-researchers", "b"}, {"b-again", "b"}})};
  app::RegressionVerdict v = app::Evaluate(result, b);
  EXPECT_EQ(v.accepted.size(), 1u);
  EXPECT_TRUE(v.fresh.empty());
  EXPECT_TRUE(v.new_evidence.empty());
  EXPECT_EQ(v.exit_code, ExitCode::kOk);
}

TEST(Baseline, ASourceJoiningAnAcceptedDisputeIsNewEvidence) {
  app::Baseline b = Read(R"({"accepted": [{"id": "C-abc", "sources": ["a", "b"]}]})");
  CheckResult result;
  result.findings = {Dispute({{"a-researchers", "a"}, {"b-researchers", "b"}, {"c-x", "c"}})};
  app::RegressionVerdict v = app::Evaluate(result, b);
  ASSERT_EQ(v.new_evidence.size(), 1u);
  EXPECT_EQ(v.new_evidence.front().second, std::vector<std::string>{"c"});
  EXPECT_EQ(v.fresh.size(), 1u);
  EXPECT_TRUE(v.accepted.empty());
  EXPECT_EQ(v.exit_code, ExitCode::kFindings);
  auto lines = v.Lines();
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "1 new, 0 accepted, 0 resolved");
  EXPECT_EQ(lines[1].rfind("new evidence in accepted C-abc: c now in the dispute (", 0), 0u)
      << lines[1];
}

TEST(Baseline, ABaselineWithoutSourcesAcceptsAsBefore) {
  app::Baseline b = Read(R"({"accepted": [{"id": "C-abc"}]})");
  CheckResult result;
  result.findings = {Dispute({{"a-researchers", "a"}, {"c-x", "c"}})};
  EXPECT_EQ(app::Evaluate(result, b).accepted.size(), 1u);
}

TEST(Baseline, ReportsSayWhoAcceptedAndWhy) {
  CheckResult result;
  result.accepted = {"C-abc", "C-def"};
  result.acceptances["C-abc"] = {"J. Martin", "2026-11-30", "quoted as given"};
  EXPECT_EQ(report::AcceptanceText(result, "C-abc"),
            "accepted by J. Martin on 2026-11-30: quoted as given");
  EXPECT_EQ(report::AcceptanceText(result, "C-def"), "accepted: baseline or expected");
  EXPECT_EQ(report::AcceptanceText(result, "C-ghi"), "");
}

}  // namespace
}  // namespace crosscheck
