#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.h"
#include "io/claim_file_result.h"
#include "io/file_system.h"

namespace crosscheck::io {

// Parsed claim files kept on disk between runs, one entry per claim file, so an unchanged
// file is not parsed again. An entry is used only when its key matches: the file's bytes, how
// it is named in messages, the catalogue's bytes, the entry format and the crosscheck binary
// itself (a rebuilt loader may read files differently); and when the article the file named
// is still the same (or still missing). Entries are written atomically; one that is truncated,
// corrupt or stale is ignored and rewritten.
class ClaimCache {
 public:
  struct Key {
    uint64_t low = 0;
    uint64_t high = 0;
    bool operator==(const Key&) const = default;
  };
  // An article's fingerprint by id; nullopt when the corpus has no such article.
  using ArticleFingerprints = std::function<std::optional<uint64_t>(const std::string& id)>;

  // Creates `dir` if needed; entries are read and written through `files`, which must
  // outlive the cache.
  static Result<ClaimCache> Open(const std::filesystem::path& dir, std::string_view catalogue_bytes,
                                 const FileSystem& files = RealFileSystem());

  Key KeyOf(const std::string& display_path, std::string_view bytes) const;

  // `file` is the claim file's path (it names the entry).
  std::optional<ClaimFileResult> Lookup(const std::filesystem::path& file, const Key& key,
                                        const std::string& display_path,
                                        const ArticleFingerprints& articles) const;
  // A cache that cannot be written only costs the next run a parse: the caller warns, once.
  Status Store(const std::filesystem::path& file, const Key& key, const std::string& display_path,
               const ClaimFileResult& result, const ArticleFingerprints& articles) const;

 private:
  std::filesystem::path EntryPath(const std::filesystem::path& file) const;

  ClaimCache(std::filesystem::path dir, const FileSystem& files)
      : dir_(std::move(dir)), files_(&files) {}

  std::filesystem::path dir_;
  const FileSystem* files_;
  uint64_t inputs_ = 0;  // format, binary and catalogue
};

// What of an article a claim file's reading depends on (io/content_key.h's ArticleKey).
uint64_t ArticleFingerprint(const Article& article);

}  // namespace crosscheck::io
