#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/source_pos.h"
#include "model/date_value.h"

namespace crosscheck {

// What is known of when an article was published: a day, an interval of days, or nothing.
// The solver treats it as a variable within these bounds.
struct PublicationDate {
  std::optional<DayNumber> from;  // inclusive
  std::optional<DayNumber> to;    // inclusive
  bool exact() const { return from && to && *from == *to; }
  bool unknown() const { return !from && !to; }
};

struct Article {
  std::string id;
  std::string path;  // the text file, as given in the metadata (relative to corpus/)
  std::string seed_file;
  std::string outlet;  // "" when the text does not name one
  std::vector<std::string> authors;
  std::string language;  // "fr" or "en"
  std::string title;
  std::string url;  // where the article is published (http or https), "" when not given
  // How much the desk trusts the outlet: claim weights (docs/semantics.md) are multiplied by it
  // when choosing what to retract. 1 unless the metadata says otherwise.
  int reliability = 1;
  PublicationDate published;
  std::string text;  // the article's bytes, unchanged
  SourcePos pos;     // the metadata file
};

}  // namespace crosscheck
