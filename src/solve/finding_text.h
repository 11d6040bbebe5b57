#pragma once

#include <string>
#include <vector>

#include "model/catalogue.h"
#include "model/finding.h"

namespace crosscheck::solve {

// Words for findings: who said a claim, and one-sentence summaries.
std::string Source(const FindingClaim& c);
std::string DescribeCamp(const std::vector<const FindingClaim*>& camp);
std::string StableId(std::string_view prefix, const std::vector<std::string>& parts);
std::string DateRange(long long low, long long high);
// How a summary names a subject: the catalogue's name of each entity, without what its
// parentheses add ("Fire-Flyer II (High-Flyer's second supercomputer)" -> "Fire-Flyer II"),
// so that a reader sees "High-Flyer", not the id `high-flyer` (ids stay in titles and tables).
std::string Named(const Catalogue& catalogue, const std::string& subject);
// "High-Flyer's", "Global stock markets'".
std::string NamedPossessive(const Catalogue& catalogue, const std::string& subject);

}  // namespace crosscheck::solve
