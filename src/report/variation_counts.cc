#include "report/variation_counts.h"

#include <algorithm>
#include <set>

namespace crosscheck::report {

bool CountsVariations(const CheckResult& result) {
  size_t variations =
      std::count_if(result.findings.begin(), result.findings.end(),
                    [](const Finding& f) { return f.kind == FindingKind::kVariation; });
  return variations > kVariationsListedInFull;
}

std::vector<VariationCount> VariationCounts(const CheckResult& result) {
  std::vector<VariationCount> counts;
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    if (f.kind != FindingKind::kVariation) continue;
    VariationCount c;
    c.finding = i;
    c.fact = f.subject + "." + f.property;
    c.claims = f.claims.size();
    std::set<std::string_view> articles;
    for (const auto& claim : f.claims) articles.insert(claim.article);
    c.articles = articles.size();
    counts.push_back(std::move(c));
  }
  return counts;
}

}  // namespace crosscheck::report
