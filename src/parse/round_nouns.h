#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/quantity.h"
#include "parse/cursor.h"

namespace crosscheck::parse {

// A round figure named by a noun ("une centaine", "un millier", "a dozen") and the measure its
// adjective gives it: plain (about the figure), good ("une bonne centaine", "a good hundred") or
// short ("une petite vingtaine"). docs/semantics.md, "Hedges".
struct RoundNoun {
  Hedge hedge = Hedge::kAbout;  // kAbout, kGoodMeasure or kShortMeasure
  std::string words;            // "une bonne centaine", as read
  NumberLiteral number;         // {"centaine", 100, 0}: the noun's figure, exact
};
std::optional<RoundNoun> AcceptRoundNoun(Cursor& cursor);

// A figure stated relative to another one ("la moitié", "le double", "plus du double", "twice"):
// the words, or "" if none stand at the cursor. A claim value names no other figure, so the
// quantity reader rejects these with a message that says so.
std::string_view AcceptRelativeFigure(Cursor& cursor);

}  // namespace crosscheck::parse
