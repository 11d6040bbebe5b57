#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/phrase_finder.h"
#include "model/catalogue.h"
#include "model/cue_lexicon.h"

namespace crosscheck::extract {

// A name or alias of a catalogue entity, found in the text.
struct EntityHit {
  TextSpan span;
  const Entity* entity = nullptr;
};

// A cue word of the lexicon, found in the text.
struct CueHit {
  TextSpan span;
  const Cue* cue = nullptr;
};

// Every name and alias of every entity, in text order; where names overlap the longest wins
// ("DeepSeek-R1" is the model, not the company DeepSeek and the alias R1).
std::vector<EntityHit> SpotEntities(const PhraseFinder& text, const Catalogue& catalogue);

// The forms a cue word is looked for in. French past participles agree with their subject:
// "lancé" is also "lancée", "lancés" and "lancées" ("l'essai a été lancé", "la fusée lancée"),
// so a cue that ends in "é" matches its feminine and plural forms without listing them.
std::set<std::string> CueForms(const std::string& word, bool english);

// Every cue word of the text's language, in text order (one word may cue several properties);
// none of a cue whose `only_with` words the text never uses.
std::vector<CueHit> SpotCues(const PhraseFinder& text, const CueLexicon& lexicon, bool english);

// The article's main subject among the entities of a type `cue` accepts (any entity when `cue`
// is null): the one named most often, the earliest named on a tie; nullptr when none is named.
// With `dominant`, only one named at least twice and at least twice as often as any other of
// those types: an article about one company may say "elle emploie 220 personnes" of it, but
// one that names three products as often gives no product to assume.
const Entity* MainSubject(const std::vector<EntityHit>& hits, const Cue* cue,
                          bool dominant = false);

}  // namespace crosscheck::extract
