// The corpus is cut into pieces before any constraint exists; a piece boundary must never
// separate two claims the solver finds related. Checked on the bundled corpus and on every
// golden case: the components of the whole corpus's encoding each lie inside one piece.
#include "encode/partition.h"

#include <gtest/gtest.h>

#include <map>

#include "encode/encoding.h"
#include "io/corpus_loader.h"
#include "solve/components.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

// Returns how many pieces the corpus was cut into.
size_t ExpectPiecesHoldComponents(const io::CorpusPaths& paths) {
  Diagnostics diags;
  Corpus corpus = io::LoadCorpus(paths, diags);
  encode::Partition partition = encode::PartitionClaims(corpus);
  std::map<const Claim*, size_t> piece_of;
  size_t claims = 0;
  for (size_t p = 0; p < partition.pieces.size(); ++p) {
    for (int i : partition.pieces[p]) piece_of[partition.claims[static_cast<size_t>(i)]] = p;
    claims += partition.pieces[p].size();
  }
  EXPECT_EQ(claims, corpus.ClaimCount());
  z3::context ctx;
  encode::Encoding encoding = encode::Encode(corpus, ctx);
  auto components = solve::SplitComponents(encoding);
  for (const auto& component : components) {
    const Claim* first = encoding.claims[static_cast<size_t>(component.claims.front())].claim;
    for (int c : component.claims) {
      const Claim* claim = encoding.claims[static_cast<size_t>(c)].claim;
      EXPECT_EQ(piece_of.at(claim), piece_of.at(first))
          << paths.claims_dir << ": " << claim->id << " and " << first->id
          << " share a component but not a piece";
    }
  }
  return partition.pieces.size();
}

TEST(Partition, BundledCorpusPiecesHoldEveryComponent) {
  io::CorpusPaths paths;
  paths.corpus_dir = testing::SourceDir() / "corpus";
  paths.claims_dir = testing::SourceDir() / "claims";
  // Not one piece for everything: the cut must be useful (the solver finds 66 components).
  EXPECT_GT(ExpectPiecesHoldComponents(paths), 40u);
}

TEST(Partition, GoldenCasePiecesHoldEveryComponent) {
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourceDir() / "tests/golden")) {
    io::CorpusPaths paths;
    paths.corpus_dir = entry.path() / "corpus";
    paths.claims_dir = entry.path() / "claims";
    paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
    ExpectPiecesHoldComponents(paths);
  }
}

}  // namespace
}  // namespace crosscheck
