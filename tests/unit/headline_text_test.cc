// Headlines in words (issue 14): entity names and property words, who says what in a dispute of
// two camps, the time a time-indexed fact speaks of, and no two findings with the same line.
#include "report/headline_text.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

FindingClaim Claim(const std::string& id, const std::string& article, const std::string& value) {
  FindingClaim c;
  c.id = id;
  c.article = article;
  c.value = value;
  c.subject = "fire-flyer-2";
  c.property = "chip_model";
  return c;
}

Finding ChipDispute() {
  Finding f;
  f.id = "C-1";
  f.kind = FindingKind::kContradiction;
  f.subject = "fire-flyer-2";
  f.property = "chip_model";
  f.names = {{"fire-flyer-2", "Fire-Flyer II"}};
  f.single_fact = true;
  f.claims = {Claim("ow", "01net", "H100"), Claim("lm", "lemonde", "A100"),
              Claim("rr", "reuters", "A100"), Claim("ref", "", "A100")};
  f.camps = {{"ow"}, {"lm", "rr", "ref"}};
  return f;
}

TEST(Headline, SaysWhoSaysWhatInADisputeOfTwoCamps) {
  report::OutletNames outlets = {
      {"01net", "01net"}, {"lemonde", "Le Monde"}, {"reuters", "reuters"}};
  EXPECT_EQ(report::Headline(ChipDispute(), outlets),
            "Fire-Flyer II's chip model: 01net says H100; Le Monde, reuters and the reference "
            "ledger say A100");
}

TEST(Headline, NamesTheTimeItsClaimsShare) {
  Finding f = ChipDispute();
  f.kind = FindingKind::kVariation;
  for (auto& c : f.claims) c.when = "2021";
  EXPECT_EQ(report::Headline(f, {}),
            "Fire-Flyer II's chip model (2021): «H100» and «A100» can all hold");
}

TEST(Headline, NoTwoFindingsShareOne) {
  CheckResult result;
  result.findings = {ChipDispute(), ChipDispute()};
  result.findings[1].id = "C-2";
  auto lines = report::Headlines(result);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0], lines[1]);
  EXPECT_EQ(lines[1], lines[0] + " (C-2)");
}

}  // namespace
}  // namespace crosscheck
