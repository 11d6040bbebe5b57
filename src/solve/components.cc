#include "solve/components.h"

#include <map>

#include "common/union_find.h"

namespace crosscheck::solve {

std::vector<Component> SplitComponents(const encode::Encoding& encoding) {
  UnionFind uf(encoding.vars.size());
  auto join = [&](const std::vector<int>& vars) {
    for (size_t i = 1; i < vars.size(); ++i) uf.Union(vars[0], vars[i]);
  };
  for (const auto& c : encoding.claims) join(c.vars);
  for (const auto& b : encoding.background) join(b.vars);

  std::map<int, size_t> by_root;  // root variable -> component index, in first-claim order
  std::vector<Component> out;
  for (size_t i = 0; i < encoding.claims.size(); ++i) {
    const auto& vars = encoding.claims[i].vars;
    if (vars.empty()) continue;
    int root = uf.Find(vars[0]);
    auto [it, inserted] = by_root.try_emplace(root, out.size());
    if (inserted) out.emplace_back();
    out[it->second].claims.push_back(static_cast<int>(i));
  }
  for (size_t i = 0; i < encoding.background.size(); ++i) {
    const auto& vars = encoding.background[i].vars;
    if (vars.empty()) continue;
    auto it = by_root.find(uf.Find(vars[0]));
    if (it != by_root.end()) out[it->second].background.push_back(static_cast<int>(i));
  }
  return out;
}

}  // namespace crosscheck::solve
