#include "io/anchor_check.h"

#include <fmt/format.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/claim_chain.h"

namespace crosscheck::io {
namespace {

class AnchorChecker {
 public:
  AnchorChecker(Corpus& corpus, bool article_claims_loaded, Diagnostics& diags)
      : corpus_(corpus), article_claims_loaded_(article_claims_loaded), diags_(diags) {
    for (const auto& file : corpus.claim_files) {
      for (const auto& c : file.claims) by_id_.emplace(c.id, &c);
    }
  }

  void Run() {
    for (const auto& file : corpus_.claim_files) {
      for (const auto& c : file.claims) {
        if (!c.relative_to.empty()) CheckAnchor(c, c.relative_to, c.relative_to_pos, "relative_to");
        for (const auto& id : c.between) CheckAnchor(c, id, c.between_pos, "between");
      }
    }
    FindCycles();
    DropAnchoredOnDropped();
    for (auto& file : corpus_.claim_files) {
      std::erase_if(file.claims, [&](const Claim& c) { return dropped_.count(c.id) > 0; });
    }
  }

 private:
  void Drop(const Claim& c, const SourcePos& pos, std::string message) {
    diags_.Error(pos, std::move(message), c.id);
    dropped_.insert(c.id);
  }

  void CheckAnchor(const Claim& c, const std::string& id, const SourcePos& pos,
                   std::string_view field) {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) {
      Drop(c, pos,
           article_claims_loaded_
               ? fmt::format("unknown claim '{}' in '{}' (no loaded claim has this id: a claim "
                             "with errors is not loaded)",
                             id, field)
               : fmt::format("claim '{}' named by '{}' is not loaded: only the reference ledger's "
                             "claims are read with extracted claims",
                             id, field));
      return;
    }
    const Claim& anchor = *it->second;
    const Property* p = corpus_.catalogue.FindProperty(anchor.property);
    if (!p || p->kind != ValueKind::kDate) {
      Drop(c, pos,
           fmt::format("claim '{}' named by '{}' is not a date (property '{}'): '{}' names a "
                       "claim whose property is a date",
                       id, field, anchor.property, field));
    }
  }

  // A chain of `relative_to` that comes back to a claim dates nothing.
  void FindCycles() {
    FindClaimCycles(
        corpus_, by_id_, [](const Claim& c) -> const std::string& { return c.relative_to; },
        [&](const std::vector<const Claim*>& cycle, const std::string& chain) {
          for (const Claim* on_cycle : cycle) {
            const Claim& c = *on_cycle;
            if (dropped_.count(c.id)) continue;
            Drop(c, c.relative_to_pos,
                 fmt::format(
                     "claim '{}' is dated relative to itself through a cycle of anchors ({})", c.id,
                     chain));
          }
        });
  }

  void DropAnchoredOnDropped() {
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& file : corpus_.claim_files) {
        for (const auto& c : file.claims) {
          if (dropped_.count(c.id)) continue;
          std::vector<std::pair<const std::string*, const SourcePos*>> anchors;
          if (!c.relative_to.empty()) anchors.emplace_back(&c.relative_to, &c.relative_to_pos);
          for (const auto& id : c.between) anchors.emplace_back(&id, &c.between_pos);
          for (const auto& [id, pos] : anchors) {
            if (!dropped_.count(*id)) continue;
            Drop(c, *pos,
                 fmt::format("claim '{}' that this claim is dated from is not checked (see its "
                             "error)",
                             *id));
            changed = true;
            break;
          }
        }
      }
    }
  }

  Corpus& corpus_;
  bool article_claims_loaded_;
  Diagnostics& diags_;
  std::unordered_map<std::string, const Claim*> by_id_;
  std::set<std::string> dropped_;
};

}  // namespace

void CheckAnchors(Corpus& corpus, bool article_claims_loaded, Diagnostics& diags) {
  bool any = false;
  for (const auto& file : corpus.claim_files) {
    for (const auto& c : file.claims) any = any || !c.relative_to.empty() || !c.between.empty();
  }
  if (any) AnchorChecker(corpus, article_claims_loaded, diags).Run();
}

}  // namespace crosscheck::io
