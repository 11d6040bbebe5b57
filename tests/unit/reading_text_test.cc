// A claim's reading is data from model and encode to report (model/claim_reading.h): report
// words the value and each of encode's notes, and the piece and shard codec carries them.
#include "report/reading_text.h"

#include <gtest/gtest.h>

#include "app/result_codec.h"
#include "parse/quantity_parser.h"

namespace crosscheck {
namespace {

std::vector<ReadingNote> EveryNote() {
  return {
      {.kind = ReadingNoteKind::kAtPublication},
      {.kind = ReadingNoteKind::kAnchored, .claim = "launch"},
      {.kind = ReadingNoteKind::kAnchored,
       .claim = "launch",
       .days = DayInterval{*DayFromCivil(2026, 3, 16), *DayFromCivil(2026, 3, 17)}},
      {.kind = ReadingNoteKind::kBetween, .claim = "planned", .other_claim = "opened"},
      {.kind = ReadingNoteKind::kConverted,
       .unit = "EUR",
       .other_unit = "USD",
       .rate_low = Rational(128, 125),
       .rate_high = Rational(527, 500),
       .rate_periods = {{*DayFromCivil(2025, 1, 1), *DayFromCivil(2025, 2, 1)}},
       .rate_sources = {"ECB 2025"}},
      {.kind = ReadingNoteKind::kPartOf, .claim = "total", .whole_value = "6 millions"},
      {.kind = ReadingNoteKind::kPartOfOtherUnit,
       .claim = "total",
       .unit = "EUR",
       .other_unit = "USD"},
  };
}

// The words encode used to append itself, byte for byte.
TEST(ReadingText, EveryNoteInWords) {
  std::vector<std::string> words;
  for (const auto& note : EveryNote()) words.push_back(fmt::format("{}", note));
  EXPECT_EQ(words, (std::vector<std::string>{
                       " (at the article's publication date)",
                       " (claim 'launch')",
                       " (claim 'launch': 2026-03-16)",
                       " between the dates of claims 'planned' and 'opened'",
                       "; converted at 1.024 to 1.054 USD per EUR (2025-01; shipped rate: ECB "
                       "2025)",
                       " (a part of claim 'total', «6 millions»: a part is at most its whole)",
                       " (a part of claim 'total', not compared: this figure is in EUR, that "
                       "one in USD)",
                   }));
}

ClaimReading SixMillionEuros() {
  Catalogue cat;
  Unit euro;
  euro.id = "EUR";
  euro.dimension = Dimension::kMoney;
  euro.words = {"euros"};
  cat.AddUnit(euro);
  auto q =
      parse::ParseQuantity("6 millions d'euros", parse::Language::kFrench, cat, Dimension::kMoney);
  EXPECT_TRUE(q.ok());
  ClaimReading r;
  r.value = q.value();
  r.notes = EveryNote();
  return r;
}

TEST(ReadingText, ValueThenNotes) {
  ClaimReading r = SixMillionEuros();
  r.notes.resize(1);
  EXPECT_EQ(fmt::format("{}", r),
            "read as [5.5, 6.5) millions: half a unit of 1 in the last significant digit (unit "
            "EUR) (at the article's publication date)");
}

TEST(ReadingText, CodecKeepsEveryField) {
  app::PieceOutcome piece;
  FindingClaim view;
  view.reading = SixMillionEuros();
  view.reading.unit_id = "EUR";
  view.reading.base_unit = "USD";
  view.reading.unit_factor = Rational(11, 10);
  piece.views.emplace_back(0, view);
  auto back = app::DecodePiece(app::EncodePiece(piece));
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->views.size(), 1u);
  EXPECT_EQ(fmt::format("{}", back->views.front().second.reading), fmt::format("{}", view.reading));
  EXPECT_EQ(back->views.front().second.reading.notes.size(), EveryNote().size());
}

}  // namespace
}  // namespace crosscheck
