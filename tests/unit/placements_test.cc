// PlacementsNear (src/model/date_value.h) lists the days a date may name around a known
// publication day; the extraction suites score dates with it. For dates without a year or a
// month, it must allow what the solver's constraint allows: the placements' days are allowed,
// the days just outside each are not unless another placement holds them.
#include <gtest/gtest.h>

#include "encode/date_encoder.h"
#include "model/date_value.h"
#include "parse/date_parser.h"

namespace crosscheck::encode {
namespace {

TEST(Placements, YearlessPlacementsAreTheSolversDays) {
  struct Phrase {
    const char* text;
    parse::Language lang;
  };
  const Phrase phrases[] = {
      {"20 janvier", parse::Language::kFrench}, {"lundi 27 janvier", parse::Language::kFrench},
      {"vendredi", parse::Language::kFrench},   {"septembre", parse::Language::kFrench},
      {"the 27th", parse::Language::kEnglish},  {"June 30", parse::Language::kEnglish},
  };
  const DayNumber days[] = {*DayFromCivil(2025, 1, 28), *DayFromCivil(2024, 2, 29),
                            *DayFromCivil(2024, 12, 31), *DayFromCivil(2023, 7, 5)};
  int compared = 0;
  z3::context ctx;
  DateEncoder dates(ctx, 2018, 2030);
  z3::expr e = ctx.int_const("e");
  for (const auto& phrase : phrases) {
    auto parsed = parse::ParseDate(phrase.text, phrase.lang);
    ASSERT_TRUE(parsed.ok()) << phrase.text;
    for (DayNumber pub : days) {
      auto constrained = dates.Constrain(e, parsed.value(), ctx.int_val(static_cast<int64_t>(pub)));
      ASSERT_TRUE(constrained.ok()) << phrase.text << ": " << constrained.error().message;
      z3::expr rule = *constrained;
      z3::solver s(ctx, z3::solver::simple());
      s.add(rule);
      auto allows = [&](DayNumber d) {
        z3::expr_vector at(ctx);
        at.push_back(e == ctx.int_val(static_cast<int64_t>(d)));
        return s.check(at) == z3::sat;
      };
      std::vector<DayBounds> placements = PlacementsNear(parsed.value(), pub);
      // "lundi 27 janvier" near 2024-02-29: no year near it has a Monday 27 January.
      EXPECT_EQ(placements.empty(), s.check() == z3::unsat) << phrase.text;
      auto placed = [&](DayNumber d) {
        for (const auto& p : placements) {
          if (*p.from <= d && d < *p.to) return true;
        }
        return false;
      };
      std::string where = std::string(phrase.text) + " published " + FormatDay(pub);
      for (const auto& p : placements) {
        EXPECT_TRUE(allows(*p.from)) << where;
        EXPECT_TRUE(allows(*p.to - 1)) << where;
        EXPECT_EQ(allows(*p.from - 1), placed(*p.from - 1)) << where;
        EXPECT_EQ(allows(*p.to), placed(*p.to)) << where;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 30);
}

TEST(Placements, BoundsOpenOneEnd) {
  auto since = parse::ParseDate("since 2014", parse::Language::kEnglish);
  ASSERT_TRUE(since.ok());
  auto placements = PlacementsNear(since.value(), *DayFromCivil(2016, 1, 1));
  ASSERT_EQ(placements.size(), 1u);
  EXPECT_EQ(placements[0], (DayBounds{*DayFromCivil(2014, 1, 1), std::nullopt}));
  auto before = parse::ParseDate("avant 2022", parse::Language::kFrench);
  ASSERT_TRUE(before.ok());
  placements = PlacementsNear(before.value(), *DayFromCivil(2016, 1, 1));
  ASSERT_EQ(placements.size(), 1u);
  EXPECT_EQ(placements[0], (DayBounds{std::nullopt, *DayFromCivil(2022, 1, 1)}));
}

}  // namespace
}  // namespace crosscheck::encode
