// The parsed-claim cache and the parallel loader: a warm load gives exactly the corpus and the
// diagnostics of a cold one; an edited claim file, article or catalogue is parsed again and
// nothing else is; a damaged entry is ignored and rewritten; any thread count gives one result.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/check.h"
#include "app/validate.h"
#include "io/claim_codec.h"
#include "io/corpus_loader.h"
#include "report/render.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

// Every claim file of a corpus, encoded: two corpora with equal encodings hold the same claims.
std::string Encoded(const Corpus& corpus) {
  std::string out;
  for (const auto& f : corpus.claim_files) {
    io::ClaimFileResult r;
    r.file = f;
    io::EncodeClaimFileResult(r, f.path, out);
  }
  return out;
}

class ClaimCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-cache-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(testing::SourceDir() / "claims", dir_ / "claims", fs::copy_options::recursive);
    fs::copy(testing::SourceDir() / "corpus", dir_ / "corpus");
    cwd_.emplace(dir_);
    paths_.cache_dir = "cache";
  }
  void TearDown() override {
    cwd_.reset();
    fs::remove_all(dir_);
  }

  Corpus Load(io::LoadStats* stats, Diagnostics* diags) {
    return io::LoadCorpus(paths_, *diags, stats);
  }
  void Append(const std::string& path, const std::string& text) {
    std::ofstream(dir_ / path, std::ios::app | std::ios::binary) << text;
  }
  std::vector<fs::path> Entries() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir_ / "cache" / "claim-files")) {
      out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  fs::path dir_;
  std::optional<testing::ScopedCurrentPath> cwd_;
  io::CorpusPaths paths_;
};

TEST_F(ClaimCache, WarmLoadIsIdenticalToCold) {
  io::LoadStats cold_stats, warm_stats;
  Diagnostics cold_diags, warm_diags;
  Corpus cold = Load(&cold_stats, &cold_diags);
  Corpus warm = Load(&warm_stats, &warm_diags);
  EXPECT_EQ(cold_stats.claim_files, 6u);
  EXPECT_EQ(cold_stats.cache_hits, 0u);
  EXPECT_EQ(warm_stats.cache_hits, 6u);
  EXPECT_EQ(Entries().size(), 6u);
  EXPECT_EQ(warm_diags.items(), cold_diags.items());
  EXPECT_FALSE(cold_diags.empty());  // the bundled corpus has notes: they must survive too
  EXPECT_EQ(Encoded(warm), Encoded(cold));
  EXPECT_EQ(warm.exchange_rates.size(), cold.exchange_rates.size());
  EXPECT_GT(warm.exchange_rates.size(), 0u);
  EXPECT_EQ(app::FormatClaimReadings(warm), app::FormatClaimReadings(cold));
}

TEST_F(ClaimCache, CheckReportIsTheSameWithAWarmCache) {
  app::CheckOptions without;
  auto expected = report::Render("json", app::Check(without).result);
  app::CheckOptions with;
  with.paths = paths_;
  Diagnostics ignored;
  io::LoadCorpus(paths_, ignored);  // fills the cache
  auto warm = report::Render("json", app::Check(with).result);
  ASSERT_TRUE(expected && warm);
  EXPECT_EQ(*warm, *expected);
}

TEST_F(ClaimCache, EditingOneFileReparsesOnlyThatFile) {
  io::LoadStats stats;
  Diagnostics d1, d2, d3, d4;
  Load(&stats, &d1);
  Append("claims/reuters-r2.yaml", "# an edit\n");
  Load(&stats, &d2);
  EXPECT_EQ(stats.cache_hits, 5u);
  // An article's text is part of what its claim file's reading depends on.
  Append("corpus/lemonde-liang.txt", "\nUne ligne de plus.\n");
  Load(&stats, &d3);
  EXPECT_EQ(stats.cache_hits, 5u);
  // The catalogue, of every file's.
  Append("claims/catalogue/units.yaml", "# an edit\n");
  Load(&stats, &d4);
  EXPECT_EQ(stats.cache_hits, 0u);
  EXPECT_EQ(d4.items(), d1.items());
}

TEST_F(ClaimCache, DamagedEntriesAreIgnoredAndRewritten) {
  io::LoadStats stats;
  Diagnostics cold_diags;
  Corpus cold = Load(&stats, &cold_diags);
  auto entries = Entries();
  ASSERT_EQ(entries.size(), 6u);
  fs::resize_file(entries[0], fs::file_size(entries[0]) / 2);  // truncated
  {
    std::fstream f(entries[1], std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(fs::file_size(entries[1]) - 3));
    f.put('\x7f');  // one byte of the payload changed
  }
  std::ofstream(entries[2], std::ios::binary) << "not an entry";
  Diagnostics diags;
  Corpus again = Load(&stats, &diags);
  EXPECT_EQ(stats.cache_hits, 3u);
  EXPECT_EQ(diags.items(), cold_diags.items());
  EXPECT_EQ(Encoded(again), Encoded(cold));
  Diagnostics ignored;
  Load(&stats, &ignored);
  EXPECT_EQ(stats.cache_hits, 6u);
}

TEST(ClaimCodec, RejectsEveryTruncation) {
  testing::ScopedCurrentPath cwd(testing::SourceDir());
  Diagnostics diags;
  Corpus corpus = io::LoadCorpus({}, diags);
  io::ClaimFileResult r;
  r.file = corpus.claim_files[0];
  r.diags = diags;
  r.article_named = r.file->article;
  std::string bytes;
  io::EncodeClaimFileResult(r, r.file->path, bytes);
  auto back = io::DecodeClaimFileResult(bytes, r.file->path);
  ASSERT_TRUE(back);
  std::string again;
  io::EncodeClaimFileResult(*back, r.file->path, again);
  EXPECT_EQ(again, bytes);
  for (size_t cut = 0; cut < bytes.size(); cut += 7) {
    EXPECT_FALSE(io::DecodeClaimFileResult(std::string_view(bytes).substr(0, cut), r.file->path))
        << cut;
  }
}

TEST(ParallelLoad, AnyThreadCountGivesTheSerialResult) {
  testing::ScopedCurrentPath cwd(testing::SourceDir() / "tests/validate/broken");
  io::CorpusPaths serial;
  serial.threads = 1;
  std::string expected = app::FormatValidateReport(app::Validate(serial));
  for (int threads : {2, 3, 0}) {
    io::CorpusPaths parallel;
    parallel.threads = threads;
    EXPECT_EQ(app::FormatValidateReport(app::Validate(parallel)), expected) << threads;
  }
}

}  // namespace
}  // namespace crosscheck
