// The CSV report: one row per finding and claim under a header, every field quoted with its
// quotes doubled (libcsv), CRLF line ends, and text that a spreadsheet would run as a formula
// made plain. tests/golden/figure-gap/expected.csv pins a whole report.
#include "report/csv_report.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace crosscheck {
namespace {

std::string Csv(const CheckResult& result) {
  std::string text;
  StringSink out(text);
  report::CsvReport(result, out);
  return text;
}

TEST(CsvReport, QuotesEveryFieldAndDisarmsFormulas) {
  CheckResult result;
  Finding f;
  f.id = "C-1";
  f.kind = FindingKind::kContradiction;
  f.subject = "acme";
  f.property = "cost";
  f.retract = {"a-cost"};
  FindingClaim c;
  c.id = "a-cost";
  c.article = "a";
  c.quote = "=HYPERLINK(\"http://x\")";
  c.value = "a \"round\" figure,\nsaid twice";
  c.low = "-5";
  f.claims = {c};
  result.findings = {f};
  std::string csv = Csv(result);
  size_t header_end = csv.find("\r\n");
  ASSERT_NE(header_end, std::string::npos);
  std::string row = csv.substr(header_end + 2);
  EXPECT_EQ(row.substr(row.size() - 2), "\r\n");
  EXPECT_NE(row.find(R"x("'=HYPERLINK(""http://x"")")x"), std::string::npos) << row;
  EXPECT_NE(row.find("\"a \"\"round\"\" figure,\nsaid twice\""), std::string::npos) << row;
  EXPECT_NE(row.find(R"(,"-5",)"), std::string::npos) << row;   // a bound stays a number
  EXPECT_NE(row.find(R"(,"yes",)"), std::string::npos) << row;  // the claim to doubt
}

TEST(CsvReport, NoFindingsIsTheHeaderAlone) {
  EXPECT_EQ(Csv(CheckResult{}).rfind("\"finding\",\"kind\",", 0), 0u);
  std::string header = Csv(CheckResult{});
  EXPECT_EQ(std::count(header.begin(), header.end(), '\n'), 1);
}

}  // namespace
}  // namespace crosscheck
