#pragma once

#include <atomic>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "app/result_codec.h"
#include "common/result.h"
#include "io/file_system.h"

namespace crosscheck::app {

// Solved pieces kept between runs (`check --cache-dir DIR`), keyed by a hash of everything their
// outcome depends on (the claims, their articles' dates, the catalogue, the options): after one
// claim file changes, only the pieces holding its claims miss and are solved again. One file,
// DIR/pieces.bin, rewritten atomically at the end of a run with the entries that run used; a
// truncated or corrupt file is ignored (everything is solved again), never trusted.
class PieceCache {
 public:
  // An empty `dir` makes a cache that never hits and saves nothing. The file is read and written
  // through `files`, which must outlive the cache.
  explicit PieceCache(std::filesystem::path dir,
                      const io::FileSystem& files = io::RealFileSystem());

  // Reads the file. None yet, or one truncated or corrupt, leaves the cache empty: that is not an
  // error. One that exists but cannot be read is (the run goes on without it; the caller warns).
  Status Load();

  // An entry of the file, or one an earlier run kept (a cache held across runs in memory).
  std::optional<PieceOutcome> Find(const std::string& key) const;
  // Remembers an outcome for Save and for later Finds. Find and Keep may be called from several
  // threads.
  void Keep(const std::string& key, std::string encoded);
  // Writes the entries this run found or kept, and with `keep_unused` (a run that checked
  // only part of the corpus: --changed, --shard) every entry it loaded too.
  Status Save(bool keep_unused = false) const;

  bool enabled() const { return !dir_.empty(); }
  std::filesystem::path file() const { return dir_ / "pieces.bin"; }
  size_t hits() const { return hits_; }

 private:
  std::filesystem::path dir_;
  const io::FileSystem* files_;
  std::string loaded_;                                         // the file's bytes
  std::unordered_map<std::string, std::string_view> entries_;  // key -> encoded outcome
  mutable std::mutex mutex_;                                   // guards used_ and kept_
  mutable std::unordered_map<std::string, std::string_view> used_;
  std::unordered_map<std::string, std::string> kept_;
  mutable std::atomic<size_t> hits_{0};
};

}  // namespace crosscheck::app
