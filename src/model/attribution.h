#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

// Who stands behind a claim (docs/semantics.md, "Attribution and weights").
enum class AttributionKind { kAsserted, kReported, kAlleged, kReference };

struct Attribution {
  AttributionKind kind = AttributionKind::kAsserted;
  std::string source;    // "Epoch AI", "Alexandr Wang", the ledger's citation
  std::string url = {};  // a web address for the source (the ledger's facts), or ""
};

std::string_view AttributionKindName(AttributionKind k);
// Default weight when choosing which claims to retract: asserted 3, reported 2, alleged 1,
// reference 10.
int DefaultWeight(AttributionKind k);

}  // namespace crosscheck
