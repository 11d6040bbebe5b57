#pragma once

#include <string>
#include <string_view>

#include "model/finding.h"

namespace crosscheck::report {

// The words of a finding, made from its typed facts (model/finding.h) in one place for every
// report format and for the regression verdict.

// One sentence a reader understands without opening any file.
std::string Summary(const Finding& f);

// Why the claims conflict or agree, in plain words.
std::string Explanation(const Finding& f);

// "High-Flyer's", "Nvidia H100's": a subject's catalogue name (its id when it has none) in the
// possessive.
std::string NamedPossessive(const Finding& f, const std::string& subject);

// "2025-01-27", or "2025-01-20 to 2025-01-27".
std::string DateRange(DayNumber low, DayNumber high);

// The Wikidata page of an item: "https://www.wikidata.org/wiki/Q1234".
std::string WikidataUrl(std::string_view item);

// Who said a claim: "lemonde-liang", "reuters-r2, reporting the company".
std::string Source(const FindingClaim& c);

// Why a date claim's days are not as written: "from the publication date"; "" for kAsWritten.
std::string_view DaysSourceText(DaysSource s);

// A claim's normalised value: "[5.5, 6.5) million dollars", "h100", "2025-01-20", and for a
// date read against its publication day "2025-01-20 (from the publication date)". `minus_inf`
// and `plus_inf` write an open side's bound ("-inf" in Markdown, "−∞" in HTML).
std::string NormalizedText(const FindingClaim& c, std::string_view minus_inf,
                           std::string_view plus_inf);

}  // namespace crosscheck::report
