#pragma once

#include "model/date_value.h"
#include "model/quantity.h"

namespace crosscheck::encode {

// How little a claim pins down: between equally cheap corrections, solve doubts the vaguer
// claim first (EncodedClaim::vagueness). Internal to encode/.

// Vagueness of a claim that bounds one side only ("plus de", "avant 2022"): above any width a
// two-sided claim can have, so an open claim is doubted before every closed one.
constexpr double kOpenVagueness = 1e9;

// Vagueness compares claims without a corpus's years or publication days, so it measures a
// year-less date in a fixed leap year (29 February exists) and a relative date ("hier", "le mois
// dernier") from a fixed publication day; which ones does not matter, only that they are fixed.
constexpr int kVaguenessYear = 2024;
constexpr DayNumber kVaguenessPublicationDay = 20000;  // 2024-10-04

// Width over magnitude, or kOpenVagueness for an open bound ("plus de", "avant").
double RelativeWidth(const Interval& r);

// Days a date expression spans, with a publication day fixed at kVaguenessPublicationDay for
// relative ones; open bounds ("avant 2022") are vaguest.
double DateVagueness(const DateValue& v);

// An age in days, comparable with a date's: a whole-years age leaves about a year of birth days,
// more for a wider age ("plus de 40 ans" is open, hence vaguest).
double AgeVagueness(const Interval& years);

}  // namespace crosscheck::encode
