#include "io/whole_check.h"

#include <fmt/format.h>

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/claim_chain.h"

namespace crosscheck::io {
namespace {

class WholeChecker {
 public:
  WholeChecker(Corpus& corpus, bool article_claims_loaded, Diagnostics& diags)
      : corpus_(corpus), article_claims_loaded_(article_claims_loaded), diags_(diags) {
    for (const auto& file : corpus.claim_files) {
      for (const auto& c : file.claims) by_id_.emplace(c.id, &c);
    }
  }

  void Run() {
    for (const auto& file : corpus_.claim_files) {
      for (const auto& c : file.claims) {
        if (!c.of.empty()) CheckWhole(c);
      }
    }
    FindCycles();
    DropPartsOfDropped();
    for (auto& file : corpus_.claim_files) {
      std::erase_if(file.claims, [&](const Claim& c) { return dropped_.count(c.id) > 0; });
    }
  }

 private:
  void Drop(const Claim& c, std::string message) {
    diags_.Error(c.of_pos, std::move(message), c.id);
    dropped_.insert(c.id);
  }

  void CheckWhole(const Claim& c) {
    auto it = by_id_.find(c.of);
    if (it == by_id_.end()) {
      Drop(c, article_claims_loaded_
                  ? fmt::format("unknown claim '{}' in 'of' (no loaded claim has this id: a claim "
                                "with errors is not loaded)",
                                c.of)
                  : fmt::format("claim '{}' named by 'of' is not loaded: only the reference "
                                "ledger's claims are read with extracted claims",
                                c.of));
      return;
    }
    const Claim& whole = *it->second;
    const Property* part_property = corpus_.catalogue.FindProperty(c.property);
    const Property* whole_property = corpus_.catalogue.FindProperty(whole.property);
    if (!part_property || !whole_property) return;  // the loader reported it
    if (whole_property->kind != ValueKind::kQuantity || !whole_property->additive) {
      Drop(c, fmt::format("claim '{}' named by 'of' is not a figure that has parts: property '{}' "
                          "is not additive",
                          c.of, whole.property));
    } else if (whole_property->dimension != part_property->dimension) {
      Drop(c, fmt::format("claim '{}' named by 'of' measures {} ({}), and this claim {} ({}): a "
                          "part and its whole have one dimension",
                          c.of, whole_property->dimension.Name(), whole.property,
                          part_property->dimension.Name(), c.property));
    }
  }

  // A chain of `of` that comes back to a claim would make a figure a part of itself.
  void FindCycles() {
    FindClaimCycles(
        corpus_, by_id_, [](const Claim& c) -> const std::string& { return c.of; },
        [&](const std::vector<const Claim*>& cycle, const std::string& chain) {
          for (const Claim* on_cycle : cycle) {
            const Claim& c = *on_cycle;
            if (dropped_.count(c.id)) continue;
            Drop(c, fmt::format("claim '{}' is a part of itself through a cycle of 'of' ({})", c.id,
                                chain));
          }
        });
  }

  void DropPartsOfDropped() {
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& file : corpus_.claim_files) {
        for (const auto& c : file.claims) {
          if (c.of.empty() || dropped_.count(c.id) || !dropped_.count(c.of)) continue;
          Drop(c, fmt::format("claim '{}' that this figure is a part of is not checked (see its "
                              "error)",
                              c.of));
          changed = true;
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

void CheckWholes(Corpus& corpus, bool article_claims_loaded, Diagnostics& diags) {
  bool any = false;
  for (const auto& file : corpus.claim_files) {
    for (const auto& c : file.claims) any = any || !c.of.empty();
  }
  if (any) WholeChecker(corpus, article_claims_loaded, diags).Run();
}

}  // namespace crosscheck::io
