#pragma once

#include <string_view>

#include "common/result.h"
#include "model/date_value.h"
#include "parse/language.h"

namespace crosscheck::parse {

// A date stated relative to another claim's date, as the value of a claim with `relative_to`
// (docs/semantics.md, "Dates anchored on another claim"): fixed phrases («l'année suivante»,
// «cette année-là», «le lendemain», "the same year", "the previous month") and an offset "[hedge]
// N unit later / after ... / earlier / before ..." («trois ans plus tard», «deux jours après son
// ouverture», "two years after the merger", "a year earlier"). The words after «après», "after",
// «avant», "before" describe the anchor, which `relative_to` names: they are not read.
Result<AnchoredDate> ParseAnchoredDate(std::string_view text, Language lang);

}  // namespace crosscheck::parse
