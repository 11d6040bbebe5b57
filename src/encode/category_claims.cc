#include "encode/category_claims.h"

#include <fmt/format.h>

#include <set>

#include "encode/encoder_state.h"

namespace crosscheck::encode {

z3::expr Held(EncoderState& s, CategoryVar& cv, const std::string& node) {
  auto it = cv.held.find(node);
  if (it == cv.held.end()) it = cv.held.emplace(node, s.NewConst(s.ctx.bool_sort())).first;
  return it->second;
}

bool EncodeCategory(EncoderState& s, const Claim& c, const Property& p, const Article* a,
                    EncodedClaim& ec) {
  const Taxonomy* t = s.corpus.catalogue.FindTaxonomy(p.taxonomy);
  if (!t) {
    s.Skip(c,
           fmt::format("taxonomy '{}' of property '{}' is not in the catalogue", p.taxonomy, p.id));
    return false;
  }
  // Named, not a temporary in the braces: GCC 12 at -O3 otherwise warns (falsely) that the
  // key's strings may be used uninitialised, which -Werror makes the Release build fail on.
  Variable var{VarKey{VarKind::kCategory, c.subjects.front(), p.id, s.time.TimeKey(c, p, a)},
               s.ctx.bool_val(true), c.subjects.front(), p.id, ""};
  int index = s.AddVar(std::move(var));
  auto [it, inserted] = s.categories.try_emplace(index);
  CategoryVar& cv = it->second;
  if (inserted) {
    cv.taxonomy = t;
    cv.property = &p;
    cv.subject = c.subjects.front();
    for (const auto& node : t->nodes()) Held(s, cv, node.id);
  }
  ec.vars.push_back(index);
  ec.primary_var = index;
  const auto& value = std::get<CategoryValue>(c.value);
  ec.constraint = Held(s, cv, value.node);
  ec.view.low = ec.view.high = value.node;
  ec.view.unit = t->id;
  std::set<std::string> leaves = t->LeavesUnder(value.node);
  ec.vagueness = static_cast<double>(leaves.size());
  ec.leaves.assign(leaves.begin(), leaves.end());
  return true;
}

// A value lies under its ancestors and a non-leaf value under one of its children; a
// single-valued property holds one leaf, a multi-valued one at most one child of an exclusive
// node. Top-level nodes of a multi-valued property do not exclude each other: exclusivity is
// declared by a node (`exclusive`, the default for a node's children), and top-level nodes have
// none ("angel investor" and "state fund" may both back one start-up).
void EncodeCategoryStructure(EncoderState& s) {
  for (auto& [index, cv] : s.categories) {
    z3::expr_vector laws(s.ctx);
    for (const auto& node : cv.taxonomy->nodes()) {
      z3::expr h = Held(s, cv, node.id);
      for (const auto& parent : node.parents) laws.push_back(z3::implies(h, Held(s, cv, parent)));
      std::vector<std::string> children = cv.taxonomy->Children(node.id);
      if (children.empty()) continue;
      z3::expr_vector kids(s.ctx);
      for (const auto& child : children) kids.push_back(Held(s, cv, child));
      laws.push_back(z3::implies(h, z3::mk_or(kids)));
      // Exclusive children matter for multi-valued properties; a single value is one leaf,
      // which already decides every node above it (overlay nodes such as "south-china"
      // share leaves with provinces, so children of one node need not exclude each other).
      if (node.exclusive && !cv.property->single_valued) laws.push_back(z3::atmost(kids, 1));
    }
    if (cv.property->single_valued) {
      z3::expr_vector leaves(s.ctx);
      for (const auto& node : cv.taxonomy->nodes()) {
        if (cv.taxonomy->Children(node.id).empty()) leaves.push_back(Held(s, cv, node.id));
      }
      laws.push_back(z3::atmost(leaves, 1));
    }
    s.out.background.push_back({z3::mk_and(laws),
                                {index},
                                {.kind = LawKind::kTaxonomy, .taxonomy = cv.taxonomy->id},
                                cv.property->single_valued});
  }
}

}  // namespace crosscheck::encode
