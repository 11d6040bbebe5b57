#pragma once

#include "model/interval.h"

namespace crosscheck {

// Minutes and seconds come last so that cached claims keep the values of the others.
enum class TimeUnit { kHour, kDay, kWeek, kMonth, kYear, kMinute, kSecond };

// "à peine deux mois": an amount of a calendar unit. The encoder turns it into days (a month is
// 28 to 31 days), so the model keeps the unit as written.
struct DurationValue {
  Interval amount;
  TimeUnit unit = TimeUnit::kDay;
};

// "âgé de 40 ans" (years = [40, 40]) or "quadragénaire" ([40, 49]): whole years at a date.
struct AgeValue {
  Interval years;
};

// Days in `amount` of `unit`, widened by the spread of calendar lengths (a month 28-31 days).
Interval DurationInDays(const DurationValue& d);

}  // namespace crosscheck
