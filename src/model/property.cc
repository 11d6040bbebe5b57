#include "model/property.h"

namespace crosscheck {

std::string_view ValueKindName(ValueKind k) {
  switch (k) {
    case ValueKind::kQuantity:
      return "quantity";
    case ValueKind::kDate:
      return "date";
    case ValueKind::kAge:
      return "age";
    case ValueKind::kDuration:
      return "duration";
    case ValueKind::kCategory:
      return "category";
    case ValueKind::kEntity:
      return "entity";
  }
  return "quantity";
}

}  // namespace crosscheck
