#pragma once

#include <string>
#include <vector>

namespace crosscheck {

// A claim as a note names it: its id, its value and its `when` as written.
struct ClaimMention {
  std::string id;
  std::string value;
  std::string when;  // "" when the claim has none
  bool operator==(const ClaimMention&) const = default;
};

// Figures of one subject's time-indexed rate ("visitors a day") that the check never compares:
// some hold over a stated period (a `when`: «entre vendredi et dimanche»), the others have none
// and hold at publication, so they are values of different variables (docs/semantics.md,
// "Rates"). The report says so, since a desk would expect them compared.
struct UncomparedRates {
  std::string subject;
  std::string property;
  std::vector<ClaimMention> with_period;
  std::vector<ClaimMention> without_period;
  bool operator==(const UncomparedRates&) const = default;
};

}  // namespace crosscheck
