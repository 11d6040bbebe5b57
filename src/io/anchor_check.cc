#include "io/anchor_check.h"

#include <fmt/format.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

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
    std::set<std::string> cleared;
    for (const auto& file : corpus_.claim_files) {
      for (const auto& c : file.claims) {
        std::vector<const Claim*> path;
        std::set<std::string> on_path;
        const Claim* at = &c;
        while (at && !at->relative_to.empty() && !cleared.count(at->id)) {
          if (!on_path.insert(at->id).second) {
            ReportCycle(path, at->id);
            break;
          }
          path.push_back(at);
          auto next = by_id_.find(at->relative_to);
          at = next == by_id_.end() ? nullptr : next->second;
        }
        for (const Claim* p : path) cleared.insert(p->id);
      }
    }
  }

  void ReportCycle(const std::vector<const Claim*>& path, const std::string& back_to) {
    size_t start = 0;
    while (path[start]->id != back_to) ++start;
    std::string chain;
    for (size_t i = start; i < path.size(); ++i) chain += path[i]->id + " -> ";
    chain += back_to;
    for (size_t i = start; i < path.size(); ++i) {
      const Claim& c = *path[i];
      if (dropped_.count(c.id)) continue;
      Drop(c, c.relative_to_pos,
           fmt::format("claim '{}' is dated relative to itself through a cycle of anchors ({})",
                       c.id, chain));
    }
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
