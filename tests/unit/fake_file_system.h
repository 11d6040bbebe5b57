#pragma once

// An in-memory file system (io/file_system.h) for tests: files are bytes in a map, and any path
// can be made to fail to read or to write. Paths it does not hold fall through to `under` when
// one is given (the real file system: a golden case is read from disk while one of its files
// fails), else are missing. Writes never reach `under`: they land in the map, whole or not at
// all, as the real WriteAtomically promises.

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "io/file_system.h"

namespace crosscheck::testing {

class FakeFileSystem : public io::FileSystem {
 public:
  explicit FakeFileSystem(const io::FileSystem* under = nullptr) : under_(under) {}

  void Put(const std::filesystem::path& path, std::string bytes) {
    std::lock_guard lock(mutex_);
    files_[Key(path)] = std::move(bytes);
  }
  // Reading `path` fails with the system's `reason`; it still exists.
  void FailReads(const std::filesystem::path& path, std::string reason = "Permission denied") {
    std::lock_guard lock(mutex_);
    read_failures_[Key(path)] = std::move(reason);
  }
  // Writing `path` or any file under it fails with `reason`. (Folders are still made: to fail
  // one, Put a file where it would be.)
  void FailWrites(const std::filesystem::path& path,
                  std::string reason = "No space left on device") {
    std::lock_guard lock(mutex_);
    write_failures_[Key(path)] = std::move(reason);
  }
  // What the map holds at `path` (what was put or written there), if anything.
  std::optional<std::string> Held(const std::filesystem::path& path) const {
    std::lock_guard lock(mutex_);
    auto it = files_.find(Key(path));
    return it == files_.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  size_t writes() const {
    std::lock_guard lock(mutex_);
    return writes_;
  }

  Result<std::string> ReadUpTo(const std::filesystem::path& path,
                               std::uintmax_t max_bytes) const override {
    {
      std::lock_guard lock(mutex_);
      std::string key = Key(path);
      if (auto it = read_failures_.find(key); it != read_failures_.end()) {
        return Error{"cannot read file: " + it->second};
      }
      if (auto it = files_.find(key); it != files_.end()) {
        if (it->second.size() > max_bytes) {
          return Error{fmt::format("file is {} bytes, more than the {} bytes crosscheck reads",
                                   it->second.size(), max_bytes)};
        }
        return it->second;
      }
      if (HoldsFolder(key)) return Error{"is a directory, not a file"};
    }
    if (under_) return under_->ReadUpTo(path, max_bytes);
    return Error{"cannot read file: No such file or directory"};
  }

  Status WriteAtomically(const std::filesystem::path& path,
                         std::string_view content) const override {
    std::lock_guard lock(mutex_);
    std::string key = Key(path);
    for (std::filesystem::path at = key; !at.empty(); at = at.parent_path()) {
      if (auto it = write_failures_.find(at.string()); it != write_failures_.end()) {
        return Error{fmt::format("cannot write {}: {}", path.string(), it->second)};
      }
      if (at == at.parent_path()) break;
    }
    files_[key] = std::string(content);
    ++writes_;
    return Status::Ok();
  }

  bool Exists(const std::filesystem::path& path) const override {
    {
      std::lock_guard lock(mutex_);
      std::string key = Key(path);
      if (files_.count(key) || read_failures_.count(key) || HoldsFolder(key)) return true;
    }
    return under_ && under_->Exists(path);
  }

  bool IsDirectory(const std::filesystem::path& path) const override {
    {
      std::lock_guard lock(mutex_);
      std::string key = Key(path);
      if (files_.count(key)) return false;
      if (HoldsFolder(key)) return true;
    }
    return under_ && under_->IsDirectory(path);
  }

  Result<std::vector<std::filesystem::path>> List(const std::filesystem::path& dir) const override {
    std::set<std::filesystem::path> entries;
    if (under_ && under_->IsDirectory(dir)) {
      auto listed = under_->List(dir);
      if (!listed) return listed.error();
      entries.insert(listed->begin(), listed->end());
    }
    {
      std::lock_guard lock(mutex_);
      std::string prefix = Key(dir) + "/";
      for (const auto& [key, bytes] : files_) {
        if (key.rfind(prefix, 0) != 0) continue;
        std::string rest = key.substr(prefix.size());
        entries.insert(dir / rest.substr(0, rest.find('/')));
      }
    }
    return std::vector<std::filesystem::path>(entries.begin(), entries.end());
  }

  Status CreateDirectories(const std::filesystem::path& dir) const override {
    std::lock_guard lock(mutex_);
    std::string key = Key(dir);
    for (std::filesystem::path at = key; !at.empty(); at = at.parent_path()) {
      if (files_.count(at.string())) return Error{"Not a directory"};
      if (at == at.parent_path()) break;
    }
    folders_.insert(key);
    return Status::Ok();
  }

 private:
  static std::string Key(const std::filesystem::path& path) {
    std::string key = path.lexically_normal().string();
    while (key.size() > 1 && key.back() == '/') key.pop_back();
    return key;
  }
  // Whether a folder was made at `key` or a file is held under it (mutex held).
  bool HoldsFolder(const std::string& key) const {
    if (folders_.count(key)) return true;
    std::string prefix = key + "/";
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.rfind(prefix, 0) == 0;
  }

  const io::FileSystem* under_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::string> files_;
  mutable std::set<std::string> folders_;
  std::map<std::string, std::string> read_failures_;
  std::map<std::string, std::string> write_failures_;
  mutable size_t writes_ = 0;
};

}  // namespace crosscheck::testing
