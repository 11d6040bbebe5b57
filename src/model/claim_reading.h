#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/rational.h"
#include "model/catalogue.h"
#include "model/date_value.h"
#include "model/precision_mode.h"
#include "model/property.h"
#include "model/value.h"

namespace crosscheck {

// What encode adds to a claim's reading once it has placed the claim among the others, in the
// order it adds them. Each kind reads the fields its comment names; the rest stay empty.
enum class ReadingNoteKind {
  // An age with no `when`: reached at the article's publication date.
  kAtPublication,
  // A date relative to claim `claim`; `days`: the days it names with the anchor's own reading,
  // when the anchor writes a date of its own.
  kAnchored,
  // A duration between the dates of claims `claim` and `other_claim`.
  kBetween,
  // Money converted from `unit` into `other_unit` at `rate_low` to `rate_high` `other_unit` per
  // `unit`, on the reference ledger's `rate_periods` and the shipped `rate_sources`.
  kConverted,
  // A part of claim `claim`, which writes `whole_value`: at most it.
  kPartOf,
  // A part of claim `claim`, not compared: this figure is in `unit`, that one in `other_unit`.
  kPartOfOtherUnit,
};

struct ReadingNote {
  ReadingNoteKind kind = ReadingNoteKind::kAtPublication;
  // Every field has an initializer: a note names only the fields its kind reads.
  std::string claim = {}, other_claim = {};
  std::optional<DayInterval> days = {};
  std::string whole_value = {};
  std::string unit = {}, other_unit = {};
  Rational rate_low = {}, rate_high = {};
  std::vector<DayInterval> rate_periods = {};
  std::vector<std::string> rate_sources = {};
};

// How crosscheck read a claim's value, as data: the value as parsed, the facts of the catalogue
// its words need, and encode's notes. report/reading_text.h puts it in words ("read as [5.5,
// 6.5) millions: half a unit of 1 in the last significant digit").
struct ClaimReading {
  Value value;
  PrecisionMode mode = PrecisionMode::kDefault;
  bool integral = false;  // a count: the interval tightened to whole numbers
  // A quantity in a catalogue unit other than its dimension's base unit: the unit, the base
  // and how many of the base one unit is ("1 TWh = 1000000000 kWh"); "" when neither.
  std::string unit_id, base_unit;
  Rational unit_factor;
  // A category: the property's taxonomy and the leaves under the claimed node, in order.
  std::string taxonomy;
  std::vector<std::string> leaves;
  std::vector<ReadingNote> notes;
};

// The reading of `value` under `property`, before encode adds any note.
ClaimReading ReadingOf(const Value& value, const Property& property, const Catalogue& catalogue,
                       PrecisionMode mode = PrecisionMode::kDefault);

}  // namespace crosscheck
