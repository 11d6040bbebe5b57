#include "encode/uncompared_rates.h"

#include <map>
#include <utility>

#include "encode/claim_time.h"

namespace crosscheck::encode {

std::vector<UncomparedRates> FindUncomparedRates(const Corpus& corpus) {
  std::vector<UncomparedRates> groups;
  std::map<std::pair<std::string, std::string>, size_t> index;  // (subject, property) -> group
  for (const auto& file : corpus.claim_files) {
    for (const auto& c : file.claims) {
      if (c.subjects.size() != 1) continue;
      const Property* p = corpus.catalogue.FindProperty(c.property);
      if (!p || p->kind != ValueKind::kQuantity || !p->time_indexed || !p->dimension.IsRate()) {
        continue;
      }
      auto [it, added] = index.try_emplace({c.subjects.front(), c.property}, groups.size());
      if (added) groups.push_back({c.subjects.front(), c.property, {}, {}});
      UncomparedRates& g = groups[it->second];
      (ClaimTime::AtPublication(c) ? g.without_period : g.with_period)
          .push_back({c.id, c.value_text, c.when_text});
    }
  }
  std::erase_if(groups, [](const UncomparedRates& g) {
    return g.with_period.empty() || g.without_period.empty();
  });
  return groups;
}

}  // namespace crosscheck::encode
