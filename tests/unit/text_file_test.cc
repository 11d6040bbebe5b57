// The real io::FileSystem and io::AtomicFileWriter (a report written piece by piece). Reports are
// written through a temporary file and a rename: a reader sees the old file or the new one,
// never half of one, and a failed write, or a writer dropped before Commit, leaves nothing
// behind.
// A read or a folder that fails says why as a value, and nothing throws.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "io/atomic_file.h"
#include "io/file_system.h"
#include "test_paths.h"

namespace crosscheck::io {
namespace {

namespace fs = std::filesystem;

void Put(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

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

TEST_F(AtomicWrite, ReadsSayWhyTheyFail) {
  const FileSystem& files = RealFileSystem();
  Result<std::string> missing = files.Read(dir_ / "missing.yaml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message, "cannot read file: No such file or directory");
  Result<std::string> folder = files.Read(dir_);
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().message, "is a directory, not a file");
  ASSERT_TRUE(files.WriteAtomically(dir_ / "big.bin", std::string(100, 'x')).ok());
  Result<std::string> big = files.ReadUpTo(dir_ / "big.bin", 10);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().message, "file is 100 bytes, more than the 10 bytes crosscheck reads");
  EXPECT_EQ(files.ReadUpTo(dir_ / "big.bin", kAnySize)->size(), 100u);
}

TEST_F(AtomicWrite, FoldersAreListedInOrderAndAFileInTheWayIsAnError) {
  const FileSystem& files = RealFileSystem();
  ASSERT_TRUE(files.WriteAtomically(dir_ / "b.yaml", "b").ok());
  ASSERT_TRUE(files.CreateDirectories(dir_ / "a" / "deep").ok());
  Result<std::vector<fs::path>> listed = files.List(dir_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(*listed, (std::vector<fs::path>{dir_ / "a", dir_ / "b.yaml"}));
  EXPECT_FALSE(files.List(dir_ / "none").ok());
  Status under_file = files.CreateDirectories(dir_ / "b.yaml" / "c");
  ASSERT_FALSE(under_file.ok());
  EXPECT_EQ(under_file.error().message, "Not a directory");
  EXPECT_TRUE(files.Exists(dir_ / "a") && files.IsDirectory(dir_ / "a"));
  EXPECT_FALSE(files.IsDirectory(dir_ / "b.yaml"));
}

TEST_F(AtomicWrite, WriterPiecesBecomeTheFileOnlyAtCommit) {
  fs::path target = dir_ / "report.json";
  Put(target, "old\n");
  AtomicFileWriter out(target);
  out.Write("{\n");
  out.Write(std::string(3 << 20, 'x'));  // past the writer's buffer
  out.Write("\n}\n");
  EXPECT_EQ(testing::ReadFile(target), "old\n");  // not yet
  ASSERT_TRUE(out.Commit().ok());
  EXPECT_EQ(testing::ReadFile(target).size(), 5u + (3u << 20));
  EXPECT_EQ(FilesIn(dir_), 1u);  // no temporary file left beside it
}

TEST_F(AtomicWrite, WriterDroppedBeforeCommitLeavesTheOldFile) {
  fs::path target = dir_ / "report.md";
  Put(target, "old\n");
  {
    AtomicFileWriter out(target);
    out.Write("half of a new rep");
  }
  EXPECT_EQ(testing::ReadFile(target), "old\n");
  EXPECT_EQ(FilesIn(dir_), 1u);
}

TEST_F(AtomicWrite, WriterToAMissingFolderIsAnErrorNamingTheFile) {
  fs::path target = dir_ / "missing-folder" / "report.md";
  AtomicFileWriter out(target);
  out.Write("x");
  Status committed = out.Commit();
  ASSERT_FALSE(committed.ok());
  EXPECT_NE(committed.error().message.find("cannot write " + target.string()), std::string::npos)
      << committed.error().message;
  EXPECT_EQ(FilesIn(dir_), 0u);
}

TEST_F(AtomicWrite, WriterOnAFullDeviceIsAnErrorAndNothingIsReplaced) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
  // The temporary file is made beside the target; a link to /dev/full in its place makes every
  // write fail as on a full disk.
  fs::path target = dir_ / "report.json";
  Put(target, "old\n");
  fs::path tmp = target;
  tmp += ".tmp" + std::to_string(::getpid());
  fs::create_symlink("/dev/full", tmp);
  {
    AtomicFileWriter out(target);
    out.Write(std::string(2 << 20, 'x'));
    Status committed = out.Commit();
    ASSERT_FALSE(committed.ok());
    EXPECT_NE(committed.error().message.find("No space left on device"), std::string::npos)
        << committed.error().message;
  }
  EXPECT_EQ(testing::ReadFile(target), "old\n");
  EXPECT_FALSE(fs::exists(fs::symlink_status(tmp)));
}

}  // namespace
}  // namespace crosscheck::io
