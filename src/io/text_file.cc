#include "io/text_file.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "common/unicode.h"

namespace crosscheck::io {

std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display_path, bool strip_bom,
                                        Diagnostics& diags) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    diags.Error({display_path, 0, 0}, "is a directory, not a file");
    return std::nullopt;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    diags.Error({display_path, 0, 0}, fmt::format("cannot read file: {}", ec.message()));
    return std::nullopt;
  }
  if (size > kMaxFileBytes) {
    diags.Error({display_path, 0, 0},
                fmt::format("file is {} bytes, more than the {} bytes crosscheck reads", size,
                            kMaxFileBytes));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.Error({display_path, 0, 0}, fmt::format("cannot read file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (strip_bom && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
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
    return std::nullopt;
  }
  return text;
}

std::string WriteFileAtomically(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::path tmp = path;
  tmp += fmt::format(".tmp{}", static_cast<long>(::getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return fmt::format("cannot write {}: {}", tmp.string(), std::strerror(errno));
    out << content;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(tmp, ignored);
      return fmt::format("cannot write {}: {}", tmp.string(), std::strerror(errno));
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return fmt::format("cannot write {}: {}", path.string(), ec.message());
  }
  return {};
}

}  // namespace crosscheck::io
