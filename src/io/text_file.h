#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.h"
#include "io/file_system.h"

namespace crosscheck::io {

// Reads a whole file (through `files`) as UTF-8 text. Reports (as errors on `display_path`) a
// file that cannot be read or is not valid UTF-8, naming the line and column of the first bad
// byte. A leading UTF-8 byte-order mark is removed when `strip_bom` (YAML) and kept otherwise
// (article bytes are kept unchanged).
std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display_path, bool strip_bom,
                                        Diagnostics& diags,
                                        const FileSystem& files = RealFileSystem());

// ReadTextFile in two steps, so a caller can skip the UTF-8 check for bytes it has seen
// before: the size checks and the read (BOM removed when `strip_bom`), then the check.
std::optional<std::string> ReadTextFileUnchecked(const std::filesystem::path& path,
                                                 const std::string& display_path, bool strip_bom,
                                                 Diagnostics& diags,
                                                 const FileSystem& files = RealFileSystem());
bool CheckUtf8(std::string_view text, const std::string& display_path, Diagnostics& diags);

}  // namespace crosscheck::io
