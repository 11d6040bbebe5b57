#pragma once

#include <string>
#include <vector>

#include "common/source_pos.h"

namespace crosscheck {

// Something claims are about: an organisation, a person, a model, a chip, an event.
struct Entity {
  std::string id;
  std::string type;
  std::string name;
  std::vector<std::string> aliases;
  // Nouns a text uses for it instead of its name ("fonds", "start-up", "laboratoire"): in a
  // sentence that names no entity, "le fonds" refers to it (docs/extraction.md, "Subject").
  std::vector<std::string> descriptions;
  std::string part_of;  // the owner ("deepseek-r1" is part of "deepseek"), or ""
  // Found in the articles by `extract` (extract/entity_discovery.h), not declared by a
  // catalogue: an article that does not name it says nothing of it.
  bool discovered = false;
  SourcePos pos;
};

}  // namespace crosscheck
