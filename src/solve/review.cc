#include "solve/review.h"

#include <algorithm>

namespace crosscheck::solve {
namespace {

bool RestsOnLowConfidence(const Finding& f) {
  auto low = [&](const std::string& id) {
    return std::any_of(f.claims.begin(), f.claims.end(),
                       [&](const FindingClaim& c) { return c.id == id && c.confidence.low(); });
  };
  switch (f.kind) {
    case FindingKind::kContradiction:
      return !f.minimal_sets.empty() &&
             std::all_of(f.minimal_sets.begin(), f.minimal_sets.end(),
                         [&](const auto& set) { return std::any_of(set.begin(), set.end(), low); });
    case FindingKind::kTension:
    case FindingKind::kInference:
      return std::any_of(f.claims.begin(), f.claims.end(),
                         [](const FindingClaim& c) { return c.confidence.low(); });
    default:
      return false;
  }
}

}  // namespace

void MarkForReview(std::vector<Finding>& findings) {
  for (auto& f : findings) {
    if (!RestsOnLowConfidence(f)) continue;
    f.review_of = f.kind;
    f.kind = FindingKind::kToReview;  // the report says "Possible <review_of>, resting on ..."
  }
}

}  // namespace crosscheck::solve
