#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/quantity.h"
#include "parse/cursor.h"

namespace crosscheck::parse {

// The hedge words of docs/semantics.md, French and English, at the cursor (kNone if none).
Hedge AcceptHedge(Cursor& cursor, std::string* words);

// The phrases AcceptHedge reads, for the extractor's trigger words (the lexicon is written once,
// here): the hedges ("plus", "aux alentours", "jusqu'à") and the intensity words that may stand
// before a direction hedge ("un peu", "well").
const std::vector<std::string_view>& HedgePhrases();
const std::vector<std::string_view>& IntensityPhrases();

// A vague amount ("quelques", "des centaines de", "hundreds of"): its span in units of what
// follows. False if none stands at the cursor.
bool AcceptVagueAmount(Cursor& cursor, Rational* low, Rational* high, std::string* words);

}  // namespace crosscheck::parse
