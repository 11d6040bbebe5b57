// A relative or year-less date read against its article's known publication day has its days
// shown, marked as derived (FindingClaim::days_source): the words every report prints, and the
// piece and shard codec carries the mark. tests/golden/derived-dates pins a whole report.
#include <gtest/gtest.h>
#include <z3++.h>

#include "app/result_codec.h"
#include "encode/encoding.h"
#include "encode/inferred_days.h"
#include "parse/date_parser.h"
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
  EXPECT_EQ(report::NormalizedText(Days("2024-12-31", "2025-01-30", DaysSource::kPublicationRange),
                                   "", ""),
            "2024-12-31 to 2025-01-30 (from the publication interval: some day in this span)");
  EXPECT_EQ(report::NormalizedText(
                Days("2025-01-20", "2025-01-20", DaysSource::kInferredPublication), "", ""),
            "2025-01-20 (from the publication day inferred from the claims, since the metadata "
            "gives none)");
}

TEST(DerivedDays, CodecKeepsTheMark) {
  for (DaysSource source : {DaysSource::kAsWritten, DaysSource::kFromPublication,
                            DaysSource::kOnlyPlacement, DaysSource::kPlacementsSpan,
                            DaysSource::kPublicationRange, DaysSource::kInferredPublication}) {
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

// One article of `published` with one fr date claim `value` on release_date.
Corpus OneDateClaim(PublicationDate published, std::string_view value) {
  Corpus corpus;
  Property release;
  release.id = "release_date";
  release.kind = ValueKind::kDate;
  EXPECT_TRUE(corpus.catalogue.AddProperty(release));
  Article a;
  a.id = "a";
  a.language = "fr";
  a.published = published;
  corpus.articles.push_back(a);
  corpus.IndexArticles();
  Claim c;
  c.id = "a-release";
  c.article = "a";
  c.subjects = {"r1"};
  c.property = "release_date";
  c.value_text = std::string(value);
  auto parsed = parse::ParseDate(value, parse::Language::kFrench);
  EXPECT_TRUE(parsed.ok());
  c.value = *parsed;
  ClaimFile file;
  file.path = "claims/a.yaml";
  file.article = "a";
  file.claims.push_back(c);
  corpus.claim_files.push_back(file);
  return corpus;
}

DayNumber Day(int y, int m, int d) { return *DayFromCivil(y, m, d); }

// lemonde-liang is published some day from 28 January to 4 February 2025: its «20 janvier»
// has one placement near either day.
TEST(DerivedDays, YearlessDateInAPublicationSpanIsItsPlacements) {
  z3::context ctx;
  Corpus corpus = OneDateClaim({Day(2025, 1, 28), Day(2025, 2, 4)}, "20 janvier");
  encode::Encoding encoding = encode::Encode(corpus, ctx);
  ASSERT_EQ(encoding.claims.size(), 1u);
  const FindingClaim& view = encoding.claims.front().view;
  EXPECT_EQ(view.days, (DayInterval{Day(2025, 1, 20), Day(2025, 1, 21)}));
  EXPECT_EQ(view.days_source, DaysSource::kOnlyPlacement);
}

// An undated article's «hier» is shown over the publication day an inference finding gives,
// in the claim's view and in every finding's copy of it; without an inference, not at all.
TEST(DerivedDays, UnknownPublicationIsReadOverTheInferredDays) {
  z3::context ctx;
  Corpus corpus = OneDateClaim({}, "hier");
  encode::Encoding encoding = encode::Encode(corpus, ctx);
  ASSERT_EQ(encoding.claims.size(), 1u);
  EXPECT_FALSE(encoding.claims.front().view.days.has_value());
  std::vector<Finding> none;
  encode::ShowOverInferredPublication(encode::StudyCorpus(corpus), PrecisionMode::kDefault,
                                      encoding, none);
  EXPECT_FALSE(encoding.claims.front().view.days.has_value());

  Finding inference;
  inference.kind = FindingKind::kInference;
  inference.subject = "a";
  inference.property = "published";
  inference.window = Window{Day(2025, 1, 28), Day(2025, 1, 29)};
  inference.claims.push_back(encoding.claims.front().view);
  std::vector<Finding> findings{inference};
  encode::ShowOverInferredPublication(encode::StudyCorpus(corpus), PrecisionMode::kDefault,
                                      encoding, findings);
  DayInterval yesterday{Day(2025, 1, 27), Day(2025, 1, 29)};
  EXPECT_EQ(encoding.claims.front().view.days, yesterday);
  EXPECT_EQ(encoding.claims.front().view.days_source, DaysSource::kInferredPublication);
  EXPECT_EQ(findings.front().claims.front().days, yesterday);
  EXPECT_EQ(findings.front().claims.front().low, "2025-01-27");
  EXPECT_EQ(findings.front().claims.front().high, "2025-01-28");
}

}  // namespace
}  // namespace crosscheck
