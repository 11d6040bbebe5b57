#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace crosscheck::io {

// Every file crosscheck reads or writes goes through one of these, so that a test can hand the
// pipelines an in-memory file system (tests/unit/fake_file_system.h) and make any read or write
// fail. Problems are values (common/result.h) whose message says what went wrong but not which
// file: the caller names the file in the diagnostic it makes of it. Nothing here throws.
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // A whole regular file's bytes, as they are. Fails on a missing or unreadable file, a folder,
  // a device, or a file larger than `max_bytes` (reported before anything is read).
  virtual Result<std::string> ReadUpTo(const std::filesystem::path& path,
                                       std::uintmax_t max_bytes) const = 0;
  // The same for the files a user gives (articles, claim files): up to kMaxFileBytes.
  Result<std::string> Read(const std::filesystem::path& path) const;

  // Writes `content` to `path` through a temporary file and a rename, so that a reader sees the
  // old file or the new one, never half of one; a failed write leaves nothing behind. The error
  // names the file it could not write (the temporary file, when that is the one at fault).
  virtual Status WriteAtomically(const std::filesystem::path& path,
                                 std::string_view content) const = 0;

  // Whether anything (file or folder) is at `path`; a path that cannot be examined is absent.
  virtual bool Exists(const std::filesystem::path& path) const = 0;
  virtual bool IsDirectory(const std::filesystem::path& path) const = 0;

  // The entries of a folder (files and folders, full paths), sorted by name. The errors of
  // this and CreateDirectories are the system's reason alone ("Not a directory"): the caller
  // says what it was doing.
  virtual Result<std::vector<std::filesystem::path>> List(
      const std::filesystem::path& dir) const = 0;

  // Creates `dir` and its missing parents; fine when it exists already as a folder.
  virtual Status CreateDirectories(const std::filesystem::path& dir) const = 0;
};

// Largest file crosscheck reads (articles and claim files); larger ones are reported, not read.
inline constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

// No limit, for files crosscheck wrote itself (caches, shard results), which grow with the corpus.
inline constexpr std::uintmax_t kAnySize = ~std::uintmax_t{0};

// The machine's own files.
const FileSystem& RealFileSystem();

}  // namespace crosscheck::io
