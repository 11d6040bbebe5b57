#pragma once

#include <optional>
#include <string>
#include <utility>

#include "model/article.h"
#include "model/claim.h"
#include "model/date_value.h"
#include "model/precision_mode.h"
#include "model/property.h"

namespace crosscheck::encode {

// When a claim holds, as the encoders key and bound it: the period a time-indexed figure is
// filed under, and the days a date expression names once its year or publication day is taken
// as known. Internal to encode/.
class ClaimTime {
 public:
  ClaimTime(std::pair<int, int> years, PrecisionMode precision)
      : years_(years), precision_(precision) {}

  // Time-indexed properties get one variable per period. Without `when` a value holds at its
  // article's publication, taken at the grain of a year: claims published the same year share
  // a variable (an undated article counts as published in the corpus's latest year).
  int PublicationYear(const Article* a) const;

  // Whether a time-indexed figure holds at its article's publication: no `when`, or a `when`
  // of today (a present tense).
  static bool AtPublication(const Claim& c);

  // The period of a time-indexed property's variable; "" for a property that is not.
  std::string TimeKey(const Claim& c, const Property& p, const Article* a) const;

  // Figures about one property at one time are compared in one currency (money_claims.h).
  std::string MoneyKey(const Claim& c, const Property& p, const Article* a) const {
    return p.id + "@" + TimeKey(c, p, a);
  }

  // The days a date expression names when its year or publication is taken as known: the
  // article's publication year for year-less dates, its publication interval for relative ones.
  std::optional<DayInterval> StaticDays(const DateValue& v, const Article* a) const;

  // The days a relative date names when its article's publication day is known (year-less
  // dates are left to the solver: they may take another year near the publication).
  std::optional<DayInterval> ResolvedOnKnownDay(const DateValue& v, const Article* a) const;

  // The days a relative date may name when its article's metadata gives a span of publication
  // days (not one): from its reading on the first day to its reading on the last.
  std::optional<DayInterval> ResolvedOverPublicationRange(const DateValue& v,
                                                          const Article* a) const;

  // The days a relative date may name when its article's publication day is unknown and the
  // solver infers it lies in `days` (an inference finding's window).
  std::optional<DayInterval> ResolvedOverInferredDays(const DateValue& v, DayInterval days) const;

  // A date without its year (or its month) published some day from `first` to `last`: the span
  // from the first placement the solver allows near either day to the last, and how many
  // distinct placements that span holds. nullopt when a placement leaves a side open.
  struct Placed {
    DayInterval span;
    size_t placements = 0;
  };
  static std::optional<Placed> PlacedNear(const DateValue& v, DayNumber first, DayNumber last);

 private:
  // StaticDays over publication days given as data, not as an article's metadata.
  std::optional<DayInterval> DaysOver(const DateValue& v, const PublicationDate& published) const;
  // What the three above share: a placed relative date read over publication days.
  std::optional<DayInterval> ResolvedOverPublication(const DateValue& v,
                                                     const PublicationDate& published) const;

  std::pair<int, int> years_;
  PrecisionMode precision_;
};

}  // namespace crosscheck::encode
