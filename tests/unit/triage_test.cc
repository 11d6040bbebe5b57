// The report's first screen: per article, the claims the cheapest corrections of contradictions
// doubt, each with its finding; findings to review and claims not doubted stay out.
#include "report/triage.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

FindingClaim Claim(const std::string& id, const std::string& article) {
  FindingClaim c;
  c.id = id;
  c.article = article;
  return c;
}

TEST(Triage, ListsTheDoubtedClaimsByArticleLedgerLast) {
  CheckResult result;
  ArticleInfo a, b;
  a.id = "a";
  a.outlet = "Le Monde";
  b.id = "b";
  result.articles = {a, b};
  Finding dispute;
  dispute.kind = FindingKind::kContradiction;
  dispute.claims = {Claim("a-1", "a"), Claim("b-1", "b"), Claim("ref", "")};
  dispute.retract = {"b-1", "ref"};
  Finding review = dispute;
  review.kind = FindingKind::kToReview;
  review.review_of = FindingKind::kContradiction;
  result.findings = {review, dispute};
  auto doubts = report::DoubtsByArticle(result);
  ASSERT_EQ(doubts.size(), 2u);
  EXPECT_EQ(doubts[0].article, "b");
  ASSERT_EQ(doubts[0].doubts.size(), 1u);
  EXPECT_EQ(doubts[0].doubts[0].claim->id, "b-1");
  EXPECT_EQ(doubts[0].doubts[0].finding, 1u);  // the contradiction, not the one to review
  EXPECT_EQ(doubts[1].article, "");            // the reference ledger
  EXPECT_EQ(doubts[1].doubts[0].claim->id, "ref");
}

TEST(Triage, NothingToDoubtWithoutContradictions) {
  CheckResult result;
  Finding variation;
  variation.kind = FindingKind::kVariation;
  variation.claims = {Claim("a-1", "a")};
  result.findings = {variation};
  EXPECT_TRUE(report::DoubtsByArticle(result).empty());
}

}  // namespace
}  // namespace crosscheck
