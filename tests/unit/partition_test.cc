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

struct Cut {
  size_t claims = 0;      // claims loaded
  size_t pieces = 0;      // pieces the partition cut them into
  size_t components = 0;  // connected components of the whole encoding
  size_t errors = 0;      // load errors (a case about bad input may load nothing)
};

// Checks that every component of the encoding lies in one piece; returns the counts, so that a
// corpus that loaded nothing (and so trivially "holds every component") fails its caller.
Cut ExpectPiecesHoldComponents(const io::CorpusPaths& paths) {
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
  return {corpus.ClaimCount(), partition.pieces.size(), components.size(), diags.ErrorCount()};
}

TEST(Partition, BundledCorpusPiecesHoldEveryComponent) {
  io::CorpusPaths paths;
  paths.corpus_dir = testing::SourceDir() / "corpus";
  paths.claims_dir = testing::SourceDir() / "claims";
  Cut cut = ExpectPiecesHoldComponents(paths);
  EXPECT_GT(cut.claims, 150u);
  EXPECT_GT(cut.components, 60u);  // the bundled report has 66
  // Not one piece for everything: the cut must be useful.
  EXPECT_GT(cut.pieces, 40u);
}

TEST(Partition, GoldenCasePiecesHoldEveryComponent) {
  size_t cases = 0;
  size_t loaded = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::SourceDir() / "tests/golden")) {
    io::CorpusPaths paths;
    paths.corpus_dir = entry.path() / "corpus";
    paths.claims_dir = entry.path() / "claims";
    // A case with a catalogue of its own reads it, as the golden runner does; the others
    // borrow the seed corpus's (with the wrong catalogue a case loads nothing, and passed).
    paths.catalogue_dir = std::filesystem::exists(paths.claims_dir / "catalogue")
                              ? paths.claims_dir / "catalogue"
                              : testing::SourceDir() / "claims/catalogue";
    Cut cut = ExpectPiecesHoldComponents(paths);
    // Every golden case loads claims, unless it is about input the loader refuses (one that
    // loaded nothing by mistake would hold every component trivially and pass).
    if (cut.errors == 0) {
      EXPECT_GT(cut.claims, 0u) << entry.path();
      EXPECT_GT(cut.components, 0u) << entry.path();
      ++loaded;
    }
    ++cases;
  }
  EXPECT_GT(cases, 40u);
  EXPECT_GE(loaded + 6,
            cases);  // 6 cases are about refused input (anchored-errors, part-of-*, ...)
}

}  // namespace
}  // namespace crosscheck
