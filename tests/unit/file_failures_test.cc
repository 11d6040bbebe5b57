// Every file app reads or writes goes through io::FileSystem, so a failure can be made to order
// (fake_file_system.h): each one below must reach the user as a diagnostic naming the file (an
// error when the run cannot be trusted, a warning when only a cache is lost), and a failed
// write must leave nothing half-written behind. The golden case french-billion is read from
// disk under the fake; caches, baselines and outputs live in memory only.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/check.h"
#include "app/extract.h"
#include "app/regression.h"
#include "fake_file_system.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class FileFailures : public ::testing::Test {
 protected:
  FileFailures() : cwd_(testing::SourceDir() / "tests/golden/french-billion") {}

  app::CheckOptions Options() const {
    app::CheckOptions options;
    options.paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
    options.paths.files = &files_;
    return options;
  }

  // The run's diagnostics of `severity`, as the terminal shows them.
  static std::vector<std::string> Shown(const Diagnostics& diagnostics, Severity severity) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items()) {
      if (d.severity == severity) out.push_back(FormatDiagnostic(d));
    }
    return out;
  }

  testing::ScopedCurrentPath cwd_;
  testing::FakeFileSystem files_{&io::RealFileSystem()};
};

TEST_F(FileFailures, AnUnreadableBaselineIsAnInputErrorNamingIt) {
  files_.Put("base.json", R"({"accepted": []})");
  files_.FailReads("base.json");
  app::CheckOptions options = Options();
  options.baseline = "base.json";
  app::CheckRun run = app::Check(options);
  EXPECT_EQ(run.exit_code, ExitCode::kBadInput);
  EXPECT_EQ(Shown(run.input, Severity::kError),
            std::vector<std::string>{"base.json: error: cannot read baseline base.json: cannot "
                                     "read file: Permission denied"});
}

TEST_F(FileFailures, ABaselineThatIsNotJsonNamesTheFile) {
  testing::FakeFileSystem memory;  // nothing on disk at all
  memory.Put("base.json", "accepted: nothing");
  Result<app::Baseline> read = app::ReadBaseline("base.json", memory);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().message.rfind("base.json: not a crosscheck baseline: ", 0), 0u)
      << read.error().message;
  EXPECT_FALSE(app::ReadBaseline("missing.json", memory).ok());
  memory.Put("good.json", R"({"accepted": [{"id": "C-1"}]})");
  Result<app::Baseline> good = app::ReadBaseline("good.json", memory);
  ASSERT_TRUE(good.ok()) << good.error().message;
  EXPECT_EQ(good->accepted, std::set<std::string>{"C-1"});
}

TEST_F(FileFailures, ABaselineThatCannotBeWrittenIsAnErrorAndLeavesNoFile) {
  files_.FailWrites("base.json");
  app::CheckOptions options = Options();
  options.baseline = "base.json";
  options.update_baseline = true;
  app::CheckRun run = app::Check(options);
  EXPECT_EQ(run.exit_code, ExitCode::kBadInput);
  EXPECT_EQ(Shown(run.input, Severity::kError),
            std::vector<std::string>{
                "base.json: error: cannot write base.json: No space left on device"});
  EXPECT_FALSE(files_.Held("base.json"));
  EXPECT_FALSE(files_.Exists("base.json"));
}

TEST_F(FileFailures, AnUnreadablePieceCacheIsAWarningAndTheRunGoesOn) {
  app::CheckRun fresh = app::Check(Options());
  files_.Put("cache/pieces.bin", "crosscheck pieces 1\n");
  files_.FailReads("cache/pieces.bin");
  app::CheckOptions options = Options();
  options.cache_dir = "cache";
  app::CheckRun run = app::Check(options);
  EXPECT_EQ(Shown(run.input, Severity::kWarning),
            std::vector<std::string>{
                "cache/pieces.bin: warning: cache not read: cannot read file: Permission denied"});
  EXPECT_EQ(run.exit_code, fresh.exit_code);
  EXPECT_EQ(run.result.findings.size(), fresh.result.findings.size());
  EXPECT_EQ(run.pieces_cached, 0u);
  // The file the run could not read is not replaced by one it could not check against.
  EXPECT_EQ(files_.writes(), 0u);
}

TEST_F(FileFailures, APieceCacheThatCannotBeSavedWarnsAndLeavesNoFile) {
  files_.FailWrites("cache/pieces.bin");
  app::CheckOptions options = Options();
  options.cache_dir = "cache";
  app::CheckRun run = app::Check(options);
  EXPECT_EQ(Shown(run.input, Severity::kWarning),
            std::vector<std::string>{"cache: warning: cache not saved: cannot write "
                                     "cache/pieces.bin: No space left on device"});
  EXPECT_FALSE(run.input.HasErrors());
  EXPECT_FALSE(files_.Held("cache/pieces.bin"));
}

TEST_F(FileFailures, APieceCacheRoundTripsThroughTheFake) {
  app::CheckOptions options = Options();
  options.cache_dir = "cache";
  app::CheckRun cold = app::Check(options);
  ASSERT_TRUE(files_.Held("cache/pieces.bin"));
  app::CheckRun warm = app::Check(options);
  EXPECT_EQ(warm.pieces_cached, warm.pieces);
  EXPECT_EQ(warm.result.findings.size(), cold.result.findings.size());
  EXPECT_TRUE(warm.input.empty());
}

TEST_F(FileFailures, ClaimFilesThatCannotBeCachedWarnOnce) {
  files_.FailWrites("cache/claim-files");  // every entry under it; the folder itself is made
  app::CheckOptions options = Options();
  options.paths.cache_dir = "cache";
  app::CheckRun run = app::Check(options);
  std::vector<std::string> warnings = Shown(run.input, Severity::kWarning);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(
      warnings[0].rfind("cache: warning: cache not saved: cannot write cache/claim-files/", 0), 0u)
      << warnings[0];
  EXPECT_FALSE(run.input.HasErrors());
}

TEST_F(FileFailures, AClaimCacheFolderThatCannotBeMadeIsAWarning) {
  files_.Put("cache", "a file where the folder should be");
  app::CheckOptions options = Options();
  options.paths.cache_dir = "cache";
  app::CheckRun run = app::Check(options);
  EXPECT_EQ(Shown(run.input, Severity::kWarning),
            std::vector<std::string>{"cache: warning: cannot use cache folder cache/claim-files: "
                                     "Not a directory; reading without it"});
  EXPECT_FALSE(run.input.HasErrors());
}

TEST_F(FileFailures, AnUnreadableCatalogueFileIsReportedNotKeyedAsEmpty) {
  fs::path units = testing::SourceDir() / "claims/catalogue/units.yaml";
  files_.FailReads(units);
  app::CheckOptions options = Options();
  options.cache_dir = "cache";
  app::CheckRun run = app::Check(options);
  std::string expected =
      "cache: warning: cache not used: " + units.string() + ": cannot read file: Permission denied";
  std::vector<std::string> warnings = Shown(run.input, Severity::kWarning);
  EXPECT_NE(std::find(warnings.begin(), warnings.end(), expected), warnings.end())
      << ::testing::PrintToString(warnings);
  EXPECT_FALSE(files_.Held("cache/pieces.bin"));  // nothing cached under a key it could not make
}

TEST_F(FileFailures, AnUnreadableChangedClaimFileIsOneErrorNamingIt) {
  files_.FailReads("claims/en-a.yaml");
  app::CheckOptions options = Options();
  options.changed = std::vector<std::string>{"claims/en-a.yaml"};
  app::CheckRun run = app::Check(options);
  EXPECT_EQ(run.exit_code, ExitCode::kBadInput);
  EXPECT_EQ(
      Shown(run.input, Severity::kError),
      std::vector<std::string>{"claims/en-a.yaml: error: cannot read file: Permission denied"});
}

TEST_F(FileFailures, AnUnreadableShardResultIsAnErrorNamingIt) {
  files_.Put("one.bin", "");
  files_.FailReads("one.bin");
  app::CheckRun run = app::Merge({"one.bin"}, Options());
  EXPECT_EQ(run.exit_code, ExitCode::kBadInput);
  std::vector<std::string> errors = Shown(run.input, Severity::kError);
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0],
            "one.bin: error: cannot read shard result: cannot read file: Permission denied");
}

TEST_F(FileFailures, AnExtractedFileThatCannotBeWrittenIsAnErrorAndLeavesNoFile) {
  files_.FailWrites("out/en-a.yaml");
  app::ExtractOptions options;
  options.paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
  options.paths.files = &files_;
  options.articles = {"en-a", "en-b"};
  options.output_dir = "out";
  app::ExtractRun run = app::Extract(options);
  EXPECT_EQ(run.exit_code, ExitCode::kBadInput);
  EXPECT_EQ(Shown(run.diagnostics, Severity::kError),
            std::vector<std::string>{
                "out/en-a.yaml: error: cannot write out/en-a.yaml: No space left on device"});
  EXPECT_FALSE(files_.Held("out/en-a.yaml"));
  EXPECT_TRUE(files_.Held("out/en-b.yaml"));
}

}  // namespace
}  // namespace crosscheck
