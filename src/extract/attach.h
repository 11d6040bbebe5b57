#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "model/attribution.h"
#include "model/catalogue.h"
#include "model/claim.h"
#include "model/confidence.h"
#include "model/cue_lexicon.h"
#include "parse/language.h"

namespace crosscheck::extract {

// A mention attached to a subject and a property: a candidate claim (docs/extraction.md).
struct Candidate {
  Mention mention;
  std::string subject;       // entity id
  std::string property;      // property id
  std::string value_text;    // the mention as written, with a unit noun that follows a bare count
  TextSpan value_span;       // its bytes in the article
  TextSpan quote;            // the clause around value, cue and subject: exact article bytes
  TextSpan cue_span;         // the cue word in the article (the comma of an age in apposition)
  const Cue* cue = nullptr;  // the lexicon entry it is a word of; null for an age in apposition
  // A bare amount ("contre 3 milliards") takes the currency of the amount before it in its
  // sentence: that amount as written, "" when the value is all the article's own words.
  std::string currency_from;
  // Where the subject comes from: a name in the sentence, or (none fitting there) the cue's own
  // subject, a description in the sentence ("le fonds"), the article's dominant subject, or the
  // catalogue's only entity of a fitting type.
  enum SubjectSource { kNamed, kCueSubject, kDescribed, kMainSubject, kOnlyOfType };
  SubjectSource subject_source = kNamed;
  std::string subject_text;  // the name (kNamed) or description (kDescribed) as written
  // For a time-indexed property: the date the value holds at ("140 personnes fin 2024", "400
  // d'ici à 2028"), the date of its clause that stands nearest this figure; "" when none, and
  // the value then holds at the publication date (docs/semantics.md).
  std::string when_text;
  TextSpan when_span;
  // Low, with the reasons, when the reading rests on a guess (docs/extraction.md, "Confidence
  // and review"): a subject only assumed, a cue far from the figure or in another clause, cues
  // of several properties in reach.
  Confidence confidence;
  // Reported when the sentence says whose figure it is ("selon l'entreprise", "according to
  // analysts") or the clause puts it in the French conditional of hearsay ("aurait coûté").
  Attribution attribution;
};

// A mention no cue and subject could be found for, with why.
struct Unattached {
  Mention mention;
  std::string reason;
};

struct Attachment {
  std::vector<Candidate> candidates;  // in text order
  std::vector<Unattached> unattached;
  std::string main_subject;  // the entity named most often, "" when none is named
};

// The most words between a cue and its figure ("fondée en mai 2023": 1).
inline constexpr size_t kCueWindowWords = 15;
// Beyond this many words, a cue may govern another figure: the reading is low-confidence.
inline constexpr size_t kFarCueWords = 6;

// Attaches the mentions of `text` (Extract's output, in text order) to subjects and properties.
// Overlapping mentions ("1,2 milliard" inside "1,2 milliard de yuans") are one figure: the most
// specific reading that attaches is kept. Every value is checked to parse under its property;
// one that does not is listed as unattached with the reason.
Attachment Attach(std::string_view text, parse::Language lang, const std::vector<Mention>& mentions,
                  const Catalogue& catalogue, const CueLexicon& lexicon);

}  // namespace crosscheck::extract
