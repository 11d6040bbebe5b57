#include "io/claim_chain.h"

#include <set>

namespace crosscheck::io {

void FindClaimCycles(const Corpus& corpus,
                     const std::unordered_map<std::string, const Claim*>& by_id,
                     const ClaimLink& link, const CycleFound& found) {
  std::set<std::string> cleared;  // claims whose chain was walked to its end already
  for (const auto& file : corpus.claim_files) {
    for (const auto& c : file.claims) {
      std::vector<const Claim*> path;
      std::set<std::string> on_path;
      const Claim* at = &c;
      while (at && !link(*at).empty() && !cleared.count(at->id)) {
        if (!on_path.insert(at->id).second) {
          size_t start = 0;
          while (path[start]->id != at->id) ++start;
          std::vector<const Claim*> cycle(path.begin() + static_cast<std::ptrdiff_t>(start),
                                          path.end());
          std::string chain;
          for (const Claim* p : cycle) chain += p->id + " -> ";
          chain += at->id;
          found(cycle, chain);
          break;
        }
        path.push_back(at);
        auto next = by_id.find(link(*at));
        at = next == by_id.end() ? nullptr : next->second;
      }
      for (const Claim* p : path) cleared.insert(p->id);
    }
  }
}

}  // namespace crosscheck::io
