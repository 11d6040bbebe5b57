#pragma once

#include <string>
#include <string_view>

#include "common/source_pos.h"
#include "model/dimension.h"

namespace crosscheck {

enum class ValueKind { kQuantity, kDate, kAge, kDuration, kCategory, kEntity };

std::string_view ValueKindName(ValueKind k);

// What a claim can state about a subject, and how its value is read.
struct Property {
  std::string id;
  ValueKind kind = ValueKind::kQuantity;
  Dimension dimension;      // quantities only
  SourcePos dimension_pos;  // where the catalogue names it (checked once every file is read)
  std::string taxonomy;     // categories only
  bool single_valued = true;
  bool time_indexed = false;  // one value per `when`: values at two times never conflict
  // An amount that adds up over parts (people, money raised or spent, quantities; not prices,
  // percentages, dates): a claim may give the sum over several subjects, a part's figure is at
  // most its whole's, and a claim may name the claim it is a part of (`of`).
  bool additive = false;
  std::string description;
  std::string wikidata;  // the matching Wikidata property ("P571"), "" when none
  SourcePos pos;
};

// A law between two properties the catalogue states (docs/semantics.md): `before` (left's date
// strictly before right's), `not_before`, `at_most` (left <= right).
enum class RelationKind { kBefore, kNotBefore, kAtMost };

// How a relation pairs its subjects (the file's `via`): one subject (no `via`), the owner of
// right's subject on the left (`part_of`), or the subject whose category property names
// right's subject (`via: <that property>`).
enum class RelationVia { kSameSubject, kPartOf, kCategory };

struct PropertyRelation {
  RelationKind kind = RelationKind::kBefore;
  std::string left;
  std::string right;
  RelationVia via = RelationVia::kSameSubject;
  std::string via_property;  // kCategory: the category property
  SourcePos pos;
};

}  // namespace crosscheck
