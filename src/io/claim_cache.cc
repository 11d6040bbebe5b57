#include "io/claim_cache.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <cstring>

#include "io/claim_codec.h"
#include "io/content_key.h"

namespace crosscheck::io {
namespace {

// Bump when the entry layout or the codec changes.
// 2: claims carry a confidence; 3: a quantity keeps the period of its rate; 4: relative_to,
// between and anchored dates; 5: `of` (a part of another claim's figure); 6: an attribution's url
constexpr uint32_t kFormatVersion = 6;
constexpr std::string_view kMagic = "CCCLAIM\n";
// magic, version, key (16), article fingerprint, payload size, payload hash
constexpr size_t kHeaderSize = 8 + 4 + 16 + 8 + 8 + 8;

// The article a result depends on, as one number: 0 when the file named none.
uint64_t DependencyFingerprint(const ClaimFileResult& result,
                               const ClaimCache::ArticleFingerprints& articles) {
  if (!result.article_named) return 0;
  auto fp = articles(*result.article_named);
  return fp ? *fp
            : XXH3_64bits_withSeed(result.article_named->data(), result.article_named->size(),
                                   1);  // named, missing
}

template <typename T>
void Put(std::string& out, T v) {
  char bytes[sizeof v];
  std::memcpy(bytes, &v, sizeof v);
  out.append(bytes, sizeof v);
}

template <typename T>
T Get(std::string_view in, size_t at) {
  T v;
  std::memcpy(&v, in.data() + at, sizeof v);
  return v;
}

}  // namespace

uint64_t ArticleFingerprint(const Article& article) {
  std::string key = ArticleKey(article);  // the one policy for what of an article counts
  uint64_t h = 0;
  std::memcpy(&h, key.data(), sizeof h);
  return h;
}

Result<ClaimCache> ClaimCache::Open(const std::filesystem::path& dir,
                                    std::string_view catalogue_bytes, const FileSystem& files) {
  if (Status made = files.CreateDirectories(dir); !made) {
    return Error{fmt::format("cannot use cache folder {}: {}", dir.string(), made.error().message)};
  }
  ClaimCache cache(dir, files);
  uint64_t parts[] = {kFormatVersion, BinaryFingerprint(),
                      XXH3_64bits(catalogue_bytes.data(), catalogue_bytes.size())};
  cache.inputs_ = XXH3_64bits(parts, sizeof parts);
  return cache;
}

ClaimCache::Key ClaimCache::KeyOf(const std::string& display_path, std::string_view bytes) const {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset_withSeed(state, inputs_);
  XXH3_128bits_update(state, display_path.data(), display_path.size() + 1);  // with NUL
  XXH3_128bits_update(state, bytes.data(), bytes.size());
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return {h.low64, h.high64};
}

std::filesystem::path ClaimCache::EntryPath(const std::filesystem::path& file) const {
  // The error_code overload: a working folder that is gone names the entry by the path as given
  // (still one entry per file) instead of aborting the load.
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(file, ec);
  std::string where = (ec ? file : absolute).lexically_normal().string();
  return dir_ / fmt::format("{:016x}.claims", XXH3_64bits(where.data(), where.size()));
}

std::optional<ClaimFileResult> ClaimCache::Lookup(const std::filesystem::path& file, const Key& key,
                                                  const std::string& display_path,
                                                  const ArticleFingerprints& articles) const {
  // An entry that cannot be read is a miss, like a damaged one: the file is parsed again.
  Result<std::string> entry = files_->ReadUpTo(EntryPath(file), kAnySize);
  if (!entry || entry->size() < kHeaderSize) return std::nullopt;
  std::string_view in(*entry);
  if (in.substr(0, 8) != kMagic || Get<uint32_t>(in, 8) != kFormatVersion) return std::nullopt;
  if (!(Key{Get<uint64_t>(in, 12), Get<uint64_t>(in, 20)} == key)) return std::nullopt;
  uint64_t dependency = Get<uint64_t>(in, 28);
  uint64_t size = Get<uint64_t>(in, 36);
  uint64_t hash = Get<uint64_t>(in, 44);
  std::string_view payload = in.substr(kHeaderSize);
  if (payload.size() != size || XXH3_64bits(payload.data(), payload.size()) != hash) {
    return std::nullopt;
  }
  auto result = DecodeClaimFileResult(payload, display_path);
  if (!result || DependencyFingerprint(*result, articles) != dependency) return std::nullopt;
  return result;
}

Status ClaimCache::Store(const std::filesystem::path& file, const Key& key,
                         const std::string& display_path, const ClaimFileResult& result,
                         const ArticleFingerprints& articles) const {
  std::string payload;
  EncodeClaimFileResult(result, display_path, payload);
  std::string entry;
  entry.reserve(kHeaderSize + payload.size());
  entry.append(kMagic);
  Put(entry, kFormatVersion);
  Put(entry, key.low);
  Put(entry, key.high);
  Put(entry, DependencyFingerprint(result, articles));
  Put(entry, static_cast<uint64_t>(payload.size()));
  Put(entry, XXH3_64bits(payload.data(), payload.size()));
  entry.append(payload);
  return files_->WriteAtomically(EntryPath(file), entry);
}

}  // namespace crosscheck::io
