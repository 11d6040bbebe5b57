#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/source_pos.h"

namespace crosscheck {

struct TaxonomyNode {
  std::string id;
  std::vector<std::string> parents;
  std::vector<std::string> aliases;
  bool exclusive = true;  // a holder's values lie under at most one of this node's children
  std::string entity;     // the entity this value names (a chip model's entity), or ""
  SourcePos pos;
};

// A DAG of category values ("A800" is under both "ampere" and "china-market-variant").
class Taxonomy {
 public:
  std::string id;
  SourcePos pos;

  void Add(TaxonomyNode node);
  const TaxonomyNode* Find(const std::string& node_id) const;
  const std::vector<TaxonomyNode>& nodes() const { return nodes_; }
  std::vector<std::string> Children(const std::string& node_id) const;
  // The node and all its ancestors.
  std::set<std::string> AncestorsOrSelf(const std::string& node_id) const;
  // The leaves under a node (the node itself when it is a leaf).
  std::set<std::string> LeavesUnder(const std::string& node_id) const;

 private:
  std::vector<TaxonomyNode> nodes_;
  std::map<std::string, size_t> index_;
};

}  // namespace crosscheck
