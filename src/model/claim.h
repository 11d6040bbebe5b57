#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/source_pos.h"
#include "model/attribution.h"
#include "model/confidence.h"
#include "model/date_value.h"
#include "model/expectation.h"
#include "model/value.h"

namespace crosscheck {

// Where in the article the quote stands: byte offsets into the article text.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

// One thing one article asserts, resolved against the catalogue and parsed.
struct Claim {
  // Moves that cannot throw, so that a growing vector of them moves them instead of copying
  // each one with its strings and numbers. A member's move fails only when GMP cannot allocate
  // the moved-from value's empty rational; the process then stops (std::terminate) instead of
  // reporting the failure (exit 3): out of memory either way.
  Claim() = default;
  Claim(const Claim&) = default;
  Claim& operator=(const Claim&) = default;
  Claim(Claim&&) noexcept = default;
  Claim& operator=(Claim&&) noexcept = default;
  ~Claim() = default;

  std::string id;
  std::string article;                // article id; "" for the reference ledger
  std::vector<std::string> subjects;  // entity ids; several = the sum over them
  std::string property;
  std::string value_text;  // as written
  Value value;
  std::string when_text;
  std::optional<DateValue> when;
  // A date stated relative to another claim's date: the anchor's id (`relative_to`), and the
  // value is then an AnchoredDate (docs/semantics.md, "Dates anchored on another claim").
  std::string relative_to;
  SourcePos relative_to_pos;
  // A duration between two dated claims (`between: [start, end]`): the days from the first
  // claim's date to the second's lie within the duration.
  std::vector<std::string> between;
  SourcePos between_pos;
  // "of which 900 at the new site": the id of the claim whose figure this one is a part of
  // (`of`); its value is then at most that claim's (docs/semantics.md, "Parts of wholes").
  std::string of;
  SourcePos of_pos;
  std::string quote;
  std::optional<TextSpan> span;
  Attribution attribution;
  Confidence confidence;  // high unless the claim file says low, with reasons
  std::string note;
  Expectation expect = Expectation::kNone;
  SourcePos pos;        // the claim's mapping in the claim file
  SourcePos value_pos;  // its value node
};

}  // namespace crosscheck
