// The bundled taxonomies (claims/catalogue/taxonomies.yaml) as the generator needs them: each
// node's leaves and the words an article uses for it. The catalogue file itself is copied; if it
// changes, these tables must follow (the generator's test validates every value it writes).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lang.h"

namespace bench {

struct NodeWords {
  std::string value;   // the claim value: an alias of the node
  std::string phrase;  // the words around it in a sentence, containing the value
};

struct CategoryNode {
  std::string id;
  uint32_t leaves;  // bit set over the taxonomy's leaves
  std::vector<NodeWords> fr, en;
};

struct CategoryTaxonomy {
  std::string id;
  std::vector<std::string> leaf_ids;  // bit i is leaf_ids[i]
  std::vector<CategoryNode> nodes;
  // Nodes holding a leaf on two branches (an A800 is Ampere and a China-market chip).
  std::vector<uint32_t> multi_parent_leaves;

  const CategoryNode& Leaf(size_t i) const;
  std::vector<const CategoryNode*> Holding(uint32_t leaf_bit) const;
};

const CategoryTaxonomy& ChipTaxonomy();
const CategoryTaxonomy& PlaceTaxonomy();
const CategoryTaxonomy& UniversityTaxonomy();

}  // namespace bench
