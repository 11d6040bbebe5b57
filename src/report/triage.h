#pragma once

#include <string>
#include <vector>

#include "model/check_result.h"

namespace crosscheck::report {

// A report's first screen: per article, the claims its contradictions' cheapest corrections
// doubt, each with the finding that doubts it, so that a desk sees what to check before reading
// any finding. Findings to review are left out (they are not contradictions until checked).
struct DoubtLine {
  const FindingClaim* claim = nullptr;
  size_t finding = 0;  // its index in result.findings
};
struct ArticleDoubts {
  std::string article;  // "" for the reference ledger
  std::string outlet;   // "" when the metadata names none
  std::vector<DoubtLine> doubts;
};

// The articles with something to doubt, in the report's article order, the ledger last.
std::vector<ArticleDoubts> DoubtsByArticle(const CheckResult& result);

}  // namespace crosscheck::report
