// How the suite runner checks that a date or a duration the extractor found resolves to the
// value a case expects (docs/extraction.md, "Resolved dates"): the expected resolutions are read
// from a case's fields, the product's reading comes from its own date reader and placement rules.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "extract/mention.h"
#include "model/date_value.h"
#include "parse/language.h"

namespace crosscheck::suite {

// One value a case accepts for a mention: days [from, to) (an end may be open: "before 2010"),
// or a duration in seconds. Recognizers-Text lists the past and the future reading of an
// ambiguous date; either passes.
struct ExpectedResolution {
  std::optional<DayBounds> days;
  std::optional<double> seconds;
};

// The resolutions of one expected mention: its `resolution` field in any of the suite's three
// shapes (a list of values; {"values": [...]}; {"FutureResolution", "PastResolution"}). Empty
// when the case gives none the runner can read (a time of day, or no resolution at all).
std::vector<ExpectedResolution> ReadExpectedResolutions(const nlohmann::json& expected);

// "2016-11-07T00:00:00" -> the day; nullopt for anything else.
std::optional<DayNumber> DayOfTimestamp(const std::string& text);

enum class Resolved {
  kExact,  // a reading equals an expected value
  kWider,  // a reading holds an expected value and is wider by design (docs/semantics.md)
  kWrong,  // the product reads another value, or none
};

// How mention `m` resolves for an article published on `publication` against `expected`.
Resolved CheckResolution(const extract::Mention& m, parse::Language lang, DayNumber publication,
                         const std::vector<ExpectedResolution>& expected);

// The product's reading of a mention, for the failures file: "2016-11-04 to 2016-11-21", "3600 s".
std::string DescribeReading(const extract::Mention& m, parse::Language lang, DayNumber publication);

}  // namespace crosscheck::suite
