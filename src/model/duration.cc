#include "model/duration.h"

namespace crosscheck {

Interval DurationInDays(const DurationValue& d) {
  switch (d.unit) {
    case TimeUnit::kSecond:
      return d.amount.Scaled(Rational(1, 86400));
    case TimeUnit::kMinute:
      return d.amount.Scaled(Rational(1, 1440));
    case TimeUnit::kHour:
      return d.amount.Scaled(Rational(1, 24));
    case TimeUnit::kDay:
      return d.amount;
    case TimeUnit::kWeek:
      return d.amount.Scaled(7);
    case TimeUnit::kMonth:
      return d.amount.TimesPositive(28, 31);
    case TimeUnit::kYear:
      return d.amount.TimesPositive(365, 366);
  }
  return d.amount;
}

}  // namespace crosscheck
