#include "io/text_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>

#include "common/unicode.h"

namespace crosscheck::io {

std::optional<std::string> ReadTextFile(const std::filesystem::path& path,
                                        const std::string& display_path, bool strip_bom,
                                        Diagnostics& diags) {
  auto text = ReadTextFileUnchecked(path, display_path, strip_bom, diags);
  if (!text || !CheckUtf8(*text, display_path, diags)) return std::nullopt;
  return text;
}

std::optional<std::string> ReadTextFileUnchecked(const std::filesystem::path& path,
                                                 const std::string& display_path, bool strip_bom,
                                                 Diagnostics& diags) {
  // One open and one fstat per file: a large corpus has tens of thousands of them.
  auto fail = [&](std::string message) {
    diags.Error({display_path, 0, 0}, std::move(message));
    return std::nullopt;
  };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(fmt::format("cannot read file: {}", std::strerror(errno)));
  std::unique_ptr<int, void (*)(int*)> closer(&fd, [](int* f) { ::close(*f); });
  struct stat st {};
  if (::fstat(fd, &st) != 0) return fail(fmt::format("cannot read file: {}", std::strerror(errno)));
  if (S_ISDIR(st.st_mode)) return fail("is a directory, not a file");
  if (!S_ISREG(st.st_mode)) {
    return fail(fmt::format("cannot read file: {}",
                            std::make_error_code(std::errc::not_supported).message()));
  }
  auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > kMaxFileBytes) {
    return fail(fmt::format("file is {} bytes, more than the {} bytes crosscheck reads", size,
                            kMaxFileBytes));
  }
  std::optional<std::string> bytes(std::in_place, static_cast<size_t>(size), '\0');
  size_t done = 0;
  while (done < bytes->size()) {
    ssize_t n = ::read(fd, bytes->data() + done, bytes->size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(fmt::format("cannot read file: {}", std::strerror(errno)));
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  bytes->resize(done);
  std::string text = std::move(*bytes);
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

std::optional<std::string> ReadFileBytes(const std::filesystem::path& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) return std::nullopt;
  std::string bytes;
  // One read for the common case of a file whose size is known; then to the end, whatever it is.
  struct stat st {};
  if (::fstat(::fileno(file.get()), &st) == 0 && st.st_size > 0) {
    bytes.resize(static_cast<size_t>(st.st_size));
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file.get()));
  }
  char chunk[1 << 16];
  while (size_t n = std::fread(chunk, 1, sizeof chunk, file.get())) bytes.append(chunk, n);
  if (std::ferror(file.get())) return std::nullopt;
  return bytes;
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
