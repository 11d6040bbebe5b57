#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalogue.h"
#include "model/entity.h"

namespace crosscheck::extract {

// An entity found in the text, with why its type was chosen (docs/extraction.md, "Entities").
struct DiscoveredEntity {
  Entity entity;        // id from the name, type, the name as most often written, aliases
  size_t mentions = 0;  // occurrences across the articles, aliases included
  std::vector<std::string> evidence;  // "'le fabricant' before it", "age after it", ...
};

// The proper names of `articles` that the catalogue does not already name, typed from their
// context (a person is aged, titled, quoted; an organisation is a company, raises, employs; a
// place follows "à" / "in"; a product is a code such as "OST-217"). Names are compared across
// articles by NameKey, so "Ostralis" in a French and an English article is one entity; a
// person's surname alone ("Demarquay") is an alias of the full name. A name whose type the
// context does not settle is left out: precision first. Sorted by id.
std::vector<DiscoveredEntity> DiscoverEntities(const std::vector<std::string_view>& articles,
                                               const Catalogue& known);

// The head nouns the articles give names the catalogue already knows ("son fonds de couverture
// quantitatif High-Flyer", "Ostralis, le fabricant"), of the entity's own type (organisation,
// product), by entity id: descriptions for "le fonds" to refer to, where the catalogue gives
// none.
std::map<std::string, std::vector<std::string>> LearnDescriptions(
    const std::vector<std::string_view>& articles, const Catalogue& known);

}  // namespace crosscheck::extract
