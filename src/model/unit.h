#pragma once

#include <string>
#include <vector>

#include "common/rational.h"
#include "common/source_pos.h"
#include "model/dimension.h"

namespace crosscheck {

// A unit or currency and the words that name it in French and English.
struct Unit {
  std::string id;  // ISO 4217 for currencies
  Dimension dimension;
  std::vector<std::string> words;
  SourcePos pos;
  // How many of its dimension's base unit one of it is, exactly ("1000" for km when the base is
  // m). 1 for the built-in dimensions; currencies convert through the ledger instead.
  Rational factor = 1;
  SourcePos dimension_pos;  // where units.yaml names the dimension, for the catalogue check
};

}  // namespace crosscheck
