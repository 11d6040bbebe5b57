#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "io/file_system.h"

namespace crosscheck::app {

// The files on disk, except those an editor holds unsaved: reading one of them gives the
// editor's text (the language server checks what the user sees, not what was last saved).
// Everything else, writes included, goes to `under`. Paths are compared as absolute, normalised
// paths, so "claims/a.yaml" and "/repo/claims/./a.yaml" are one file.
class OverlayFileSystem final : public io::FileSystem {
 public:
  explicit OverlayFileSystem(const io::FileSystem& under) : under_(under) {}

  // The editor's text for `path` (replacing any earlier one), or none again.
  void Put(const std::filesystem::path& path, std::string text);
  void Drop(const std::filesystem::path& path);
  const std::string* Find(const std::filesystem::path& path) const;

  Result<std::string> ReadUpTo(const std::filesystem::path& path,
                               std::uintmax_t max_bytes) const override;
  Status WriteAtomically(const std::filesystem::path& path,
                         std::string_view content) const override {
    return under_.WriteAtomically(path, content);
  }
  bool Exists(const std::filesystem::path& path) const override {
    return Find(path) != nullptr || under_.Exists(path);
  }
  bool IsDirectory(const std::filesystem::path& path) const override {
    return under_.IsDirectory(path);
  }
  Result<std::vector<std::filesystem::path>> List(const std::filesystem::path& dir) const override {
    return under_.List(dir);
  }
  Status CreateDirectories(const std::filesystem::path& dir) const override {
    return under_.CreateDirectories(dir);
  }

  // The absolute, normalised form of `path` the overlay compares.
  static std::string Key(const std::filesystem::path& path);

 private:
  const io::FileSystem& under_;
  std::map<std::string, std::string> buffers_;
};

}  // namespace crosscheck::app
