// What `crosscheck extract` writes, the claim loader reads back: a candidate's confidence and
// reasons survive the claim file (docs/claim-format.md), and a high one without reasons is not
// written at all (high is the default).

#include "io/candidate_writer.h"

#include <gtest/gtest.h>

#include "io/claim_loader.h"
#include "io/corpus_loader.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

TEST(CandidateWriter, ConfidenceRoundTripsThroughTheLoader) {
  testing::ScopedCurrentPath cwd(testing::SourceDir() / "tests/golden/low-confidence-exit");
  io::CorpusPaths paths;
  paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
  Diagnostics diags;
  Corpus corpus = io::LoadCorpus(paths, diags);
  ASSERT_FALSE(diags.HasErrors());

  io::CandidateFile file;
  file.article = "a";
  io::CandidateClaim low{"a.x1",
                         "deepseek",
                         "training_cost",
                         "3,2 milliards de dollars",
                         "",
                         "Le modèle a coûté 3,2 milliards de dollars",
                         "candidate",
                         Confidence{},
                         Attribution{}};
  low.confidence = {ConfidenceLevel::kLow,
                    {"subject only assumed: no organisation named", "cue far from the figure"}};
  io::CandidateClaim high = low;
  high.id = "a.x2";
  high.confidence = {};
  high.attribution = {AttributionKind::kReported, "l'entreprise"};
  file.claims = {low, high};
  std::string yaml = io::FormatCandidateFile(file);
  EXPECT_NE(yaml.find("level: low"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("level: high"), std::string::npos) << yaml;

  std::map<std::string, io::SpaceFoldedText> folded;
  auto loaded = io::LoadClaimFileText("extracted/a.yaml", yaml, corpus, folded, nullptr, diags);
  ASSERT_TRUE(loaded);
  ASSERT_FALSE(diags.HasErrors());
  ASSERT_EQ(loaded->claims.size(), 2u);
  EXPECT_TRUE(loaded->claims[0].confidence.low());
  EXPECT_EQ(loaded->claims[0].confidence.reasons, low.confidence.reasons);
  EXPECT_FALSE(loaded->claims[1].confidence.low());
  EXPECT_TRUE(loaded->claims[1].confidence.reasons.empty());
  // An attribution the extractor read comes back as written.
  EXPECT_EQ(loaded->claims[0].attribution.kind, AttributionKind::kAsserted);
  EXPECT_EQ(loaded->claims[1].attribution.kind, AttributionKind::kReported);
  EXPECT_EQ(loaded->claims[1].attribution.source, "l'entreprise");
}

}  // namespace
}  // namespace crosscheck
