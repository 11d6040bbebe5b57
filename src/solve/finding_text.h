#pragma once

#include <string>
#include <vector>

#include "model/finding.h"

namespace crosscheck::solve {

// Words for findings: who said a claim, and one-sentence summaries.
std::string Source(const FindingClaim& c);
std::string DescribeCamp(const std::vector<const FindingClaim*>& camp);
std::string StableId(std::string_view prefix, const std::vector<std::string>& parts);
std::string DateRange(long long low, long long high);

}  // namespace crosscheck::solve
