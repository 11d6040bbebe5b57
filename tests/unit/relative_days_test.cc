// In an article whose publication day is known, a relative date ("hier", "il y a 5 jours",
// "last Monday") is encoded as the days ResolveRelative names instead of the constraint between
// the event and publication days; both must allow exactly the same days.
#include <gtest/gtest.h>

#include "encode/date_encoder.h"
#include "model/date_value.h"
#include "parse/date_parser.h"

namespace crosscheck::encode {
namespace {

TEST(RelativeDays, ResolvedDaysEqualTheConstraintsDays) {
  struct Phrase {
    const char* text;
    parse::Language lang;
  };
  const Phrase phrases[] = {
      {"hier", parse::Language::kFrench},
      {"avant-hier", parse::Language::kFrench},
      {"aujourd'hui", parse::Language::kFrench},
      {"demain", parse::Language::kFrench},
      {"lundi dernier", parse::Language::kFrench},
      {"dimanche dernier", parse::Language::kFrench},
      {"la semaine dernière", parse::Language::kFrench},
      {"le mois dernier", parse::Language::kFrench},
      {"l'année dernière", parse::Language::kFrench},
      {"il y a 5 jours", parse::Language::kFrench},
      {"il y a une petite semaine", parse::Language::kFrench},
      {"il y a deux mois", parse::Language::kFrench},
      {"il y a 12 mois", parse::Language::kFrench},
      {"dans 9 mois", parse::Language::kFrench},
      {"la semaine prochaine", parse::Language::kFrench},
      {"yesterday", parse::Language::kEnglish},
      {"last Monday", parse::Language::kEnglish},
      {"last week", parse::Language::kEnglish},
      {"last month", parse::Language::kEnglish},
      {"last year", parse::Language::kEnglish},
      {"3 days ago", parse::Language::kEnglish},
      {"next month", parse::Language::kEnglish},
  };
  // Publication days across weekdays, month and year ends, and a leap day.
  const DayNumber days[] = {*DayFromCivil(2025, 1, 28), *DayFromCivil(2025, 2, 25),
                            *DayFromCivil(2024, 2, 29), *DayFromCivil(2024, 12, 31),
                            *DayFromCivil(2025, 1, 1),  *DayFromCivil(2023, 3, 5),
                            *DayFromCivil(2022, 10, 31)};
  int compared = 0;
  z3::context ctx;
  DateEncoder dates(ctx, 2018, 2030);
  z3::expr e = ctx.int_const("e");
  for (const auto& phrase : phrases) {
    auto parsed = parse::ParseDate(phrase.text, phrase.lang);
    if (!parsed.ok()) continue;  // a phrase this build does not read: nothing to compare
    const DateValue& value = parsed.value();
    ASSERT_TRUE(IsRelative(value)) << phrase.text;
    for (DayNumber pub : days) {
      auto constrained = dates.Constrain(e, value, ctx.int_val(static_cast<int64_t>(pub)));
      ASSERT_TRUE(constrained.ok()) << phrase.text << ": " << constrained.error().message;
      z3::expr rule = *constrained;
      DayInterval from = ResolveRelative(std::get<RelativeDate>(value.from), pub);
      DayInterval resolved =
          value.to
              ? DayInterval{from.from, ResolveRelative(std::get<RelativeDate>(*value.to), pub).to}
              : from;
      z3::solver s(ctx, z3::solver::simple());
      s.add(rule);
      auto allows = [&](DayNumber d) {
        z3::expr_vector at(ctx);
        at.push_back(e == ctx.int_val(static_cast<int64_t>(d)));
        return s.check(at) == z3::sat;
      };
      std::string where = std::string(phrase.text) + " published " + FormatDay(pub);
      EXPECT_FALSE(allows(resolved.from - 1)) << where;
      EXPECT_TRUE(allows(resolved.from)) << where;
      EXPECT_TRUE(allows((resolved.from + resolved.to - 1) / 2)) << where;
      EXPECT_TRUE(allows(resolved.to - 1)) << where;
      EXPECT_FALSE(allows(resolved.to)) << where;
      ++compared;
    }
  }
  EXPECT_GT(compared, 100);
}

// N months before publication holds the calendar day N months before, however large N: twelve
// months are a year (365 or 366 days), which N x 30 days (360) missed by five.
TEST(RelativeDays, MonthsAgoHoldTheCalendarDay) {
  auto months = [](long n, DayNumber p) {
    RelativeDate rel{RelativeKind::kMonthsAgo, 0, Interval::Point(Rational(n))};
    return ResolveRelative(rel, p);
  };
  for (int y : {2023, 2024, 2025}) {
    for (int m = 1; m <= 12; ++m) {
      DayNumber p = *DayFromCivil(y, m, 28);
      for (long n : {1, 2, 6, 9, 12, 18, 24, 36}) {
        long total = static_cast<long>(y) * 12 + (m - 1) - n;
        DayNumber back =
            *DayFromCivil(static_cast<int>(total / 12), static_cast<int>(total % 12) + 1, 28);
        DayInterval r = months(n, p);
        EXPECT_TRUE(r.from <= back && back < r.to) << n << " months before " << FormatDay(p);
        DayInterval ahead = months(-n, back);
        EXPECT_TRUE(ahead.from <= p && p < ahead.to) << n << " months after " << FormatDay(back);
        EXPECT_LE(r.to - r.from, 10) << "a few days either side, not more";
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck::encode
