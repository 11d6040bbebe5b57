#pragma once

#include <string>
#include <vector>

#include "common/source_pos.h"
#include "model/property.h"

namespace crosscheck {

// A unit or currency and the words that name it in French and English.
struct Unit {
  std::string id;  // ISO 4217 for currencies
  Dimension dimension = Dimension::kNone;
  std::vector<std::string> words;
  SourcePos pos;
};

}  // namespace crosscheck
