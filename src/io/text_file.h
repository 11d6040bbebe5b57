#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "common/diagnostic.h"

namespace crosscheck::io {

// Reads a whole file as UTF-8 text. Reports (as errors on `display_path`) a file that cannot be
// read or is not valid UTF-8, naming the line and column of the first bad byte. A leading UTF-8
// byte-order mark is removed when `strip_bom` (YAML) and kept otherwise (article bytes are
// kept unchanged).
std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display_path, bool strip_bom,
                                        Diagnostics& diags);

// A whole file's bytes as they are; nullopt (errno set) if it cannot be read.
std::optional<std::string> ReadFileBytes(const std::filesystem::path& path);

// ReadTextFile in two steps, so a caller can skip the UTF-8 check for bytes it has seen
// before: the size checks and the read (BOM removed when `strip_bom`), then the check.
std::optional<std::string> ReadTextFileUnchecked(const std::filesystem::path& path,
                                                 const std::string& display_path, bool strip_bom,
                                                 Diagnostics& diags);
bool CheckUtf8(std::string_view text, const std::string& display_path, Diagnostics& diags);

// Largest file crosscheck reads (articles and claim files); larger ones are reported, not read.
inline constexpr std::uintmax_t kMaxFileBytes = 64u << 20;

// Writes `content` to `path` through a temporary file and a rename, so a reader never sees a
// half-written file. Returns an error message, or "" on success.
std::string WriteFileAtomically(const std::filesystem::path& path, const std::string& content);

}  // namespace crosscheck::io
