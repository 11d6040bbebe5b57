// The corpus being generated: articles with their publication dates, the claims given to each,
// the entities, and the planted ground truth. Shape builders (shapes.h) add facts through it.
#pragma once

#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "entities.h"
#include "lang.h"
#include "ledger.h"
#include "rng.h"

namespace bench {

struct Publication {
  enum Kind { kExact, kMonth, kUnknown } kind = kUnknown;
  int first = 0, last = 0;  // days, both included
};

struct Article {
  std::string id;
  Lang lang = Lang::kFr;
  Publication published;
  std::string outlet, author;
  std::vector<uint32_t> claims;
};

struct Claim {
  uint32_t article = 0;
  std::string id, subject, property, value, when, quote, source;  // source: reported by whom
};

// A claim before it is placed: its sentence is built from the template at commit time.
struct Draft {
  uint32_t article;
  std::string subject, property, value, when;
  std::string body;  // the sentence without attribution or final stop, e.g. "Karovin a ..."
};

struct Planted {
  std::vector<std::string> claims;
  std::string what;
};

class Corpus {
 public:
  Corpus(uint64_t seed, int64_t claims, int per_article, Ledger ledger);

  Rng& rng() { return rng_; }
  Entities& entities() { return entities_; }
  const Entities& entities() const { return entities_; }
  const Ledger& ledger() const { return ledger_; }
  const std::vector<Article>& articles() const { return articles_; }
  const std::vector<Claim>& claims() const { return claims_; }
  const Article& article(uint32_t i) const { return articles_[i]; }

  // Distinct articles for one fact, none of them in `taken`, preferring those with room left
  // and not known to be published before day `not_before` (a preference that gives way after
  // many misses); `exact` ones have a publication day. Nothing when the corpus has too few.
  std::optional<std::vector<uint32_t>> PickArticles(size_t n, bool exact,
                                                    const std::vector<uint32_t>& taken = {},
                                                    int not_before = INT_MIN);
  // The first day any of `articles` may have been published (articles of unknown date aside),
  // or the last day of the publication range when none is known.
  int EarliestPublication(const std::vector<uint32_t>& articles) const;
  // An article published on a day in [first, last] that is not in `taken`.
  std::optional<uint32_t> PickExactBetween(int first, int last, const std::vector<uint32_t>& taken);

  // Places the claim in its article and returns its id.
  std::string Commit(const Draft& d);
  // A reference-ledger claim (no article, not counted in the corpus's claims).
  void AddReference(const std::string& subject, const std::string& property,
                    const std::string& value);
  const std::vector<Claim>& references() const { return references_; }

  void Contradiction(std::vector<std::string> ids, std::string what) {
    contradictions_.push_back({std::move(ids), std::move(what)});
  }
  void Trap(std::vector<std::string> ids, std::string what) {
    traps_.push_back({std::move(ids), std::move(what)});
  }
  const std::vector<Planted>& contradictions() const { return contradictions_; }
  const std::vector<Planted>& traps() const { return traps_; }

  std::map<std::string, int64_t>& shape_counts() { return shape_counts_; }
  const std::map<std::string, int64_t>& shape_counts() const { return shape_counts_; }

 private:
  Rng rng_;
  Entities entities_;
  Ledger ledger_;
  int per_article_;
  std::vector<Article> articles_;
  std::vector<Claim> claims_, references_;
  std::vector<uint32_t> open_, open_exact_;
  std::vector<std::pair<int, uint32_t>> exact_by_day_;
  std::vector<Planted> contradictions_, traps_;
  std::map<std::string, int64_t> shape_counts_;
};

}  // namespace bench
