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
  // The whole it belongs to (a product of its maker, a site of its company, a subsidiary of its
  // group), or "": for an additive property its figure is at most the whole's at the same time,
  // and the parts of one whole are disjoint (docs/semantics.md, "Parts of wholes").
  std::string part_of;
  std::string wikidata;   // its Wikidata item ("Q1234"), or "": reports link it
  SourcePos part_of_pos;  // the `part_of` value in entities.yaml
  // Found in the articles by `extract` (extract/entity_discovery.h), not declared by a
  // catalogue: an article that does not name it says nothing of it.
  bool discovered = false;
  SourcePos pos;
};

}  // namespace crosscheck
