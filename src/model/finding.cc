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
