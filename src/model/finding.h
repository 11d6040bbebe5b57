#pragma once

#include <climits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/rational.h"
#include "model/article.h"
#include "model/attribution.h"
#include "model/claim_reading.h"
#include "model/confidence.h"
#include "model/date_value.h"
#include "model/expectation.h"
#include "model/law.h"

namespace crosscheck {

// kToReview: a contradiction, tension or inference that rests on low-confidence claims
// (docs/extraction.md, "Confidence and review"): shown apart, never counted as a contradiction.
enum class FindingKind { kContradiction, kTension, kVariation, kInference, kUnknown, kToReview };
enum class FindingSeverity { kHigh, kMedium, kLow };  // severity of a finding (not of a diagnostic)

std::string_view FindingKindName(FindingKind k);
std::string_view FindingSeverityName(FindingSeverity s);

// What a claim's normalised interval counts. Dates and durations are both read in days, but a
// date's bounds are calendar days and a duration's a length; reports show both as bare bounds.
enum class IntervalScale { kFigure, kCalendarDays, kDurationDays };

// Where a date claim's days (low, high, days) come from: the text alone, or its words read
// against its article's known publication day (docs/semantics.md, "Dates"). Reports mark the
// derived ones, since another publication day would move them.
enum class DaysSource {
  kAsWritten,        // "12 mars 2015" (and every claim that is not a date)
  kFromPublication,  // a relative date: «lundi dernier» is the Monday before publication
  kOnlyPlacement,    // a date without its year that only one year near publication allows
  kPlacementsSpan,   // one with several placements: from the first to the last of them
  // A relative date in an article whose metadata gives a span of days, not one: «hier» in an
  // article of January 2025 is some day from 31 December to 30 January.
  kPublicationRange,
  // A relative or year-less date in an article whose publication day is unknown, read over the
  // days the solver infers it was published (an inference finding): «lundi dernier» in an
  // article inferred published on 27 January 2025 is 2025-01-20.
  kInferredPublication,
};

// In which readings of precision a contradiction holds (docs/semantics.md, "Precision modes"):
// a contradiction found with the default reading is re-checked with the lenient one. kUnchecked
// for any other finding.
enum class PrecisionHold {
  kUnchecked,
  kEveryMode,   // still contradictory when figures are read leniently: the strongest
  kNotLenient,  // found in the default (and strict) reading, dissolved by the lenient
  kStrictRun,   // the whole check ran in strict mode (`--precision strict`)
};
// The words reports print ("every precision mode"); "" for kUnchecked.
std::string_view PrecisionHoldText(PrecisionHold h);

// How one claim takes part in a finding: enough for a report to show it without the corpus.
struct FindingClaim {
  // Moves that cannot throw, so that a growing vector of them moves them instead of copying
  // each one with its strings and numbers. A member's move fails only when GMP cannot allocate
  // the moved-from value's empty rational; the process then stops (std::terminate) instead of
  // reporting the failure (exit 3): out of memory either way.
  FindingClaim() = default;
  FindingClaim(const FindingClaim&) = default;
  FindingClaim& operator=(const FindingClaim&) = default;
  FindingClaim(FindingClaim&&) noexcept = default;
  FindingClaim& operator=(FindingClaim&&) noexcept = default;
  ~FindingClaim() = default;

  std::string id;
  std::string article;  // "" for the reference ledger
  std::string quote;
  std::string value;    // as written
  std::string when;     // as written, or ""
  std::string subject;  // entity ids joined by " + "
  std::string property;
  ClaimReading reading;  // how crosscheck read the value (report/reading_text.h words it)
  // The normalised value: a quantity interval in the base unit, or a date interval.
  std::string low, high, unit;
  bool low_open = false, high_open = false;
  IntervalScale scale = IntervalScale::kFigure;
  std::optional<DayInterval> days;  // kCalendarDays: the days low and high name, as computed
  DaysSource days_source = DaysSource::kAsWritten;
  Attribution attribution;
  Confidence confidence;                    // a low one says what to check
  Expectation expect = Expectation::kNone;  // what the claim file expects of it, if anything
  std::string file;                         // claim file and line, for CI annotations
  int line = 0;
  int column = 0;
  size_t span_begin = 0, span_end = 0;  // the quote's bytes in the article, when found
  bool has_span = false;
};

// The days the claims force a date into (tensions) or pin a publication to (inferences).
struct Window {
  DayNumber first = 0, last = 0;  // inclusive
};

// A contradiction over one fact with two camps: how far apart the camps' nearest readings are,
// against the width of the vaguest claim, in the claims' own unit. A gap shorter than that width
// is a near miss ("il y a une petite semaine" and a day eight days before: one day beyond what
// the phrase allows; "nearly 500" against 505); a gap of the width or more is not ("139" against
// "at most 9": 129.5 where the vaguest claim spans 1) (docs/semantics.md, "Findings").
struct Gap {
  // kCalendarDays: a date, measured in `days`; kFigure: a quantity, measured in `distance`.
  IntervalScale scale = IntervalScale::kCalendarDays;
  long long days = 0;  // days strictly after one camp's last reading, to the other's first
  long long vaguest_claim_days = 0;  // the widest span a single claim of the dispute allows
  Rational distance = 0;             // figures: the lower camp's high end to the other's low end
  Rational vaguest_claim_width = 0;  // figures: the widest bounded interval of a single claim
  std::string unit;                  // figures: the unit both are in (the claims' base unit)
  std::string vaguest_claim;         // its id
  bool near_miss() const {
    return scale == IntervalScale::kFigure ? distance < vaguest_claim_width
                                           : days < vaguest_claim_days;
  }
  // How many times the vaguest claim's span the gap is, rounded down (0 for a near miss).
  long long times() const {
    if (scale != IntervalScale::kFigure) return days / vaguest_claim_days;
    Rational t = Floor(distance / vaguest_claim_width);
    return t.get_num().fits_slong_p() ? t.get_num().get_si() : LONG_MAX;
  }
};

// Which step of solving a component ran out of the solver's resource limit (kUnknown findings).
enum class UndecidedStep { kCheck, kListing, kCorrection };

// A contradiction between category claims of one fact that their taxonomy alone explains: no
// leaf lies under all of them (a single-valued property) or they lie on exclusive branches.
struct TaxonomyClash {
  std::string taxonomy;  // its id
  std::string property;
  bool single_valued = false;
};

// One thing a reader should look at: a contradiction with its evidence, a tension, a variation,
// an inference, or a component the solver could not decide.
struct Finding {
  // Moves that cannot throw, so that a growing vector of them moves them instead of copying
  // each one with its strings and numbers. A member's move fails only when GMP cannot allocate
  // the moved-from value's empty rational; the process then stops (std::terminate) instead of
  // reporting the failure (exit 3): out of memory either way.
  Finding() = default;
  Finding(const Finding&) = default;
  Finding& operator=(const Finding&) = default;
  Finding(Finding&&) noexcept = default;
  Finding& operator=(Finding&&) noexcept = default;
  ~Finding() = default;

  std::string id;  // stable: kind + subject + property + the claims' ids, hashed
  FindingKind kind = FindingKind::kVariation;
  // kToReview: what the finding would be if its low-confidence claims are right (a
  // contradiction, a tension or an inference); nullopt for every other kind.
  std::optional<FindingKind> review_of;
  FindingSeverity severity = FindingSeverity::kLow;
  std::string subject;
  std::string property;
  // The words a reader sees (a summary sentence and an explanation) are made from the facts
  // below by report/finding_text.h, for every format.
  // Entity id -> the catalogue's name, for the subjects the finding and its claims speak of
  // (only entities the catalogue names).
  std::map<std::string, std::string> names;
  // Entity id -> its Wikidata item ("Q1234"), for the subjects whose catalogue entry gives one.
  std::map<std::string, std::string> wikidata;
  std::vector<FindingClaim> claims;
  std::vector<std::vector<std::string>> minimal_sets;  // contradictions: claim ids of each MUS
  std::vector<std::vector<std::string>> camps;         // contradictions: claims that agree
  std::vector<std::string> retract;                    // contradictions: cheapest correction
  // Contradictions: other corrections that cost exactly as much as `retract` (each the claims
  // outside another camp of the same weight). The tie-break chose `retract`; a desk should know
  // the choice was a tie and see the others, in the order of the camps.
  std::vector<std::vector<std::string>> equally_cheap;
  // Contradictions: whether a lenient reading of precision (a full unit in the last digit)
  // would dissolve it (docs/semantics.md).
  PrecisionHold holds_in = PrecisionHold::kUnchecked;
  std::optional<Window> window;  // tensions and inferences
  std::optional<Gap> gap;        // contradictions over one date with two camps

  // Contradictions: whether every minimal set is about one fact (one variable), the catalogue
  // laws the first minimal set rests on (report/law_text.h words them), a conflict that the
  // taxonomy's structure alone explains, and the cap the listing of minimal sets stopped at (0:
  // the listing is complete).
  bool single_fact = false;
  std::vector<Law> laws;
  std::optional<TaxonomyClash> taxonomy_clash;
  unsigned listing_capped_at = 0;
  // Tensions, variations and inferences: the finding holds only once the cheapest correction's
  // claims are set aside.
  bool after_retractions = false;
  // Tensions: the fewest days a single claim of the window allows alone.
  long long narrowest_claim_days = 0;
  // Inferences: the article's publication as its metadata gives it (f.subject is the article),
  // and how many of `claims`, first, are its own (the rest are other sources it counts from).
  PublicationDate published_metadata;
  size_t own_claims = 0;
  // kUnknown: what the solver could not do.
  std::optional<UndecidedStep> undecided;

  // The kind whose evidence the finding carries (minimal sets and camps for a contradiction, a
  // window for a tension): its own, or for a finding to review what it would be.
  FindingKind evidence_kind() const { return review_of.value_or(kind); }
};

}  // namespace crosscheck
