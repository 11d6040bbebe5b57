// The quantity properties the generator writes claims about: which entities have them, their
// dimension, the range of true values, and the sentences and unit words that carry them.
#pragma once

#include <cstdint>
#include <vector>

#include "entities.h"
#include "figures.h"
#include "rng.h"

namespace bench {

struct UnitWord {
  const char *fr, *en;
};

struct QuantityProperty {
  const char* id;
  EntityKind kind;
  Dim dim;
  bool time_indexed;
  int64_t min, max;     // stored integers: currency units, people, hundredths of % or of a ratio
  const char *fr, *en;  // sentence templates (sentence.h)
  std::vector<UnitWord> units;
};

const std::vector<QuantityProperty>& QuantityProperties();

// One of the properties `fits` accepts.
const QuantityProperty& PickProperty(Rng& rng, bool (*fits)(const QuantityProperty&));

// A value between min and max times `factor` (7 for yuans), spread evenly over orders of
// magnitude.
int64_t DrawValue(const QuantityProperty& p, double factor, Rng& rng);

}  // namespace bench
