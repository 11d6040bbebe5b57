// The generated entity catalogue: organisations, labs, funds, people, models, clusters, events
// and programmes, each with a unique made-up stem ("Karovin") so that no alias can name two
// entities, and the words a sentence uses for it.
#pragma once

#include <string>
#include <vector>

#include "lang.h"
#include "rng.h"

namespace bench {

enum class EntityKind { kCompany, kLab, kFund, kPerson, kModel, kCluster, kEvent, kProgramme };

struct Entity {
  std::string id, type, name;
  std::vector<std::string> aliases;
  std::string fr, en;  // how a sentence names it ("le sommet Karovin", "the Karovin Summit")
  std::vector<std::string> properties;  // the facts already drawn about it
  bool feminine = false;                // French agreement for people ("née")
};

class Entities {
 public:
  // An entity of `kind` with no fact yet about any of `properties`; it then has one. Reuses the
  // kind's latest entity when it can, so that entities gather several facts.
  size_t For(EntityKind kind, const std::vector<std::string>& properties, Rng& rng);

  const Entity& at(size_t i) const { return entities_[i]; }
  size_t size() const { return entities_.size(); }

  // The claim's `subject`: the id, or now and then an alias.
  std::string SubjectField(size_t i, Rng& rng) const;
  const std::string& InSentence(size_t i, Lang lang) const {
    return lang == Lang::kFr ? entities_[i].fr : entities_[i].en;
  }
  bool Feminine(size_t i) const { return entities_[i].feminine; }

  // entities.yaml: the Nvidia chips the bundled chip taxonomy names, then every generated one.
  std::string Yaml() const;

 private:
  size_t Create(EntityKind kind, Rng& rng);

  std::vector<Entity> entities_;
  std::vector<long> latest_ = std::vector<long>(8, -1);
};

}  // namespace bench
