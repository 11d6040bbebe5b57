#include "model/cue_lexicon.h"

#include <algorithm>

namespace crosscheck {

std::string_view FigureKindName(FigureKind kind) {
  switch (kind) {
    case FigureKind::kNumber:
      return "number";
    case FigureKind::kPercent:
      return "percent";
    case FigureKind::kCurrency:
      return "currency";
    case FigureKind::kDate:
      return "date";
    case FigureKind::kDuration:
      return "duration";
    case FigureKind::kAge:
      return "age";
    case FigureKind::kCategory:
      return "category";
  }
  return "?";
}

std::vector<FigureKind> DefaultFigureKinds(const Property& property) {
  switch (property.kind) {
    case ValueKind::kQuantity:
      switch (property.dimension.kind()) {
        case Dimension::kMoney:
          return {FigureKind::kCurrency, FigureKind::kNumber};
        case Dimension::kPercent:
          return {FigureKind::kPercent};
        case Dimension::kCount:
        case Dimension::kRatio:
        case Dimension::kDeclared:
        case Dimension::kNone:
          return {FigureKind::kNumber};
      }
      return {};
    case ValueKind::kDate:
      return {FigureKind::kDate};
    case ValueKind::kAge:
      return {FigureKind::kAge, FigureKind::kDuration};
    case ValueKind::kDuration:
      return {FigureKind::kDuration};
    case ValueKind::kCategory:
      return {FigureKind::kCategory};
    case ValueKind::kEntity:
      return {};
  }
  return {};
}

bool Cue::Accepts(FigureKind kind) const {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool Cue::AcceptsSubjectType(std::string_view type) const {
  return subject_types.empty() ||
         std::find(subject_types.begin(), subject_types.end(), type) != subject_types.end();
}

}  // namespace crosscheck
