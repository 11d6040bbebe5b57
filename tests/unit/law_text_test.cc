// A background law is data from encode to report (model/law.h): report words each kind, and the
// piece and shard codec carries every field.
#include "report/law_text.h"

#include <gtest/gtest.h>

#include "app/result_codec.h"

namespace crosscheck {
namespace {

std::vector<Law> EveryKind() {
  return {
      {.kind = LawKind::kPublication,
       .subject = "lemonde-1",
       .days = {*DayFromCivil(2025, 1, 1), *DayFromCivil(2025, 2, 1)}},
      {.kind = LawKind::kTaxonomy, .taxonomy = "chips"},
      {.kind = LawKind::kAtMost, .property = "researcher_count", .other_property = "team_size"},
      {.kind = LawKind::kBeforePartOf,
       .property = "founding_date",
       .subject = "high-flyer",
       .other_property = "release_date",
       .other_subject = "deepseek"},
      {.kind = LawKind::kNotBeforeVia,
       .property = "acquisition_date",
       .subject = "fire-flyer-2",
       .other_property = "release_date",
       .other_subject = "nvidia-h100",
       .via_property = "chip_model",
       .via_node = "h100"},
      {.kind = LawKind::kPartAtMostWhole,
       .property = "employees",
       .subject = "plant",
       .other_property = "employees",
       .other_subject = "group"},
      {.kind = LawKind::kPartsDoNotOverlap,
       .property = "employees",
       .other_property = "employees",
       .other_subject = "group",
       .parts = {"plant", "depot"}},
  };
}

// The sentences encode used to make itself, byte for byte.
TEST(LawText, EveryKindInWords) {
  std::vector<std::string> words;
  for (const auto& law : EveryKind()) words.push_back(fmt::format("{}", law));
  EXPECT_EQ(words, (std::vector<std::string>{
                       "publication of lemonde-1 between 2025-01-01 and 2025-02-01",
                       "structure of taxonomy 'chips'",
                       "researcher_count is at most team_size",
                       "founding_date of high-flyer comes before release_date of deepseek",
                       "acquisition_date of fire-flyer-2 is not before release_date of "
                       "nvidia-h100 when chip_model is h100",
                       "a part is at most its whole: employees of plant is at most employees of "
                       "group (plant is part of group)",
                       "parts of one whole do not overlap: employees of plant + depot together "
                       "are at most employees of group",
                   }));
}

TEST(LawText, CodecKeepsEveryField) {
  app::PieceOutcome piece;
  piece.findings.emplace_back();
  piece.findings.back().kind = FindingKind::kContradiction;
  piece.findings.back().laws = EveryKind();
  auto back = app::DecodePiece(app::EncodePiece(piece));
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->findings.size(), 1u);
  EXPECT_EQ(back->findings.front().laws, EveryKind());
}

}  // namespace
}  // namespace crosscheck
