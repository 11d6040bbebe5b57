#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// How far a claim's reading can be trusted (docs/claim-format.md, docs/extraction.md). A desk's
// own claims are high; the extractor marks low a claim it had to guess at (a subject only
// assumed, a cue far from the figure, ...), and a finding that rests on one is for a desk to
// review, never a contradiction.
enum class ConfidenceLevel { kHigh, kLow };

struct Confidence {
  ConfidenceLevel level = ConfidenceLevel::kHigh;
  std::vector<std::string> reasons;  // what to check before trusting the claim, in plain words

  bool low() const { return level == ConfidenceLevel::kLow; }
};

inline std::string_view ConfidenceLevelName(ConfidenceLevel level) {
  return level == ConfidenceLevel::kLow ? "low" : "high";
}

}  // namespace crosscheck
