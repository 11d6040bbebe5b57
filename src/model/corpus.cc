#include "model/corpus.h"

namespace crosscheck {

const Article* Corpus::FindArticle(const std::string& id) const {
  // The reference ledger's claims have no article: no id is empty, so no scan of every article.
  if (id.empty()) return nullptr;
  if (article_index_.size() == articles.size() && !articles.empty()) {
    auto it = article_index_.find(id);
    if (it != article_index_.end() && articles[it->second].id == id) return &articles[it->second];
  }
  for (const auto& a : articles) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

void Corpus::IndexArticles() {
  article_index_.clear();
  for (size_t i = 0; i < articles.size(); ++i) article_index_.emplace(articles[i].id, i);
}

size_t Corpus::ClaimCount() const {
  size_t n = 0;
  for (const auto& f : claim_files) n += f.claims.size();
  return n;
}

}  // namespace crosscheck
