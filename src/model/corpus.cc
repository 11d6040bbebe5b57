#include "model/corpus.h"

namespace crosscheck {

const Article* Corpus::FindArticle(const std::string& id) const {
  for (const auto& a : articles) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

size_t Corpus::ClaimCount() const {
  size_t n = 0;
  for (const auto& f : claim_files) n += f.claims.size();
  return n;
}

}  // namespace crosscheck
