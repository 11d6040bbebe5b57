#include "model/dimension.h"

namespace crosscheck {
namespace {

constexpr std::string_view kPer = " per ";

std::optional<Dimension::Kind> BuiltIn(std::string_view name) {
  if (name == "money") return Dimension::kMoney;
  if (name == "count") return Dimension::kCount;
  if (name == "percent") return Dimension::kPercent;
  if (name == "ratio") return Dimension::kRatio;
  return std::nullopt;
}

std::optional<RatePeriod> PeriodFromName(std::string_view name) {
  if (name == "day") return RatePeriod::kDay;
  if (name == "week") return RatePeriod::kWeek;
  if (name == "month") return RatePeriod::kMonth;
  if (name == "year") return RatePeriod::kYear;
  return std::nullopt;
}

// A declared dimension's id: letters, digits and '_' ("energy", "fuel_volume").
bool IsDimensionId(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string_view RatePeriodName(RatePeriod p) {
  switch (p) {
    case RatePeriod::kNone:
      return "";
    case RatePeriod::kDay:
      return "day";
    case RatePeriod::kWeek:
      return "week";
    case RatePeriod::kMonth:
      return "month";
    case RatePeriod::kYear:
      return "year";
  }
  return "";
}

Dimension Dimension::Declared(std::string id) {
  Dimension d(kDeclared);
  d.declared_ = std::move(id);
  return d;
}

std::optional<Dimension> Dimension::FromName(std::string_view name) {
  std::string_view base = name;
  RatePeriod per = RatePeriod::kNone;
  if (size_t at = name.find(kPer); at != std::string_view::npos) {
    auto period = PeriodFromName(name.substr(at + kPer.size()));
    if (!period) return std::nullopt;
    per = *period;
    base = name.substr(0, at);
  }
  if (auto kind = BuiltIn(base)) return Dimension(*kind).Per(per);
  if (base == "none" || !IsDimensionId(base)) return std::nullopt;
  return Declared(std::string(base)).Per(per);
}

std::string Dimension::BaseName() const {
  switch (kind_) {
    case kNone:
      return "none";
    case kMoney:
      return "money";
    case kCount:
      return "count";
    case kPercent:
      return "percent";
    case kRatio:
      return "ratio";
    case kDeclared:
      return declared_;
  }
  return "none";
}

Dimension Dimension::Per(RatePeriod period) const {
  Dimension d = *this;
  d.per_ = period;
  return d;
}

std::string Dimension::Name() const {
  if (!IsRate()) return BaseName();
  return BaseName() + std::string(kPer) + std::string(RatePeriodName(per_));
}

}  // namespace crosscheck
