#include "encode/partition.h"

#include <string>
#include <unordered_map>

#include "common/union_find.h"
#include "encode/part_of_laws.h"

namespace crosscheck::encode {
namespace {

// Names of variables ("q|deepseek|training_cost") to union-find slots.
class VariableSets {
 public:
  int Slot(const std::string& name) {
    auto [it, inserted] = slots_.try_emplace(name, 0);
    if (inserted) it->second = sets_.Add();
    return it->second;
  }
  int Find(int x) { return sets_.Find(x); }
  void Union(int a, int b) { sets_.Union(a, b); }
  void Union(const std::string& a, const std::string& b) { Union(Slot(a), Slot(b)); }

 private:
  std::unordered_map<std::string, int> slots_;
  UnionFind sets_;
};

std::string Name(char kind, const std::string& subject, const std::string& property) {
  std::string name(1, kind);
  name += '|';
  name += subject;
  name += '|';
  name += property;
  return name;
}

class Partitioner {
 public:
  explicit Partitioner(const Corpus& corpus) : corpus_(corpus) {
    // `at_most` laws compare two quantities of one subject: their properties share names.
    for (const auto& r : corpus.catalogue.relations()) {
      if (r.kind == RelationKind::kAtMost)
        quantity_group_[r.right] = quantity_group_.count(r.left) ? quantity_group_[r.left] : r.left;
    }
    // `before via part_of`: an owner's date against each part's.
    for (const auto& r : corpus.catalogue.relations()) {
      if (r.kind != RelationKind::kBefore || r.via != RelationVia::kPartOf) continue;
      for (const auto& e : corpus.catalogue.entities()) {
        if (!e.part_of.empty()) sets_.Union(Name('d', e.part_of, r.left), Name('d', e.id, r.right));
      }
    }
  }

  Partition Run() {
    Partition out;
    for (const auto& file : corpus_.claim_files) {
      for (const auto& claim : file.claims) by_id_.emplace(claim.id, &claim);
    }
    std::vector<int> slot;
    for (const auto& file : corpus_.claim_files) {
      for (const auto& claim : file.claims) {
        out.claims.push_back(&claim);
        slot.push_back(Place(claim));
      }
    }
    BindNotBeforeLaws();
    std::unordered_map<int, size_t> piece_of_root;
    for (size_t i = 0; i < out.claims.size(); ++i) {
      auto [it, inserted] = piece_of_root.try_emplace(sets_.Find(slot[i]), out.pieces.size());
      if (inserted) out.pieces.emplace_back();
      out.pieces[it->second].push_back(static_cast<int>(i));
    }
    return out;
  }

 private:
  // The slot of the claim's primary variable, with every other variable it mentions joined.
  int Place(const Claim& c) {
    const Property* p = corpus_.catalogue.FindProperty(c.property);
    if (!p || c.subjects.empty()) return sets_.Slot(Name('x', c.id, ""));
    const std::string& subject = c.subjects.front();
    switch (p->kind) {
      case ValueKind::kQuantity: {
        // One variable per subject and period; a sum joins its subjects. Periods are not told
        // apart here (coarser, never wrong).
        auto group = quantity_group_.find(p->id);
        const std::string& property = group == quantity_group_.end() ? p->id : group->second;
        int first = sets_.Slot(Name('q', subject, property));
        for (size_t k = 1; k < c.subjects.size(); ++k) {
          sets_.Union(first, sets_.Slot(Name('q', c.subjects[k], property)));
        }
        JoinWholes(first, c, *p);
        return first;
      }
      case ValueKind::kDate: {
        int slot = sets_.Slot(DateName(c, *p));
        const auto* value = std::get_if<DateValue>(&c.value);
        if (value && DependsOnPublication(*value)) JoinPublication(slot, c);
        JoinAnchor(slot, c.relative_to);
        return slot;
      }
      case ValueKind::kAge: {
        int slot = sets_.Slot(Name('d', subject, "birth_date"));
        if (!c.when || DependsOnPublication(*c.when)) JoinPublication(slot, c);
        return slot;
      }
      case ValueKind::kDuration: {
        int slot = sets_.Slot(Name('t', subject, p->id));
        for (const auto& id : c.between) JoinAnchor(slot, id);
        return slot;
      }
      case ValueKind::kCategory: {
        int slot = sets_.Slot(Name('c', subject, p->id));
        categories_.emplace_back(subject, p);
        return slot;
      }
      case ValueKind::kEntity:
        break;
    }
    return sets_.Slot(Name('x', c.id, ""));
  }

  // The date variable of a date claim: several values of a multi-valued date never share one.
  static std::string DateName(const Claim& c, const Property& p) {
    return p.single_valued ? Name('d', c.subjects.front(), p.id) : Name('x', c.id, "");
  }

  // A date relative to another claim's (`relative_to`), a duration between two dated claims
  // (`between`): constraints between the claim's variable and the anchor's date.
  void JoinAnchor(int slot, const std::string& anchor_id) {
    if (anchor_id.empty()) return;
    auto it = by_id_.find(anchor_id);
    if (it == by_id_.end()) return;
    const Claim& anchor = *it->second;
    const Property* p = corpus_.catalogue.FindProperty(anchor.property);
    if (!p || p->kind != ValueKind::kDate || anchor.subjects.empty()) return;
    sets_.Union(slot, sets_.Slot(DateName(anchor, *p)));
  }

  // Parts of wholes (encode/part_of_laws.h): an additive figure with its wholes' figures of the
  // same property (the catalogue's `part_of`), a claim with the claim it is a part of (`of`).
  void JoinWholes(int slot, const Claim& c, const Property& p) {
    if (p.additive) {
      for (const auto& subject : c.subjects) {
        for (const auto& whole : WholesOf(corpus_.catalogue, subject)) {
          sets_.Union(slot, sets_.Slot(Name('q', whole, QuantityGroup(p.id))));
        }
      }
    }
    if (c.of.empty()) return;
    auto it = by_id_.find(c.of);
    if (it == by_id_.end() || it->second->subjects.empty()) return;
    const Claim& whole = *it->second;
    sets_.Union(slot, sets_.Slot(Name('q', whole.subjects.front(), QuantityGroup(whole.property))));
  }

  const std::string& QuantityGroup(const std::string& property) const {
    auto group = quantity_group_.find(property);
    return group == quantity_group_.end() ? property : group->second;
  }

  // An article whose publication day is not fixed has a variable for it (the encoder's
  // PublicationOf), shared by the claims that place themselves from it.
  void JoinPublication(int slot, const Claim& c) {
    const Article* a = c.article.empty() ? nullptr : corpus_.FindArticle(c.article);
    if (a && !a->published.exact()) sets_.Union(slot, sets_.Slot(Name('p', a->id, "")));
  }

  // `not_before via <category>`: a subject's date against the date of every entity its
  // category's taxonomy names (the value is not known before solving).
  void BindNotBeforeLaws() {
    for (const auto& r : corpus_.catalogue.relations()) {
      if (r.kind != RelationKind::kNotBefore) continue;
      for (const auto& [subject, property] : categories_) {
        if (r.via != RelationVia::kCategory || property->id != r.via_property) continue;
        const Taxonomy* t = corpus_.catalogue.FindTaxonomy(property->taxonomy);
        std::string held = Name('c', subject, property->id);
        sets_.Union(held, Name('d', subject, r.left));
        if (!t) continue;
        for (const auto& node : t->nodes()) {
          if (!node.entity.empty()) sets_.Union(held, Name('d', node.entity, r.right));
        }
      }
    }
  }

  const Corpus& corpus_;
  VariableSets sets_;
  std::unordered_map<std::string, std::string> quantity_group_;
  std::vector<std::pair<std::string, const Property*>> categories_;
  std::unordered_map<std::string, const Claim*> by_id_;
};

}  // namespace

Partition PartitionClaims(const Corpus& corpus) { return Partitioner(corpus).Run(); }

}  // namespace crosscheck::encode
