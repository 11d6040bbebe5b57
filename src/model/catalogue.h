#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/dimension.h"
#include "model/entity.h"
#include "model/property.h"
#include "model/taxonomy.h"
#include "model/unit.h"

namespace crosscheck {

// Entities, properties, taxonomies and units, with lookups by id or alias. Names are compared
// by NameKey (Unicode-normalised, case-folded), so "High Flyer" finds "high-flyer".
class Catalogue {
 public:
  // Each Add returns false when the id is already taken.
  bool AddEntity(Entity e);
  // Drops the entities `drop` says to, keeping the others' order and lookups.
  template <typename Pred>
  void RemoveEntities(Pred drop) {
    std::vector<Entity> kept;
    for (auto& e : entities_) {
      if (!drop(e)) kept.push_back(std::move(e));
    }
    entities_.clear();
    entity_ids_.clear();
    entity_by_key_.clear();
    for (auto& e : kept) AddEntity(std::move(e));
  }
  bool AddProperty(Property p);
  bool AddTaxonomy(Taxonomy t);
  bool AddUnit(Unit u);
  bool AddDimension(DimensionDecl d);
  void AddRelation(PropertyRelation r) { relations_.push_back(std::move(r)); }

  const Entity* FindEntity(std::string_view id_or_alias) const;
  const Property* FindProperty(std::string_view id) const;
  const Taxonomy* FindTaxonomy(std::string_view id) const;
  const Unit* FindUnit(std::string_view id) const;
  // The declaration of a dimension units.yaml declares ("energy"), or nullptr.
  const DimensionDecl* FindDimension(std::string_view id) const;
  // Whether a property or unit may name `d`: a built-in, or a declared dimension that exists.
  bool Knows(const Dimension& d) const;
  // The unit a word names ("dollars", "$", "puces"), or nullptr.
  const Unit* FindUnitByWord(std::string_view word) const;
  // The node of `taxonomy` an id or alias names, or "".
  std::string FindCategory(const Taxonomy& taxonomy, std::string_view id_or_alias) const;

  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Property>& properties() const { return properties_; }
  const std::vector<Taxonomy>& taxonomies() const { return taxonomies_; }
  const std::vector<Unit>& units() const { return units_; }
  const std::vector<DimensionDecl>& dimensions() const { return dimensions_; }
  const std::vector<PropertyRelation>& relations() const { return relations_; }
  // Every unit word with its unit's index in units(), longest first: the quantity parser tries
  // them in this order for every figure, so the list is kept sorted as units are added.
  const std::vector<std::pair<std::string, size_t>>& UnitWordsLongestFirst() const {
    return unit_words_longest_first_;
  }

 private:
  std::vector<Entity> entities_;
  std::vector<Property> properties_;
  std::vector<Taxonomy> taxonomies_;
  std::vector<Unit> units_;
  std::vector<DimensionDecl> dimensions_;
  std::vector<PropertyRelation> relations_;
  std::set<std::string> entity_ids_;
  std::map<std::string, size_t, std::less<>> entity_by_key_;
  std::map<std::string, size_t, std::less<>> property_by_id_;
  std::map<std::string, size_t, std::less<>> taxonomy_by_id_;
  std::map<std::string, size_t, std::less<>> unit_by_id_;
  std::map<std::string, size_t, std::less<>> dimension_by_id_;
  std::map<std::string, size_t, std::less<>> unit_by_word_;
  std::vector<std::pair<std::string, size_t>> unit_words_longest_first_;
};

}  // namespace crosscheck
