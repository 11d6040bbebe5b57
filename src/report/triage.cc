#include "report/triage.h"

#include <algorithm>
#include <map>

namespace crosscheck::report {

std::vector<ArticleDoubts> DoubtsByArticle(const CheckResult& result) {
  std::map<std::string, std::vector<DoubtLine>> by_article;
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    if (f.kind != FindingKind::kContradiction) continue;
    for (const auto& c : f.claims) {
      if (std::find(f.retract.begin(), f.retract.end(), c.id) == f.retract.end()) continue;
      by_article[c.article].push_back({&c, i});
    }
  }
  std::vector<ArticleDoubts> out;
  for (const auto& a : result.articles) {
    auto it = by_article.find(a.id);
    if (it != by_article.end()) out.push_back({a.id, a.outlet, std::move(it->second)});
  }
  if (auto ledger = by_article.find(""); ledger != by_article.end()) {
    out.push_back({"", "", std::move(ledger->second)});
  }
  return out;
}

}  // namespace crosscheck::report
