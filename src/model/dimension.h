#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/source_pos.h"

namespace crosscheck {

// The period a rate is counted over ("3 TWh par an", "25 000 visiteurs par jour"). Rates over
// different periods never compare: a year is not a fixed number of days for a desk.
enum class RatePeriod { kNone, kDay, kWeek, kMonth, kYear };

std::string_view RatePeriodName(RatePeriod p);  // "year", "" for kNone

// What a quantity measures. Four are built in because the code treats them apart: money
// (currencies convert through the exchange-rate ledger), count (whole numbers), percent and
// ratio. Every other dimension is data, declared in the catalogue's units.yaml (`dimensions`)
// with a base unit its units convert to exactly (energy in Wh, length in m, ...). Any dimension
// but money may be a rate over a period: "energy per year" is a dimension of its own.
class Dimension {
 public:
  // Unscoped so that `Dimension::kMoney` reads as a value and converts to a Dimension.
  enum Kind { kNone, kMoney, kCount, kPercent, kRatio, kDeclared };

  Dimension(Kind kind = kNone) : kind_(kind) {}  // NOLINT(google-explicit-constructor)
  // A dimension the catalogue declares, by its id ("energy").
  static Dimension Declared(std::string id);
  // The dimension a name in a catalogue file says: "money", "energy", "energy per year". Does
  // not check that a declared dimension exists (the catalogue does); nullopt when malformed.
  static std::optional<Dimension> FromName(std::string_view name);

  Kind kind() const { return kind_; }
  // The declared dimension's id, or the built-in's name.
  std::string BaseName() const;
  RatePeriod per() const { return per_; }
  bool IsRate() const { return per_ != RatePeriod::kNone; }
  // The same dimension over `period`, and without one.
  Dimension Per(RatePeriod period) const;
  Dimension WithoutPeriod() const { return Per(RatePeriod::kNone); }
  // "energy", "energy per year", "count per day".
  std::string Name() const;

  friend bool operator==(const Dimension&, const Dimension&) = default;

 private:
  Kind kind_ = kNone;
  std::string declared_;  // kDeclared only
  RatePeriod per_ = RatePeriod::kNone;
};

inline std::string DimensionName(const Dimension& d) { return d.Name(); }

// A dimension units.yaml declares: its id and the unit every other unit of it converts to.
struct DimensionDecl {
  std::string id;
  std::string base_unit;
  std::string description;
  SourcePos pos;
};

}  // namespace crosscheck
