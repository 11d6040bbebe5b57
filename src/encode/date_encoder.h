#pragma once

#include <z3++.h>

#include <optional>
#include <string>
#include <vector>

#include "common/result.h"
#include "model/article.h"
#include "model/date_value.h"
#include "model/duration.h"

namespace crosscheck::encode {

// Builds day-number constraints (docs/semantics.md, "Dates"). A date without a year may take any
// candidate year, but must lie within about a year of its article's publication; relative
// expressions are constraints between the event day E and the publication day P.
class DateEncoder {
 public:
  DateEncoder(z3::context& ctx, int first_year, int last_year,
              PrecisionMode mode = PrecisionMode::kDefault)
      : ctx_(ctx), first_year_(first_year), last_year_(last_year), mode_(mode) {}

  // E satisfies `value`. `publication` is the article's P (nullopt for the reference ledger,
  // where relative and year-less dates are errors). An error is an expected outcome of a
  // claim's input (an impossible date, no publication to place it): its message says why, and
  // the caller gives it the claim's position.
  Result<z3::expr> Constrain(const z3::expr& e, const DateValue& value,
                             const std::optional<z3::expr>& publication);

  // E stands `date` from the anchor's day A (docs/semantics.md, "Dates anchored on another
  // claim"). At a month or year grain A's period is chosen among `anchor_years` (first, last),
  // which must hold every year A may take.
  z3::expr Anchored(const z3::expr& e, const z3::expr& anchor, const AnchoredDate& date,
                    std::pair<int, int> anchor_years);

  // The person born on B is `age` whole years old on day D (exact calendar arithmetic).
  z3::expr AgeAt(const z3::expr& birth, const z3::expr& day, const Interval& age,
                 std::optional<DayInterval> day_bounds);

  // The birth days [from, to) of a person `age` whole years old on the known day `day`, by the
  // same calendar rule as AgeAt (29 February's birthday falls on 1 March in common years);
  // nullopt when they do not form one interval (AgeAt then stays the reference).
  std::optional<DayInterval> BirthDays(DayNumber day, const Interval& age) const;

  // A fresh integer constant (auxiliary variables stay local to one claim's constraint),
  // numbered from kFirstFresh so as not to meet the encoder's own numbered variables.
  static constexpr int kFirstFresh = 1 << 30;
  z3::expr Fresh(const std::string& hint);

  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }

 private:
  struct Span {  // the days [lo, hi) an expression names, and what must hold for that
    z3::expr lo, hi, side;
  };
  Result<Span> ExprSpan(const DateExpr& expr, const std::optional<z3::expr>& p);
  Result<Span> CalendarSpan(const CalendarDate& cal, const std::optional<z3::expr>& p);
  std::optional<Span> RelativeSpan(const RelativeDate& rel, const z3::expr& p);
  z3::expr In(const z3::expr& e, DayInterval days);

  z3::context& ctx_;
  int first_year_;
  int last_year_;
  PrecisionMode mode_;  // the lenient mode widens vague relative dates
  int fresh_ = 0;
};

}  // namespace crosscheck::encode
