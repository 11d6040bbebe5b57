#pragma once

#include <string>
#include <vector>

#include "model/date_value.h"

namespace crosscheck {

// What a background law says (encode states it over its variables): a law that holds whatever
// the claims say. Each kind reads its fields as its comment says; the rest stay empty.
enum class LawKind {
  // The publication day of article `subject` lies within `days` (its metadata's bounds).
  kPublication,
  // The structure of taxonomy `taxonomy` (parents, children, exclusive branches).
  kTaxonomy,
  // Catalogue `at_most`: `property` is at most `other_property`, for every subject with both.
  kAtMost,
  // Catalogue `before` via part_of: `property` of `subject` (the whole) comes before
  // `other_property` of `other_subject` (its part).
  kBeforePartOf,
  // Catalogue `not_before` via a category: `property` of `subject` is not before
  // `other_property` of `other_subject` when `via_property` is `via_node`.
  kNotBeforeVia,
  // A part is at most its whole: `property` of `subject` (the part) is at most
  // `other_property` of `other_subject` (the whole).
  kPartAtMostWhole,
  // Parts of one whole do not overlap: `property` of `parts` together is at most
  // `other_property` of `other_subject` (the whole).
  kPartsDoNotOverlap,
};

// One background law as data: a contradiction names the catalogue's laws it rests on, and
// report/law_text.h puts them in words.
struct Law {
  LawKind kind = LawKind::kAtMost;
  // Every field has an initializer: a law names only the fields its kind reads.
  std::string property = {}, subject = {};              // the left side
  std::string other_property = {}, other_subject = {};  // the right side
  std::vector<std::string> parts = {};                  // kPartsDoNotOverlap: the parts' subjects
  std::string via_property = {}, via_node = {};         // kNotBeforeVia: the category and its value
  std::string taxonomy = {};                            // kTaxonomy: its id
  DayInterval days = {};  // kPublication: the days the metadata allows

  // The catalogue's relations and parts of wholes; not an article's metadata or a taxonomy.
  bool from_catalogue() const {
    return kind != LawKind::kPublication && kind != LawKind::kTaxonomy;
  }
  bool operator==(const Law&) const = default;
};

}  // namespace crosscheck
