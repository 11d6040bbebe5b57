// SARIF links crosscheck's documentation when the build names where it is published
// (CROSSCHECK_DOCS_URL): the tool's informationUri and each rule's helpUri (GitHub's GH2012).
// Without one the links are left out rather than pointing somewhere that may not resolve.
// tests/cli/ci_validators_test.sh runs the SARIF multitool over real reports.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report/sarif_report.h"

namespace crosscheck {
namespace {

std::string Sarif(std::string_view docs_url) {
  std::string text;
  StringSink out(text);
  report::SarifReportWithDocs(CheckResult{}, docs_url, out);
  return text;
}

TEST(SarifDocs, LinksTheToolAndEveryRuleToTheDocs) {
  auto sarif = nlohmann::json::parse(Sarif("https://docs.example.org/crosscheck"));
  const auto& driver = sarif["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["informationUri"], "https://docs.example.org/crosscheck/README.md");
  ASSERT_FALSE(driver["rules"].empty());
  for (const auto& rule : driver["rules"]) {
    EXPECT_EQ(rule["helpUri"], "https://docs.example.org/crosscheck/docs/semantics.md#findings");
    // SARIF1001: a rule's name is a readable identifier, not its id again.
    std::string id = rule["id"], name = rule["name"];
    for (auto& ch : id) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_NE(id, name);
  }
}

TEST(SarifDocs, NoDocsUrlNoLinks) {
  auto sarif = nlohmann::json::parse(Sarif(""));
  const auto& driver = sarif["runs"][0]["tool"]["driver"];
  EXPECT_FALSE(driver.contains("informationUri"));
  for (const auto& rule : driver["rules"]) EXPECT_FALSE(rule.contains("helpUri"));
}

}  // namespace
}  // namespace crosscheck
