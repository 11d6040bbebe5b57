#include "model/claim_reading.h"

namespace crosscheck {

ClaimReading ReadingOf(const Value& value, const Property& property, const Catalogue& catalogue,
                       PrecisionMode mode) {
  ClaimReading r;
  r.value = value;
  r.mode = mode;
  if (const auto* q = std::get_if<QuantityValue>(&value)) {
    r.integral = property.dimension == Dimension::kCount;
    const Unit* u = catalogue.FindUnit(q->unit);
    const DimensionDecl* d = catalogue.FindDimension(property.dimension.BaseName());
    if (u && d && u->id != d->base_unit) {
      r.unit_id = u->id;
      r.base_unit = d->base_unit;
      r.unit_factor = u->factor;
    }
  } else if (const auto* c = std::get_if<CategoryValue>(&value)) {
    r.taxonomy = property.taxonomy;
    if (const Taxonomy* t = catalogue.FindTaxonomy(property.taxonomy)) {
      for (const auto& leaf : t->LeavesUnder(c->node)) r.leaves.push_back(leaf);
    }
  }
  return r;
}

}  // namespace crosscheck
