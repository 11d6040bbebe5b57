#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "io/claim_file_result.h"

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

  // Creates `dir` if needed; on failure returns nullopt and says why in `error`.
  static std::optional<ClaimCache> Open(const std::filesystem::path& dir,
                                        std::string_view catalogue_bytes, std::string* error);

  Key KeyOf(const std::string& display_path, std::string_view bytes) const;

  // `file` is the claim file's path (it names the entry).
  std::optional<ClaimFileResult> Lookup(const std::filesystem::path& file, const Key& key,
                                        const std::string& display_path,
                                        const ArticleFingerprints& articles) const;
  // Best effort: a cache that cannot be written only costs the next run a parse.
  void Store(const std::filesystem::path& file, const Key& key, const std::string& display_path,
             const ClaimFileResult& result, const ArticleFingerprints& articles) const;

 private:
  std::filesystem::path EntryPath(const std::filesystem::path& file) const;

  std::filesystem::path dir_;
  uint64_t inputs_ = 0;  // format, binary and catalogue
};

// What of an article a claim file's reading depends on (io/content_key.h's ArticleKey).
uint64_t ArticleFingerprint(const Article& article);

}  // namespace crosscheck::io
