#pragma once

#include <string>
#include <vector>

#include "model/check_result.h"

namespace crosscheck::report {

// Reports for people stay ones a person opens: past this many variations (a corpus of some
// hundred thousand claims has tens of thousands), Markdown and HTML show every other finding in
// full and the variations as one line of counts per fact; the JSON and CSV reports still list
// each with its claims.
inline constexpr size_t kVariationsListedInFull = 1000;

// Whether `result` has more variations than are listed in full.
bool CountsVariations(const CheckResult& result);

// One variation as a line of counts.
struct VariationCount {
  size_t finding = 0;  // its index in result.findings (its number in the report is one more)
  std::string fact;    // "subject.property", as the summary tables write a fact
  size_t claims = 0;
  size_t articles = 0;  // distinct articles among its claims (the ledger counts as one)
};

// Every variation of `result`, in the report's order.
std::vector<VariationCount> VariationCounts(const CheckResult& result);

}  // namespace crosscheck::report
