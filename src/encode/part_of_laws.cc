#include "encode/part_of_laws.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace crosscheck::encode {
namespace {

// The figure a quantity claim states: its subject's variable, or the sum of its subjects';
// nullopt for a claim of another kind.
std::optional<z3::expr> Figure(const EncodedClaim& ec, const Encoding& out) {
  std::optional<z3::expr> sum;
  for (int v : ec.vars) {
    const Variable& var = out.vars[static_cast<size_t>(v)];
    if (var.key.kind != VarKind::kQuantity) return std::nullopt;
    const z3::expr& x = var.expr;
    sum = sum ? *sum + x : x;
  }
  return sum;
}

// Catalogue laws between the additive quantity variables of this encoding. Only variables of
// one property and one period are compared: the same period key is the same time (the
// variables' own rule, docs/semantics.md "Time-indexed properties"); figures at two times that
// are not the same days are not compared (precision first).
void EncodeCatalogueParts(const Catalogue& catalogue, z3::context& ctx, Encoding& out) {
  std::map<VarKey, int> index;
  for (size_t i = 0; i < out.vars.size(); ++i) index.emplace(out.vars[i].key, static_cast<int>(i));
  // Each part's nearest whole that has a variable here: a whole between them with no figure
  // does not break the chain (a site of a division of a company is at most the company).
  std::map<int, std::vector<int>> parts_of;  // whole variable -> its nearest parts, in order
  for (size_t i = 0; i < out.vars.size(); ++i) {
    const VarKey& key = out.vars[i].key;
    if (key.kind != VarKind::kQuantity) continue;
    const Property* p = catalogue.FindProperty(key.property);
    if (!p || !p->additive) continue;
    for (const auto& whole : WholesOf(catalogue, key.subject)) {
      auto it = index.find({VarKind::kQuantity, whole, key.property, key.period});
      if (it == index.end()) continue;
      parts_of[it->second].push_back(static_cast<int>(i));
      break;
    }
  }
  for (const auto& [whole, parts] : parts_of) {
    const Variable& w = out.vars[static_cast<size_t>(whole)];
    std::vector<std::string> names;
    z3::expr sum = ctx.real_val(0);
    z3::expr non_negative = ctx.bool_val(true);
    std::vector<int> vars;
    for (int part : parts) {
      const Variable& v = out.vars[static_cast<size_t>(part)];
      out.background.push_back({v.expr <= w.expr,
                                {part, whole},
                                {.kind = LawKind::kPartAtMostWhole,
                                 .property = v.property,
                                 .subject = v.subject,
                                 .other_property = w.property,
                                 .other_subject = w.subject}});
      names.push_back(v.subject);
      sum = sum + v.expr;
      non_negative = non_negative && v.expr >= 0;
      vars.push_back(part);
    }
    if (parts.size() < 2) continue;
    vars.push_back(whole);
    out.background.push_back({sum <= w.expr && non_negative,
                              vars,
                              {.kind = LawKind::kPartsDoNotOverlap,
                               .property = w.property,
                               .other_property = w.property,
                               .other_subject = w.subject,
                               .parts = names}});
  }
}

// `of`: a claim's figure is at most the figure of the claim it names, as part of the claim.
void EncodeClaimParts(Encoding& out) {
  std::unordered_map<std::string, size_t> by_id;
  std::vector<std::optional<z3::expr>> figures;  // before any bound joins another claim's vars
  figures.reserve(out.claims.size());
  for (size_t k = 0; k < out.claims.size(); ++k) {
    by_id.emplace(out.claims[k].claim->id, k);
    figures.push_back(Figure(out.claims[k], out));
  }
  for (size_t k = 0; k < out.claims.size(); ++k) {
    EncodedClaim& part = out.claims[k];
    const std::string& of = part.claim->of;
    if (of.empty()) continue;
    auto it = by_id.find(of);
    // A whole the encoder left out has its own error, which says the figure is not checked.
    if (it == by_id.end() || !figures[k] || !figures[it->second]) continue;
    const EncodedClaim& whole = out.claims[it->second];
    if (part.view.unit != whole.view.unit) {
      // Money of two currencies: the figures are each in their own (the one most claims of
      // their property and period use); no rate joins them here, so no bound is drawn.
      part.view.reading.notes.push_back({.kind = ReadingNoteKind::kPartOfOtherUnit,
                                         .claim = of,
                                         .unit = part.view.unit,
                                         .other_unit = whole.view.unit});
      continue;
    }
    part.constraint = part.constraint && *figures[k] <= *figures[it->second];
    std::set<int> seen(part.vars.begin(), part.vars.end());
    for (int v : whole.vars) {
      if (seen.insert(v).second) part.vars.push_back(v);
    }
    part.view.reading.notes.push_back(
        {.kind = ReadingNoteKind::kPartOf, .claim = of, .whole_value = whole.view.value});
  }
}

}  // namespace

std::vector<std::string> WholesOf(const Catalogue& catalogue, const std::string& entity) {
  std::vector<std::string> out;
  const Entity* at = catalogue.FindEntity(entity);
  std::set<std::string> seen;
  if (at) seen.insert(at->id);
  while (at && !at->part_of.empty()) {
    at = catalogue.FindEntity(at->part_of);
    if (!at) break;
    // A chain that comes back on itself is an error the catalogue loader reports: no wholes,
    // rather than laws that would make every entity of the cycle equal to the others.
    if (!seen.insert(at->id).second) return {};
    out.push_back(at->id);
  }
  return out;
}

void EncodePartsOfWholes(const Catalogue& catalogue, z3::context& ctx, Encoding& out) {
  EncodeCatalogueParts(catalogue, ctx, out);
  EncodeClaimParts(out);
}

}  // namespace crosscheck::encode
