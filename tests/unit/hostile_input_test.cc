// Hostile input (issue: never crash, hang or silently drop a claim): each case writes a small
// corpus to a temporary folder with one bad thing in it, and asserts the exact diagnostic, that
// the good claims beside it are still loaded and checked, and that nothing runs away.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/check.h"
#include "app/validate.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGoodClaim =
    "  - {id: good, subject: deepseek, property: researcher_count, value: \"139 chercheurs\", "
    "quote: \"139 chercheurs\"}\n";

class HostileInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-hostile-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "corpus");
    fs::create_directories(dir_ / "claims");
    fs::copy(testing::SourceDir() / "claims/catalogue", dir_ / "claims/catalogue");
    Write("corpus/a.txt",
          "DeepSeek a dépensé 6 millions de dollars.\nDeepSeek a 139 chercheurs.\n");
    Write("corpus/a.meta.yaml", "id: a\nfile: a.txt\nlanguage: fr\npublished: 2025-01-28\n");
    cwd_.emplace(dir_);
  }
  void TearDown() override {
    cwd_.reset();
    fs::remove_all(dir_);
  }

  void Write(const std::string& path, const std::string& bytes) {
    std::ofstream(dir_ / path, std::ios::binary) << bytes;
  }
  // A claim file for article a: the good claim, then `bad` (more claim lines).
  void ClaimFile(const std::string& bad) {
    Write("claims/a.yaml", "article: a\nclaims:\n" + std::string(kGoodClaim) + bad);
  }

  // Every diagnostic as "file:line:col: error: message", one per line.
  std::string Diagnostics() {
    result_ = app::Validate(io::CorpusPaths{});
    std::string out;
    for (const auto& d : result_.diagnostics.items()) out += FormatDiagnostic(d) + "\n";
    return out;
  }
  bool GoodClaimLoaded() const {
    for (const auto& f : result_.corpus.claim_files) {
      for (const auto& c : f.claims) {
        if (c.id == "good") return true;
      }
    }
    return false;
  }

  fs::path dir_;
  std::optional<testing::ScopedCurrentPath> cwd_;
  app::ValidateResult result_;
};

TEST_F(HostileInput, EmptyClaimFile) {
  Write("claims/a.yaml", "");
  EXPECT_EQ(Diagnostics(),
            "claims/a.yaml: error: a claim file must be a mapping with 'article' and 'claims'\n"
            "corpus/a.meta.yaml:1:1: warning: article 'a' has no claim file\n");
}

TEST_F(HostileInput, ByteOrderMarkIsIgnored) {
  Write("claims/a.yaml",
        "\xEF\xBB\xBF"
        "article: a\nclaims:\n" +
            std::string(kGoodClaim));
  EXPECT_EQ(Diagnostics(), "");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, CrlfLineEndingsKeepPositions) {
  Write("claims/a.yaml", "article: a\r\nclaims:\r\n" + std::string(kGoodClaim) +
                             "  - {id: bad, subject: nobody, property: team_size, value: \"3\", "
                             "quote: \"139 chercheurs\"}\r\n");
  EXPECT_EQ(Diagnostics(), "claims/a.yaml:4:24: error: unknown entity 'nobody'\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, InvalidUtf8InAClaimFile) {
  Write("claims/a.yaml", "article: a\nclaims:\n  - {id: x\xC3(, subject: deepseek}\n");
  Write("claims/b.yaml", "article: a\nclaims:\n" + std::string(kGoodClaim));
  EXPECT_EQ(Diagnostics(), "claims/a.yaml:3:11: error: file is not valid UTF-8 (byte 0xC3)\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, AliasBombStaysSmall) {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 9; ++i) {
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
    bomb += "]\n";
  }
  Write("claims/a.yaml", bomb + "article: a\nclaims: *a8\n");
  Write("claims/b.yaml", "article: a\nclaims:\n" + std::string(kGoodClaim));
  std::string d = Diagnostics();  // 10^9 leaves if expanded: the loader must not expand them
  EXPECT_NE(d.find("claims/a.yaml:1:1: error: unknown key 'a0' (expected one of: article, claims, "
                   "unattached)"),
            std::string::npos);
  EXPECT_NE(d.find("error: each claim must be a mapping"), std::string::npos);
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, TenThousandDeepNesting) {
  Write("claims/a.yaml",
        "article: a\nclaims: " + std::string(10000, '[') + std::string(10000, ']'));
  Write("claims/b.yaml", "article: a\nclaims:\n" + std::string(kGoodClaim));
  std::string d = Diagnostics();
  EXPECT_EQ(d.rfind("claims/a.yaml:", 0), 0u) << d;
  EXPECT_NE(d.find("error: YAML syntax error"), std::string::npos) << d;
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, FiftyMegabyteArticle) {
  std::string text(50u << 20, 'x');
  for (size_t i = 80; i < text.size(); i += 81) text[i] = '\n';
  text += "\nDeepSeek a 139 chercheurs.\n";
  Write("corpus/a.txt", text);
  ClaimFile("");
  EXPECT_EQ(Diagnostics(), "");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, ArticleLargerThanTheLimit) {
  Write("corpus/a.txt", std::string((64u << 20) + 1, 'x'));
  ClaimFile("");
  EXPECT_EQ(Diagnostics(),
            "corpus/a.txt: error: file is 67108865 bytes, more than the 67108864 bytes crosscheck "
            "reads\nclaims/a.yaml:1:10: error: unknown article 'a' (no corpus/a.meta.yaml)\n");
}

TEST_F(HostileInput, NumbersNoArticleWrites) {
  ClaimFile(
      "  - {id: n1, subject: deepseek, property: training_cost, value: \"1e400 dollars\", quote: "
      "\"6 millions de dollars\"}\n"
      "  - {id: n2, subject: deepseek, property: training_cost, value: \"NaN dollars\", quote: "
      "\"6 millions de dollars\"}\n"
      "  - {id: n3, subject: deepseek, property: training_cost, value: \"-0 dollars\", quote: "
      "\"6 millions de dollars\"}\n"
      "  - {id: n4, subject: deepseek, property: training_cost, value: \"10^30 yuans\", quote: "
      "\"6 millions de dollars\"}\n");
  EXPECT_EQ(Diagnostics(),
            "claims/a.yaml:4:65: error: unknown unit or currency 'e400 dollars' (property "
            "'training_cost' takes a quantity of money)\n"
            "claims/a.yaml:5:65: error: expected a figure at 'nan dollars' (property "
            "'training_cost' takes a quantity of money)\n"
            "claims/a.yaml:6:65: error: expected a figure at '-0 dollars' (property "
            "'training_cost' takes a quantity of money)\n"
            "claims/a.yaml:7:65: error: unknown unit or currency '^30 yuans' (property "
            "'training_cost' takes a quantity of money)\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, HugeFiguresAreExact) {
  // 10^30 yuans is absurd but well formed: it loads and is checked with exact rationals.
  ClaimFile(
      "  - {id: huge, subject: deepseek, property: training_cost, value: "
      "\"1 000 000 000 000 000 000 000 000 000 000 yuans\", quote: \"6 millions de dollars\"}\n"
      "  - {id: small, subject: deepseek, property: training_cost, value: \"6 millions de "
      "yuans\", quote: \"6 millions de dollars\"}\n");
  EXPECT_EQ(Diagnostics(), "");
  auto run = app::Check(app::CheckOptions{});
  ASSERT_EQ(run.result.findings.size(), 1u);
  EXPECT_EQ(run.result.findings[0].kind, FindingKind::kContradiction);
}

TEST_F(HostileInput, ImpossibleDates) {
  ClaimFile(
      "  - {id: d1, subject: deepseek, property: founding_date, value: \"2023-02-30\", quote: "
      "\"DeepSeek\"}\n"
      "  - {id: d2, subject: deepseek, property: founding_date, value: \"0000-05-01\", quote: "
      "\"DeepSeek\"}\n"
      "  - {id: d3, subject: deepseek, property: founding_date, value: \"99999\", quote: "
      "\"DeepSeek\"}\n");
  std::string d = Diagnostics();
  EXPECT_NE(d.find("claims/a.yaml:4:65: error: impossible date '2023-02-30': February 2023 has 28 "
                   "days"),
            std::string::npos)
      << d;
  EXPECT_NE(d.find("claims/a.yaml:5:65: error: year 0 is out of range (1 to 9999) in "
                   "'0000-05-01'"),
            std::string::npos)
      << d;
  EXPECT_NE(d.find("claims/a.yaml:6:65: error: year 99999 is out of range (1 to 9999) in '99999'"),
            std::string::npos)
      << d;
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, QuotesMissingOrRepeated) {
  Write("corpus/a.txt", "DeepSeek a 139 chercheurs. Oui, 139 chercheurs.\n");
  ClaimFile(
      "  - {id: q1, subject: deepseek, property: team_size, value: \"3\", quote: \"trois "
      "personnes\"}\n");
  EXPECT_EQ(Diagnostics(),
            "claims/a.yaml:3:95: note: quote occurs 2 times in article 'a'; the first is used "
            "(quote more words to pick another)\n"
            "claims/a.yaml:4:73: error: quote not found in article 'a': \"trois personnes\"\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, ArticlePathOutsideTheCorpus) {
  Write("corpus/b.meta.yaml", "id: b\nfile: ../claims/a.yaml\nlanguage: fr\n");
  fs::create_symlink("/etc/hostname", dir_ / "corpus/link.txt");
  Write("corpus/c.meta.yaml", "id: c\nfile: link.txt\nlanguage: fr\n");
  ClaimFile("");
  EXPECT_EQ(
      Diagnostics(),
      "corpus/b.meta.yaml:2:7: error: article file '../claims/a.yaml' is outside the corpus "
      "folder\n"
      "corpus/c.meta.yaml:2:7: error: article file 'link.txt' is outside the corpus folder\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, BareTextLinkedOutsideTheCorpus) {
  // A .txt without metadata is read as an article, but never through a link out of the corpus.
  fs::create_symlink("/etc/hostname", dir_ / "corpus/bare.txt");
  ClaimFile("");
  EXPECT_EQ(Diagnostics(),
            "corpus/bare.txt: error: article file 'bare.txt' is outside the corpus folder\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, DuplicateIdsAcrossFiles) {
  ClaimFile("");
  Write("claims/b.yaml", "article: a\nclaims:\n" + std::string(kGoodClaim));
  EXPECT_EQ(Diagnostics(),
            "claims/b.yaml: warning: article 'a' also has claims in claims/a.yaml\n"
            "claims/b.yaml:3:5: error: duplicate claim id 'good' (first defined at "
            "claims/a.yaml:3:5)\n");
  EXPECT_TRUE(GoodClaimLoaded());
}

TEST_F(HostileInput, HardComponentEndsUnknownWithinItsLimit) {
  // Many overlapping hedged intervals on one quantity, and a resource limit too small to
  // decide them: the group must end as an `unknown` finding, not run on.
  std::string claims;
  for (int i = 0; i < 60; ++i) {
    claims += "  - {id: h" + std::to_string(i) +
              ", subject: deepseek, property: training_cost, value: \"environ " +
              std::to_string(5 + i % 7) +
              " millions de dollars\", quote: \"6 millions de "
              "dollars\"}\n";
  }
  ClaimFile(claims);
  app::CheckOptions options;
  options.rlimit = 2000;
  options.fast_path = false;  // bounds on one variable are otherwise decided without Z3
  auto run = app::Check(options);
  bool unknown = false;
  for (const auto& f : run.result.findings) unknown |= f.kind == FindingKind::kUnknown;
  EXPECT_TRUE(unknown);

  // The interval path decides the same group exactly, whatever the resource limit.
  options.fast_path = true;
  run = app::Check(options);
  bool contradiction = false;
  for (const auto& f : run.result.findings) {
    EXPECT_NE(f.kind, FindingKind::kUnknown);
    contradiction |= f.kind == FindingKind::kContradiction;
  }
  EXPECT_TRUE(contradiction);
}

}  // namespace
}  // namespace crosscheck
