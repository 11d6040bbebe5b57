#include "io/atomic_file.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace crosscheck::io {

namespace fs = std::filesystem;

namespace {
// Large enough that a report of a gigabyte takes few system calls.
constexpr size_t kBufferBytes = 1 << 20;
}  // namespace

AtomicFileWriter::AtomicFileWriter(fs::path path) : path_(std::move(path)) {
  tmp_ = path_;
  tmp_ += fmt::format(".tmp{}", static_cast<long>(::getpid()));
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (!file_) {
    Fail(tmp_.string());
    return;
  }
  std::setvbuf(file_, nullptr, _IOFBF, kBufferBytes);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_) std::fclose(file_);
  if (!committed_) {
    std::error_code ignored;
    fs::remove(tmp_, ignored);
  }
}

void AtomicFileWriter::Fail(const std::string& what) {
  if (error_.empty()) error_ = fmt::format("cannot write {}: {}", what, std::strerror(errno));
}

void AtomicFileWriter::Write(std::string_view text) {
  if (!file_ || !error_.empty() || text.empty()) return;
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) Fail(tmp_.string());
}

Status AtomicFileWriter::Commit() {
  if (file_) {
    if (std::fflush(file_) != 0) Fail(tmp_.string());
    if (std::fclose(file_) != 0) Fail(tmp_.string());
    file_ = nullptr;
  }
  if (!error_.empty()) return Error{error_};
  std::error_code ec;
  fs::rename(tmp_, path_, ec);
  if (ec) return Error{fmt::format("cannot write {}: {}", path_.string(), ec.message())};
  committed_ = true;
  return Status::Ok();
}

void StdoutSink::Write(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

}  // namespace crosscheck::io
