#include "model/attribution.h"

namespace crosscheck {

std::string_view AttributionKindName(AttributionKind k) {
  switch (k) {
    case AttributionKind::kAsserted:
      return "asserted";
    case AttributionKind::kReported:
      return "reported";
    case AttributionKind::kAlleged:
      return "alleged";
    case AttributionKind::kReference:
      return "reference";
  }
  return "asserted";
}

int DefaultWeight(AttributionKind k) {
  switch (k) {
    case AttributionKind::kAsserted:
      return 3;
    case AttributionKind::kReported:
      return 2;
    case AttributionKind::kAlleged:
      return 1;
    case AttributionKind::kReference:
      return 10;
  }
  return 3;
}

}  // namespace crosscheck
