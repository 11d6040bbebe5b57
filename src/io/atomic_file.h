#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.h"
#include "common/text_sink.h"

namespace crosscheck::io {

// A file written piece by piece and put in place whole: the text goes to a temporary file beside
// `path`, and Commit renames it over `path`, so a reader sees the old file or the new one, never
// half of one (as FileSystem::WriteAtomically, for a text too large to hold). A write that fails
// is remembered and Commit reports it, naming the file; a writer destroyed without a successful
// Commit removes its temporary file and leaves `path` as it was.
class AtomicFileWriter final : public TextSink {
 public:
  explicit AtomicFileWriter(std::filesystem::path path);
  ~AtomicFileWriter() override;
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void Write(std::string_view text) override;
  Status Commit();

 private:
  void Fail(const std::string& what);

  std::filesystem::path path_, tmp_;
  std::FILE* file_ = nullptr;
  std::string error_;  // the first failure, "" while all is well
  bool committed_ = false;
};

// Standard output as a sink (a report printed rather than written to a file).
class StdoutSink final : public TextSink {
 public:
  void Write(std::string_view text) override;
};

}  // namespace crosscheck::io
