#include "model/taxonomy.h"

namespace crosscheck {

void Taxonomy::Add(TaxonomyNode node) {
  index_[node.id] = nodes_.size();
  nodes_.push_back(std::move(node));
}

const TaxonomyNode* Taxonomy::Find(const std::string& node_id) const {
  auto it = index_.find(node_id);
  return it == index_.end() ? nullptr : &nodes_[it->second];
}

std::vector<std::string> Taxonomy::Children(const std::string& node_id) const {
  std::vector<std::string> out;
  for (const auto& n : nodes_) {
    for (const auto& p : n.parents) {
      if (p == node_id) out.push_back(n.id);
    }
  }
  return out;
}

std::set<std::string> Taxonomy::AncestorsOrSelf(const std::string& node_id) const {
  std::set<std::string> seen;
  std::vector<std::string> stack{node_id};
  while (!stack.empty()) {
    std::string id = std::move(stack.back());
    stack.pop_back();
    if (!seen.insert(id).second) continue;  // also guards against cycles in a bad catalogue
    if (const TaxonomyNode* n = Find(id)) {
      for (const auto& p : n->parents) stack.push_back(p);
    }
  }
  return seen;
}

std::set<std::string> Taxonomy::LeavesUnder(const std::string& node_id) const {
  std::set<std::string> leaves, seen;
  std::vector<std::string> stack{node_id};
  while (!stack.empty()) {
    std::string id = std::move(stack.back());
    stack.pop_back();
    if (!seen.insert(id).second) continue;
    std::vector<std::string> children = Children(id);
    if (children.empty()) leaves.insert(id);
    for (auto& c : children) stack.push_back(std::move(c));
  }
  return leaves;
}

}  // namespace crosscheck
