// An age on a known day is read as an interval of birth days (encode/date_encoder.h BirthDays)
// so that the interval path can decide it; it must be exactly the set AgeAt's calendar
// constraint allows, including birthdays on 29 February.
#include <gtest/gtest.h>

#include <vector>

#include "encode/date_encoder.h"
#include "model/date_value.h"

namespace crosscheck::encode {
namespace {

Interval Years(int lo, int hi) {
  Interval i;
  i.low = {Rational(lo), false};
  i.high = {Rational(hi), false};
  return i;
}

TEST(BirthDays, SameBirthDaysAsTheCalendarConstraint) {
  z3::context ctx;
  DateEncoder dates(ctx, 1950, 2030);
  struct Case {
    int y, m, d, lo, hi;
  };
  for (Case c : {Case{2025, 1, 28, 40, 40}, Case{2024, 2, 29, 3, 3}, Case{2025, 3, 1, 1, 1},
                 Case{2025, 2, 28, 0, 1}, Case{2023, 12, 31, 40, 49}}) {
    DayNumber day = *DayFromCivil(c.y, c.m, c.d);
    auto born = dates.BirthDays(day, Years(c.lo, c.hi));
    ASSERT_TRUE(born) << c.y << "-" << c.m << "-" << c.d;
    z3::expr b = ctx.int_const("b");
    z3::expr rule = dates.AgeAt(b, ctx.int_val(static_cast<int64_t>(day)), Years(c.lo, c.hi),
                                DayInterval{day, day + 1});
    // Every day near both ends, and a sample of the rest (substitution is slow).
    std::vector<DayNumber> candidates;
    for (DayNumber k = -40; k <= 40; ++k) {
      candidates.push_back(born->from + k);
      candidates.push_back(born->to + k);
    }
    for (DayNumber k = day - (c.hi + 2) * 366; k <= day + 2; k += 61) candidates.push_back(k);
    for (DayNumber candidate : candidates) {
      z3::expr_vector from(ctx), to(ctx);
      from.push_back(b);
      to.push_back(ctx.int_val(static_cast<int64_t>(candidate)));
      bool allowed = rule.substitute(from, to).simplify().is_true();
      bool inside = candidate >= born->from && candidate < born->to;
      ASSERT_EQ(allowed, inside) << "age " << c.lo << "-" << c.hi << " on " << FormatDay(day)
                                 << ", born " << FormatDay(candidate);
    }
  }
}

}  // namespace
}  // namespace crosscheck::encode
