#include "io/text_file.h"

#include <fmt/format.h>

#include "common/unicode.h"

namespace crosscheck::io {

std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display_path, bool strip_bom,
                                        Diagnostics& diags, const FileSystem& files) {
  auto text = ReadTextFileUnchecked(path, display_path, strip_bom, diags, files);
  if (!text || !CheckUtf8(*text, display_path, diags)) return std::nullopt;
  return text;
}

std::optional<std::string> ReadTextFileUnchecked(const std::filesystem::path& path,
                                                 const std::string& display_path, bool strip_bom,
                                                 Diagnostics& diags, const FileSystem& files) {
  Result<std::string> bytes = files.Read(path);
  if (!bytes) {
    diags.Error({display_path, 0, 0}, bytes.error().message);
    return std::nullopt;
  }
  std::string text = std::move(bytes).value();
  if (strip_bom && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  return text;
}

bool CheckUtf8(std::string_view text, const std::string& display_path, Diagnostics& diags) {
  if (auto bad = FindInvalidUtf8(text)) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < *bad; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    int column = static_cast<int>(
                     CodePointCount(std::string_view(text).substr(line_start), *bad - line_start)) +
                 1;
    diags.Error({display_path, line, column}, fmt::format("file is not valid UTF-8 (byte 0x{:02X})",
                                                          static_cast<unsigned char>(text[*bad])));
    return false;
  }
  return true;
}

}  // namespace crosscheck::io
