// `check --changed`: "no filter" (nullopt) checks everything; a filter checks only what it names;
// a path that names no claim file is an input error, never read as "no filter" (issue 15).

#include <gtest/gtest.h>

#include "app/check.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

app::CheckRun CheckFrenchBillion(std::optional<std::vector<std::string>> changed) {
  testing::ScopedCurrentPath cwd(testing::SourceDir() / "tests/golden/french-billion");
  app::CheckOptions options;
  options.paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
  options.changed = std::move(changed);
  return app::Check(options);
}

TEST(ChangedFilter, NoFilterChecksEverything) {
  auto run = CheckFrenchBillion(std::nullopt);
  EXPECT_EQ(run.pieces, 2u);
  EXPECT_FALSE(run.input.HasErrors());
}

TEST(ChangedFilter, AClaimFileChecksItsPieceOnly) {
  auto run = CheckFrenchBillion(std::vector<std::string>{"claims/en-a.yaml"});
  EXPECT_EQ(run.pieces, 1u);
  EXPECT_FALSE(run.input.HasErrors());
}

TEST(ChangedFilter, AnUnmatchedPathIsAnInputErrorNamingIt) {
  auto run = CheckFrenchBillion(std::vector<std::string>{"claims/en-a.yml"});
  EXPECT_EQ(run.exit_code, ExitCode::kBadInput);
  EXPECT_EQ(run.pieces, 0u);
  ASSERT_EQ(run.input.items().size(), 1u);
  EXPECT_EQ(FormatDiagnostic(run.input.items()[0]),
            "claims/en-a.yml: error: --changed names no claim file of the corpus");
}

}  // namespace
}  // namespace crosscheck
