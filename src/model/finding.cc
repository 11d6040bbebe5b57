#include "model/finding.h"

namespace crosscheck {

std::string_view FindingKindName(FindingKind k) {
  switch (k) {
    case FindingKind::kContradiction:
      return "contradiction";
    case FindingKind::kTension:
      return "tension";
    case FindingKind::kVariation:
      return "variation";
    case FindingKind::kInference:
      return "inference";
    case FindingKind::kUnknown:
      return "unknown";
    case FindingKind::kToReview:
      return "to_review";
  }
  return "unknown";
}

std::string_view PrecisionHoldText(PrecisionHold h) {
  switch (h) {
    case PrecisionHold::kUnchecked:
      return "";
    case PrecisionHold::kEveryMode:
      return "every precision mode";
    case PrecisionHold::kNotLenient:
      return "default and strict precision, not lenient";
    case PrecisionHold::kStrictRun:
      return "strict precision";
  }
  return "";
}

std::string_view FindingSeverityName(FindingSeverity s) {
  switch (s) {
    case FindingSeverity::kHigh:
      return "high";
    case FindingSeverity::kMedium:
      return "medium";
    case FindingSeverity::kLow:
      return "low";
  }
  return "low";
}

}  // namespace crosscheck
