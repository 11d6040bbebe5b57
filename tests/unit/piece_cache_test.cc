// The piece cache (app/piece_cache.h) must never serve an outcome computed from other inputs:
// each edit below changes one field of an article's metadata, its text, a claim or the
// catalogue, and the cached run must solve the edited piece again and give the report a fresh
// run gives. The first case is the one that shipped stale (issue 15): the article's language,
// which the loader reads values with, was left out of a key listing claim fields by hand.

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/check.h"
#include "report/digest_report.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

struct Edit {
  const char* what;
  const char* file;  // relative to the copied case
  const char* from;  // replaced once; "" appends `to`
  const char* to;
};

const Edit kEdits[] = {
    {"article language", "corpus/en-a.meta.yaml", "language: en", "language: fr"},
    {"article publication date", "corpus/en-a.meta.yaml", "published: 2025-01-28",
     "published: 2025-03-28"},
    {"article reliability", "corpus/en-a.meta.yaml", "", "reliability: 3\n"},
    {"article text", "corpus/en-a.txt", "", "More later.\n"},
    {"claim value", "claims/en-a.yaml", "\"1 billion dollars\"", "\"2 billion dollars\""},
    {"claim date", "claims/en-a.yaml", "\"2025-01-27\"", "\"2025-01-26\""},
    {"claim id", "claims/en-a.yaml", "id: en-a-loss", "id: en-a-drop"},
    {"claim quote", "claims/en-a.yaml", "quote: \"lost 1 billion dollars\"",
     "quote: \"stocks lost 1 billion dollars\""},
    {"claim attribution", "claims/en-a.yaml",
     "quote:", "attribution: {kind: reported, source: analysts}, quote:"},
    {"claim note", "claims/en-a.yaml", "quote:", "note: \"checked\", quote:"},
    {"claim expectation", "claims/en-a.yaml", "quote:", "expect: consistent, quote:"},
    {"claim confidence", "claims/en-a.yaml",
     "quote:", "confidence: {level: low, reasons: [subject only assumed]}, quote:"},
    {"catalogue", "catalogue/units.yaml", "", "# edited\n"},
};

void Apply(const fs::path& dir, const Edit& edit) {
  fs::path file = dir / edit.file;
  std::string text = testing::ReadFile(file);
  std::string from = edit.from;
  if (from.empty()) {
    text += edit.to;
  } else {
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << edit.what << ": '" << from << "' not in " << file;
    text.replace(at, from.size(), edit.to);
  }
  std::ofstream(file, std::ios::binary) << text;
}

// A copy of tests/golden/french-billion with the bundled catalogue beside it, to edit.
fs::path CopyCase(const fs::path& to) {
  fs::remove_all(to);
  fs::create_directories(to);
  fs::copy(testing::SourceDir() / "tests/golden/french-billion", to, fs::copy_options::recursive);
  fs::copy(testing::SourceDir() / "claims/catalogue", to / "catalogue",
           fs::copy_options::recursive);
  return to;
}

app::CheckRun CheckCase(const fs::path& dir, const std::string& cache) {
  app::CheckOptions options;
  options.paths.corpus_dir = dir / "corpus";
  options.paths.claims_dir = dir / "claims";
  options.paths.catalogue_dir = dir / "catalogue";
  options.cache_dir = cache;  // as `--cache-dir`: the claim-file cache too
  if (!cache.empty()) options.paths.cache_dir = cache;
  return app::Check(options);
}

TEST(PieceCache, AnyEditMissesAndMatchesAFreshRun) {
  fs::path root = fs::temp_directory_path() / fmt::format("crosscheck-piece-cache-{}", ::getpid());
  for (const Edit& edit : kEdits) {
    SCOPED_TRACE(edit.what);
    fs::path dir = CopyCase(root / "case");
    std::string cache = (root / "cache").string();
    fs::remove_all(cache);
    app::CheckRun cold = CheckCase(dir, cache);
    ASSERT_EQ(cold.pieces_cached, 0u);
    ASSERT_EQ(CheckCase(dir, cache).pieces_cached, cold.pieces);  // unedited: all reused
    Apply(dir, edit);
    app::CheckRun warm = CheckCase(dir, cache);
    app::CheckRun fresh = CheckCase(dir, "");
    EXPECT_LT(warm.pieces_cached, warm.pieces);
    EXPECT_EQ(report::DigestReport(warm.result), report::DigestReport(fresh.result));
    EXPECT_EQ(warm.exit_code, fresh.exit_code);
  }
  fs::remove_all(root);
}

}  // namespace
}  // namespace crosscheck
