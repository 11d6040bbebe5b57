// Category facts: chip models, places and universities, named by a leaf or by any node above it.

#include <fmt/format.h>

#include <bit>

#include "sentence.h"
#include "shapes.h"
#include "taxonomy_data.h"

namespace bench {
namespace {

struct CategoryProperty {
  const char* id;
  EntityKind kind;
  const CategoryTaxonomy& (*taxonomy)();
  const char *fr, *en;
};

const std::vector<CategoryProperty>& Properties() {
  static const std::vector<CategoryProperty> kAll = {
      {"chip_model", EntityKind::kCluster, ChipTaxonomy, "{S} est équipé de {V}",
       "{S} is equipped with {V}"},
      {"training_chip_model", EntityKind::kModel, ChipTaxonomy, "{S} a été entraîné avec des {V}",
       "{S} was trained on {V}"},
      {"headquarters", EntityKind::kCompany, PlaceTaxonomy, "{S} a son siège {V}",
       "{S} is headquartered {V}"},
      {"headquarters", EntityKind::kLab, PlaceTaxonomy, "{S} a son siège {V}",
       "{S} is headquartered {V}"},
      {"birthplace", EntityKind::kPerson, PlaceTaxonomy, "{S} a vu le jour {V}",
       "{S} was born {V}"},
      {"alma_mater", EntityKind::kPerson, UniversityTaxonomy, "{S} est diplômé{E} {V}",
       "{S} graduated {V}"},
  };
  return kAll;
}

}  // namespace

bool AddCategoryFact(Corpus& corpus, size_t size, Role role) {
  Rng& rng = corpus.rng();
  auto articles = corpus.PickArticles(size, false);
  if (!articles) return false;
  const CategoryProperty& p = rng.Pick(Properties());
  const CategoryTaxonomy& t = p.taxonomy();
  size_t entity = corpus.entities().For(p.kind, {p.id}, rng);
  const uint32_t all = (1u << t.leaf_ids.size()) - 1;
  uint32_t leaf =
      role == Role::kTrap ? rng.Pick(t.multi_parent_leaves) : 1u << rng.Below(t.leaf_ids.size());
  std::vector<const CategoryNode*> holding = t.Holding(leaf);
  const CategoryNode& leaf_node = t.Leaf(static_cast<size_t>(std::countr_zero(leaf)));
  std::vector<const CategoryNode*> branches;  // a trap names the leaf through its parents
  for (const auto* n : holding) {
    if (n->leaves != all && n != &leaf_node) branches.push_back(n);
  }
  branches.push_back(&leaf_node);
  std::vector<const CategoryNode*> nodes;
  size_t plain = role == Role::kContradiction ? size - 1 : size;
  for (size_t i = 0; i < plain; ++i) {
    if (role == Role::kTrap) {
      nodes.push_back(branches[i % branches.size()]);
    } else if (i == 0 || rng.Chance(0.4)) {
      nodes.push_back(&leaf_node);
    } else {
      nodes.push_back(rng.Pick(holding));
    }
  }
  std::vector<size_t> apart;
  if (role == Role::kContradiction) {
    std::vector<const CategoryNode*> others;
    for (const auto& n : t.nodes) {
      if (!(n.leaves & leaf) && (n.leaves & (n.leaves - 1)) == 0) others.push_back(&n);
    }
    nodes.push_back(rng.Pick(others));
    for (size_t i = 0; i + 1 < nodes.size(); ++i) {
      if (!(nodes[i]->leaves & nodes.back()->leaves)) apart.push_back(i);
    }
  }
  std::vector<std::string> ids;
  for (size_t i = 0; i < nodes.size(); ++i) {
    uint32_t a = (*articles)[i];
    Lang lang = corpus.article(a).lang;
    const NodeWords& w = rng.Pick(lang == Lang::kFr ? nodes[i]->fr : nodes[i]->en);
    Draft d{a,
            corpus.entities().SubjectField(entity, rng),
            p.id,
            w.value,
            "",
            Fill(lang == Lang::kFr ? p.fr : p.en, corpus.entities().InSentence(entity, lang),
                 w.phrase, {}, corpus.entities().Feminine(entity))};
    ids.push_back(corpus.Commit(d));
  }
  if (role == Role::kContradiction) {
    std::vector<std::string> planted{ids.back()};
    for (size_t i : apart) planted.push_back(ids[i]);
    corpus.Contradiction(planted,
                         fmt::format("{}: a {} that no single value lies under together with "
                                     "the others",
                                     p.id, t.id));
  } else if (role == Role::kTrap) {
    corpus.Trap(ids, fmt::format("{}: one {} named through different parents", p.id, t.id));
  }
  return true;
}

}  // namespace bench
