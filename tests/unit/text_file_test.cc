// Reports are written through a temporary file and a rename: a reader sees the old file or the
// new one, never half of one, and a failed write leaves nothing behind.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "io/file_system.h"
#include "test_paths.h"

namespace crosscheck::io {
namespace {

namespace fs = std::filesystem;

// The error's message, or "" when the write succeeded.
std::string WriteFileAtomically(const fs::path& path, const std::string& content) {
  Status written = RealFileSystem().WriteAtomically(path, content);
  return written ? std::string() : written.error().message;
}

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-atomic-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  size_t FilesIn(const fs::path& d) {
    return static_cast<size_t>(std::distance(fs::directory_iterator(d), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(AtomicWrite, WritesAndReplacesWholeFiles) {
  fs::path target = dir_ / "report.md";
  EXPECT_EQ(WriteFileAtomically(target, "first\n"), "");
  EXPECT_EQ(testing::ReadFile(target), "first\n");
  EXPECT_EQ(WriteFileAtomically(target, std::string(1 << 20, 'x')), "");
  EXPECT_EQ(testing::ReadFile(target).size(), 1u << 20);
  EXPECT_EQ(FilesIn(dir_), 1u);  // no temporary file left beside it
}

TEST_F(AtomicWrite, FailureLeavesNothingBehind) {
  fs::path target = dir_ / "missing-folder" / "report.md";
  std::string error = WriteFileAtomically(target, "x");
  EXPECT_NE(error.find("cannot write"), std::string::npos) << error;
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(FilesIn(dir_), 0u);
}

TEST_F(AtomicWrite, ADirectoryInTheWayIsAnErrorAndIsKept) {
  fs::path target = dir_ / "report.md";
  fs::create_directories(target);
  EXPECT_NE(WriteFileAtomically(target, "x"), "");
  EXPECT_TRUE(fs::is_directory(target));
  EXPECT_EQ(FilesIn(dir_), 1u);
}

}  // namespace
}  // namespace crosscheck::io
