// A report written piece by piece (io::AtomicFileWriter): the pieces go to a temporary file
// that Commit renames into place, so a reader sees the old report or the whole new one. A write
// that fails, or a writer dropped before Commit, leaves the old file and nothing beside it.

#include "io/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "test_paths.h"

namespace crosscheck::io {
namespace {

namespace fs = std::filesystem;

void Put(const fs::path& path, const std::string& text) { std::ofstream(path) << text; }

class AtomicFileWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-writer-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  size_t FilesIn(const fs::path& d) {
    return static_cast<size_t>(std::distance(fs::directory_iterator(d), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(AtomicFileWriterTest, PiecesBecomeTheFileOnlyAtCommit) {
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

TEST_F(AtomicFileWriterTest, AWriterDroppedBeforeCommitLeavesTheOldFile) {
  fs::path target = dir_ / "report.md";
  Put(target, "old\n");
  {
    AtomicFileWriter out(target);
    out.Write("half of a new rep");
  }
  EXPECT_EQ(testing::ReadFile(target), "old\n");
  EXPECT_EQ(FilesIn(dir_), 1u);
}

TEST_F(AtomicFileWriterTest, AFolderThatIsNotThereIsAnErrorNamingTheFile) {
  fs::path target = dir_ / "missing-folder" / "report.md";
  AtomicFileWriter out(target);
  out.Write("x");
  Status committed = out.Commit();
  ASSERT_FALSE(committed.ok());
  EXPECT_NE(committed.error().message.find("cannot write " + target.string()), std::string::npos)
      << committed.error().message;
  EXPECT_EQ(FilesIn(dir_), 0u);
}

TEST_F(AtomicFileWriterTest, AFullDeviceIsAnErrorAndNothingIsReplaced) {
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
