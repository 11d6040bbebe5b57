// Reports for people at scale (report/variation_counts.h): past a thousand variations, Markdown
// and HTML show every other finding in full and each variation as one line of counts, and draw
// only the claims of the findings shown; JSON still lists every variation with its claims.
// Below the threshold nothing changes (every golden case is under it).
#include "report/variation_counts.h"

#include <gtest/gtest.h>

#include <string>

#include "report/render.h"

namespace crosscheck {
namespace {

DayNumber Day(int y, int m, int d) { return *DayFromCivil(y, m, d); }

FindingClaim DatedClaim(std::string id, std::string article, DayNumber day) {
  FindingClaim c;
  c.id = std::move(id);
  c.article = std::move(article);
  c.subject = "s";
  c.property = "release_date";
  c.value = c.id;
  c.quote = c.value;
  c.scale = IntervalScale::kCalendarDays;
  c.days = DayInterval{day, day + 1};
  c.low = c.high = FormatDay(day);
  c.unit = "day";
  return c;
}

// A contradiction on subject "c" and `variations` variations, each of two claims in two of the
// articles a0..a9 (the variations' claims on other days than the contradiction's).
CheckResult WithVariations(size_t variations) {
  CheckResult result;
  for (int a = 0; a < 10; ++a) {
    ArticleInfo info;
    info.id = "a" + std::to_string(a);
    result.articles.push_back(info);
  }
  Finding c;
  c.id = "C-1";
  c.kind = FindingKind::kContradiction;
  c.severity = FindingSeverity::kHigh;
  c.subject = "c";
  c.property = "release_date";
  c.claims = {DatedClaim("c-x", "a0", Day(2020, 1, 1)), DatedClaim("c-y", "a1", Day(2021, 1, 1))};
  c.minimal_sets = {{"c-x", "c-y"}};
  c.camps = {{"c-x"}, {"c-y"}};
  c.retract = {"c-x"};
  result.findings.push_back(c);
  for (const auto& claim : c.claims) result.claim_views.push_back(claim);
  for (size_t i = 0; i < variations; ++i) {
    Finding v;
    v.id = "V-" + std::to_string(i);
    v.kind = FindingKind::kVariation;
    v.subject = "v" + std::to_string(i);
    v.property = "release_date";
    std::string a = "a" + std::to_string(2 + i % 8);
    v.claims = {DatedClaim(v.id + "-x", a, Day(2010, 1, 1)),
                DatedClaim(v.id + "-y", a, Day(2010, 1, 1) + 1)};
    for (auto& claim : v.claims) claim.subject = v.subject;
    for (const auto& claim : v.claims) result.claim_views.push_back(claim);
    result.findings.push_back(v);
  }
  result.claims = result.claim_views.size();
  return result;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(VariationCounts, AThousandVariationsAreStillListedInFull) {
  CheckResult result = WithVariations(report::kVariationsListedInFull);
  EXPECT_FALSE(report::CountsVariations(result));
  std::string md = *report::Render("md", result);
  EXPECT_EQ(md.find("## Variations"), std::string::npos);
  EXPECT_NE(md.find("| V-999-x |"), std::string::npos);  // the claim table of the last one
}

TEST(VariationCounts, PastAThousandMarkdownCountsThemPerFact) {
  CheckResult result = WithVariations(report::kVariationsListedInFull + 1);
  ASSERT_TRUE(report::CountsVariations(result));
  std::vector<report::VariationCount> counts = report::VariationCounts(result);
  ASSERT_EQ(counts.size(), 1001u);
  EXPECT_EQ(counts[0].finding, 1u);
  EXPECT_EQ(counts[0].fact, "v0.release_date");
  EXPECT_EQ(counts[0].claims, 2u);
  EXPECT_EQ(counts[0].articles, 1u);

  std::string md = *report::Render("md", result);
  // The contradiction in full: its summary row, its section and its claims.
  EXPECT_NE(md.find("| 1 | contradiction | high | c.release_date |"), std::string::npos);
  EXPECT_NE(md.find("### 1. Contradiction"), std::string::npos);
  EXPECT_NE(md.find("| c-x |"), std::string::npos);
  // Each variation one row of counts, no section, no claim of theirs.
  EXPECT_NE(md.find("The 1001 variations are counted per fact"), std::string::npos);
  EXPECT_NE(md.find("## Variations\n\n1001 facts"), std::string::npos);
  EXPECT_NE(md.find("| 2 | v0.release_date | 2 | 1 | `V-0` |\n"), std::string::npos);
  EXPECT_NE(md.find("| 1002 | v1000.release_date | 2 | 1 | `V-1000` |\n"), std::string::npos);
  EXPECT_EQ(md.find("### 2. Variation"), std::string::npos);
  EXPECT_EQ(md.find("V-0-x"), std::string::npos);
  EXPECT_EQ(Count(md, "| variation |"), 0u);

  // JSON still has every variation with its claims.
  std::string json = *report::Render("json", result);
  EXPECT_EQ(Count(json, "\"kind\": \"variation\""), 1001u);
  EXPECT_NE(json.find("\"V-1000-y\""), std::string::npos);
}

TEST(VariationCounts, PastAThousandHtmlCountsThemAndDrawsOnlyTheFindingsShown) {
  CheckResult result = WithVariations(report::kVariationsListedInFull + 1);
  std::string html = *report::Render("html", result);
  EXPECT_NE(html.find("id=\"variations\""), std::string::npos);
  EXPECT_NE(html.find("<td>v1000.release_date</td>"), std::string::npos);
  // One card (the contradiction), filtered among one kind; the timeline draws its two claims on
  // the rows of its two articles.
  EXPECT_EQ(Count(html, "<article "), 1u);
  EXPECT_EQ(html.find("value=\"variation\""), std::string::npos);
  EXPECT_EQ(html.find("V-0-x"), std::string::npos);
  EXPECT_NE(html.find("<title>c-x: s.release_date"), std::string::npos);
  // Rows for a0, a1 and the ledger; none for the articles of variations alone.
  EXPECT_EQ(Count(html, "class=\"row-label\""), 3u);
}

}  // namespace
}  // namespace crosscheck
