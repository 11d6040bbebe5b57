#include "app/overlay_file_system.h"

#include <fmt/format.h>

namespace crosscheck::app {

std::string OverlayFileSystem::Key(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal().string();
}

void OverlayFileSystem::Put(const std::filesystem::path& path, std::string text) {
  buffers_[Key(path)] = std::move(text);
}

void OverlayFileSystem::Drop(const std::filesystem::path& path) { buffers_.erase(Key(path)); }

const std::string* OverlayFileSystem::Find(const std::filesystem::path& path) const {
  auto it = buffers_.find(Key(path));
  return it == buffers_.end() ? nullptr : &it->second;
}

Result<std::string> OverlayFileSystem::ReadUpTo(const std::filesystem::path& path,
                                                std::uintmax_t max_bytes) const {
  const std::string* text = Find(path);
  if (!text) return under_.ReadUpTo(path, max_bytes);
  if (text->size() > max_bytes) {
    return Error{fmt::format("file is {} bytes, more than the {} bytes crosscheck reads",
                             text->size(), max_bytes)};
  }
  return *text;
}

}  // namespace crosscheck::app
