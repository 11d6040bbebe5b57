#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/article.h"
#include "model/claim.h"
#include "model/corpus.h"

namespace crosscheck::io {

// The one policy every cache keys by (shared/STYLE.md 11, as ccache and Bazel do): a 128-bit
// digest of the canonical bytes of everything a cached value was computed from. Claims and
// rates enter whole, through the claim codec (io/claim_codec.h), so no list of fields kept by
// hand can go stale; articles through ArticleKey; the binary through BinaryFingerprint (a
// rebuilt crosscheck may read or solve differently). Hashed, not compared: 128 bits make a
// collision negligible.
class ContentKey {
 public:
  // Each part is framed by its length, so ("ab", "c") and ("a", "bc") differ.
  void Add(std::string_view bytes);
  void Add(long long number);
  void Add(const Claim& claim);
  void Add(const ExchangeRate& rate);

  std::string Digest() const;  // 16 raw bytes
  std::string Hex() const;     // the same, 32 hex digits

 private:
  std::string bytes_;
};

// What of an article the claims that cite it are read and weighed with: its id, language
// (values are parsed in it), publication dates, reliability and text (quotes and spans point
// into it); 16 raw bytes. Hashing the text is the cost: compute it once per article per run.
std::string ArticleKey(const Article& article);

// The running binary's identity (inode, size, modification time): hashing its bytes would cost
// more than loading a small corpus, and any rebuild changes these.
uint64_t BinaryFingerprint();

}  // namespace crosscheck::io
