#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/rational.h"
#include "common/source_pos.h"
#include "model/article.h"
#include "model/catalogue.h"
#include "model/claim.h"
#include "model/cue_lexicon.h"
#include "model/date_value.h"

namespace crosscheck {

// 1 `from` is worth between `low` and `high` `to` over `period` (reference ledger).
struct ExchangeRate {
  std::string from;
  std::string to;
  DayInterval period;
  Rational low;
  Rational high;
  std::string source;
  SourcePos pos;
};

// One claim file: the article it speaks for and its claims.
struct ClaimFile {
  std::string path;
  std::string article;  // "" for the reference ledger
  bool reference = false;
  std::vector<Claim> claims;
};

// Everything one check works on: articles, catalogue, claim files, reference ledger.
struct Corpus {
  std::vector<Article> articles;
  Catalogue catalogue;
  std::vector<ClaimFile> claim_files;
  std::vector<ExchangeRate> exchange_rates;  // the reference ledger's (claims/reference.yaml)
  // The rates shipped with crosscheck (catalogue/exchange_rates.yaml): they fill only what
  // `exchange_rates` does not cover (encode/exchange.h).
  std::vector<ExchangeRate> shipped_exchange_rates;
  CueLexicon cues;  // catalogue/cues.yaml when there is one (the extractor's cue words)

  const Article* FindArticle(const std::string& id) const;
  size_t ClaimCount() const;
  // Builds the id index FindArticle uses (a large corpus has tens of thousands of articles and
  // a claim file looks its article up for every claim). Call again after changing `articles`;
  // a stale index is ignored, not trusted.
  void IndexArticles();

 private:
  std::unordered_map<std::string, size_t> article_index_;
};

}  // namespace crosscheck
