#include "app/piece_cache.h"

namespace crosscheck::app {
namespace {

constexpr std::string_view kMagic = "crosscheck pieces 1\n";
constexpr size_t kKeySize = 32;  // hex of a 128-bit hash

// Entries are: key (32 hex bytes), length (8 bytes, little endian), the encoded outcome.
void AppendEntry(std::string& out, std::string_view key, std::string_view bytes) {
  out += key;
  uint64_t n = bytes.size();
  for (int i = 0; i < 8; ++i) out += static_cast<char>((n >> (8 * i)) & 0xff);
  out += bytes;
}

}  // namespace

PieceCache::PieceCache(std::filesystem::path dir, const io::FileSystem& files)
    : dir_(std::move(dir)), files_(&files) {}

Status PieceCache::Load() {
  if (!enabled() || !files_->Exists(file())) return Status::Ok();
  Result<std::string> bytes = files_->ReadUpTo(file(), io::kAnySize);
  if (!bytes) return bytes.error();
  loaded_ = std::move(bytes).value();
  std::string_view rest(loaded_);
  if (rest.substr(0, kMagic.size()) != kMagic) return Status::Ok();
  rest.remove_prefix(kMagic.size());
  std::unordered_map<std::string, std::string_view> entries;
  while (!rest.empty()) {
    if (rest.size() < kKeySize + 8) return Status::Ok();  // truncated: trust nothing
    std::string key(rest.substr(0, kKeySize));
    uint64_t n = 0;
    for (int i = 0; i < 8; ++i) {
      n |= static_cast<uint64_t>(static_cast<unsigned char>(rest[kKeySize + i])) << (8 * i);
    }
    rest.remove_prefix(kKeySize + 8);
    if (n > rest.size()) return Status::Ok();
    entries.emplace(std::move(key), rest.substr(0, n));
    rest.remove_prefix(n);
  }
  entries_ = std::move(entries);
  return Status::Ok();
}

std::optional<PieceOutcome> PieceCache::Find(const std::string& key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    // Kept by an earlier run of a cache held across runs (the language server's).
    std::lock_guard lock(mutex_);
    auto kept = kept_.find(key);
    if (kept == kept_.end()) return std::nullopt;
    auto piece = DecodePiece(kept->second);
    if (piece) ++hits_;
    return piece;
  }
  auto piece = DecodePiece(it->second);
  if (!piece) return std::nullopt;
  {
    std::lock_guard lock(mutex_);
    used_.emplace(key, it->second);
  }
  ++hits_;
  return piece;
}

void PieceCache::Keep(const std::string& key, std::string encoded) {
  if (!enabled()) return;
  std::lock_guard lock(mutex_);
  kept_[key] = std::move(encoded);
}

Status PieceCache::Save(bool keep_unused) const {
  if (!enabled()) return Status::Ok();
  // Nothing new and nothing to drop: the file already says it (a warm run writes nothing).
  if (kept_.empty() && (keep_unused || used_.size() == entries_.size())) return Status::Ok();
  // A folder that cannot be made shows as the write's own error, which names the file.
  (void)files_->CreateDirectories(dir_);
  std::string out(kMagic);
  for (const auto& [key, bytes] : keep_unused ? entries_ : used_) {
    if (!kept_.count(key)) AppendEntry(out, key, bytes);
  }
  for (const auto& [key, bytes] : kept_) AppendEntry(out, key, bytes);
  return files_->WriteAtomically(file(), out);
}

}  // namespace crosscheck::app
