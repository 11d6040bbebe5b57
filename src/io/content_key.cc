#include "io/content_key.h"

#include <sys/stat.h>
#include <xxhash.h>

#include <cstdio>

#include "io/claim_codec.h"

namespace crosscheck::io {
namespace {

std::string Raw(XXH128_hash_t h) {
  std::string out(sizeof h.high64 + sizeof h.low64, '\0');
  for (size_t i = 0; i < 8; ++i) {
    out[i] = static_cast<char>((h.high64 >> (8 * (7 - i))) & 0xff);
    out[8 + i] = static_cast<char>((h.low64 >> (8 * (7 - i))) & 0xff);
  }
  return out;
}

}  // namespace

void ContentKey::Add(std::string_view bytes) {
  Add(static_cast<long long>(bytes.size()));
  bytes_ += bytes;
}

void ContentKey::Add(long long number) {
  bytes_.append(reinterpret_cast<const char*>(&number), sizeof number);
}

void ContentKey::Add(const Claim& claim) {
  std::string encoded;
  EncodeClaim(claim, encoded);
  Add(encoded);
}

void ContentKey::Add(const ExchangeRate& rate) {
  std::string encoded;
  EncodeExchangeRate(rate, encoded);
  Add(encoded);
}

std::string ContentKey::Digest() const { return Raw(XXH3_128bits(bytes_.data(), bytes_.size())); }

std::string ContentKey::Hex() const {
  std::string out;
  for (unsigned char c : Digest()) {
    char two[3];
    std::snprintf(two, sizeof two, "%02x", c);
    out += two;
  }
  return out;
}

std::string ArticleKey(const Article& article) {
  ContentKey key;
  key.Add(article.id);
  key.Add(article.language);
  key.Add(article.published.from.value_or(-1));
  key.Add(article.published.to.value_or(-1));
  key.Add(static_cast<long long>(article.published.from.has_value()) * 2 +
          article.published.to.has_value());
  key.Add(article.reliability);
  key.Add(article.text);
  return key.Digest();
}

uint64_t BinaryFingerprint() {
  struct stat st {};
  if (::stat("/proc/self/exe", &st) != 0) return 0;
  uint64_t fields[] = {static_cast<uint64_t>(st.st_ino), static_cast<uint64_t>(st.st_size),
                       static_cast<uint64_t>(st.st_mtim.tv_sec),
                       static_cast<uint64_t>(st.st_mtim.tv_nsec)};
  return XXH3_64bits(fields, sizeof fields);
}

}  // namespace crosscheck::io
