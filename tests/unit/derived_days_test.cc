// A relative or year-less date read against its article's known publication day has its days
// shown, marked as derived (FindingClaim::days_source): the words every report prints, and the
// piece and shard codec carries the mark. tests/golden/derived-dates pins a whole report.
#include <gtest/gtest.h>

#include "app/result_codec.h"
#include "report/finding_text.h"

namespace crosscheck {
namespace {

FindingClaim Days(const std::string& low, const std::string& high, DaysSource source) {
  FindingClaim c;
  c.low = low;
  c.high = high;
  c.unit = "day";
  c.scale = IntervalScale::kCalendarDays;
  c.days_source = source;
  return c;
}

TEST(DerivedDays, NormalisedValueSaysWhereTheDaysComeFrom) {
  EXPECT_EQ(
      report::NormalizedText(Days("2025-01-27", "2025-01-27", DaysSource::kAsWritten), "", ""),
      "2025-01-27");
  EXPECT_EQ(report::NormalizedText(Days("2025-01-27", "2025-01-27", DaysSource::kFromPublication),
                                   "", ""),
            "2025-01-27 (from the publication date)");
  EXPECT_EQ(
      report::NormalizedText(Days("2025-01-27", "2025-01-27", DaysSource::kOnlyPlacement), "", ""),
      "2025-01-27 (from the publication date, the only placement near it)");
  EXPECT_EQ(
      report::NormalizedText(Days("2025-01-27", "2025-02-03", DaysSource::kPlacementsSpan), "", ""),
      "2025-01-27 to 2025-02-03 (from the publication date, one of several placements in this "
      "span)");
}

TEST(DerivedDays, CodecKeepsTheMark) {
  for (DaysSource source : {DaysSource::kAsWritten, DaysSource::kFromPublication,
                            DaysSource::kOnlyPlacement, DaysSource::kPlacementsSpan}) {
    app::PieceOutcome piece;
    FindingClaim view = Days("2025-01-27", "2025-01-27", source);
    view.days = DayInterval{*DayFromCivil(2025, 1, 27), *DayFromCivil(2025, 1, 28)};
    piece.views.emplace_back(0, view);
    auto back = app::DecodePiece(app::EncodePiece(piece));
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->views.size(), 1u);
    EXPECT_EQ(back->views.front().second.days_source, source);
    EXPECT_EQ(back->views.front().second.days, view.days);
  }
}

}  // namespace
}  // namespace crosscheck
