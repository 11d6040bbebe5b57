#include "model/catalogue.h"

#include <algorithm>

#include "common/unicode.h"

namespace crosscheck {

bool Catalogue::AddEntity(Entity e) {
  if (!entity_ids_.insert(e.id).second) return false;
  size_t index = entities_.size();
  // An id always wins over another entity's alias of the same spelling.
  entity_by_key_[NameKey(e.id)] = index;
  for (const auto& alias : e.aliases) entity_by_key_.try_emplace(NameKey(alias), index);
  entity_by_key_.try_emplace(NameKey(e.name), index);
  entities_.push_back(std::move(e));
  return true;
}

bool Catalogue::AddProperty(Property p) {
  if (property_by_id_.count(p.id)) return false;
  property_by_id_[p.id] = properties_.size();
  properties_.push_back(std::move(p));
  return true;
}

bool Catalogue::AddTaxonomy(Taxonomy t) {
  if (taxonomy_by_id_.count(t.id)) return false;
  taxonomy_by_id_[t.id] = taxonomies_.size();
  taxonomies_.push_back(std::move(t));
  return true;
}

bool Catalogue::AddUnit(Unit u) {
  if (unit_by_id_.count(u.id)) return false;
  size_t index = units_.size();
  unit_by_id_[u.id] = index;
  unit_by_word_.try_emplace(NameKey(u.id), index);
  for (const auto& w : u.words) unit_by_word_.try_emplace(NameKey(w), index);
  units_.push_back(std::move(u));
  unit_words_longest_first_.assign(unit_by_word_.begin(), unit_by_word_.end());
  std::stable_sort(unit_words_longest_first_.begin(), unit_words_longest_first_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return true;
}

bool Catalogue::AddDimension(DimensionDecl d) {
  if (dimension_by_id_.count(d.id)) return false;
  dimension_by_id_[d.id] = dimensions_.size();
  dimensions_.push_back(std::move(d));
  return true;
}

const DimensionDecl* Catalogue::FindDimension(std::string_view id) const {
  auto it = dimension_by_id_.find(id);
  return it == dimension_by_id_.end() ? nullptr : &dimensions_[it->second];
}

bool Catalogue::Knows(const Dimension& d) const {
  if (d.kind() == Dimension::kNone) return false;
  return d.kind() != Dimension::kDeclared || FindDimension(d.BaseName());
}

const Entity* Catalogue::FindEntity(std::string_view id_or_alias) const {
  auto it = entity_by_key_.find(NameKey(id_or_alias));
  return it == entity_by_key_.end() ? nullptr : &entities_[it->second];
}

const Property* Catalogue::FindProperty(std::string_view id) const {
  auto it = property_by_id_.find(id);
  return it == property_by_id_.end() ? nullptr : &properties_[it->second];
}

const Taxonomy* Catalogue::FindTaxonomy(std::string_view id) const {
  auto it = taxonomy_by_id_.find(id);
  return it == taxonomy_by_id_.end() ? nullptr : &taxonomies_[it->second];
}

const Unit* Catalogue::FindUnit(std::string_view id) const {
  auto it = unit_by_id_.find(id);
  return it == unit_by_id_.end() ? nullptr : &units_[it->second];
}

const Unit* Catalogue::FindUnitByWord(std::string_view word) const {
  auto it = unit_by_word_.find(NameKey(word));
  return it == unit_by_word_.end() ? nullptr : &units_[it->second];
}

std::string Catalogue::FindCategory(const Taxonomy& taxonomy, std::string_view id_or_alias) const {
  std::string key = NameKey(id_or_alias);
  for (const auto& node : taxonomy.nodes()) {
    if (NameKey(node.id) == key) return node.id;
  }
  for (const auto& node : taxonomy.nodes()) {
    for (const auto& alias : node.aliases) {
      if (NameKey(alias) == key) return node.id;
    }
  }
  return {};
}

}  // namespace crosscheck
