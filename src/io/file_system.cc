#include "io/file_system.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "io/atomic_file.h"

namespace crosscheck::io {
namespace {

namespace fs = std::filesystem;

Error ReadError(int error) { return {fmt::format("cannot read file: {}", std::strerror(error))}; }

class Real final : public FileSystem {
 public:
  Result<std::string> ReadUpTo(const fs::path& path, std::uintmax_t max_bytes) const override {
    // One open and one fstat per file: a large corpus has tens of thousands of them.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return ReadError(errno);
    std::unique_ptr<int, void (*)(int*)> closer(&fd, [](int* f) { ::close(*f); });
    struct stat st {};
    if (::fstat(fd, &st) != 0) return ReadError(errno);
    if (S_ISDIR(st.st_mode)) return Error{"is a directory, not a file"};
    if (!S_ISREG(st.st_mode)) return ReadError(ENOTSUP);
    auto size = static_cast<std::uintmax_t>(st.st_size);
    if (size > max_bytes) {
      return Error{fmt::format("file is {} bytes, more than the {} bytes crosscheck reads", size,
                               max_bytes)};
    }
    std::string bytes(static_cast<size_t>(size), '\0');
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return ReadError(errno);
      if (n == 0) break;
      done += static_cast<size_t>(n);
    }
    bytes.resize(done);
    return bytes;
  }

  Status WriteAtomically(const fs::path& path, std::string_view content) const override {
    AtomicFileWriter out(path);  // a temporary file beside `path`, renamed at Commit
    out.Write(content);
    return out.Commit();
  }

  bool Exists(const fs::path& path) const override {
    std::error_code ec;
    return fs::exists(path, ec);
  }

  bool IsDirectory(const fs::path& path) const override {
    std::error_code ec;
    return fs::is_directory(path, ec);
  }

  Result<std::vector<fs::path>> List(const fs::path& dir) const override {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      entries.push_back(it->path());
    }
    if (ec) return Error{ec.message()};
    std::sort(entries.begin(), entries.end());
    return entries;
  }

  Status CreateDirectories(const fs::path& dir) const override {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Error{ec.message()};
    if (!fs::is_directory(dir, ec)) return Error{"not a folder"};
    return Status::Ok();
  }
};

}  // namespace

Result<std::string> FileSystem::Read(const fs::path& path) const {
  return ReadUpTo(path, kMaxFileBytes);
}

const FileSystem& RealFileSystem() {
  static const Real real;
  return real;
}

}  // namespace crosscheck::io
