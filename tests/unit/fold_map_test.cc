// The sparse map of folded offsets answers what the dense array of FoldText does, at every
// byte, on texts that exercise each way folding diverges from the original.
#include "common/fold_map.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/unicode.h"

namespace crosscheck {
namespace {

void ExpectSameOffsets(const std::string& text) {
  std::vector<size_t> dense;
  std::string folded = FoldText(text, Fold::kCaseAndPunctuation, &dense);
  dense.push_back(text.size());
  FoldMap map;
  std::string sparse_folded = FoldText(text, Fold::kCaseAndPunctuation, &map);
  ASSERT_EQ(folded, sparse_folded);
  ASSERT_EQ(dense.size(), folded.size() + 1);
  for (size_t p = 0; p <= folded.size(); ++p) {
    EXPECT_EQ(map.Original(folded, p), dense[p])
        << "at folded byte " << p << " of '" << text << "'";
  }
}

TEST(FoldMapTest, PlainAsciiMapsOneToOne) { ExpectSameOffsets("Le 12 Mai, 10 000 puces."); }

TEST(FoldMapTest, WhiteSpaceRunsCollapse) {
  ExpectSameOffsets("a  b\t\n\nc   ");
  ExpectSameOffsets("   leading and trailing   ");
  ExpectSameOffsets("10\u00a0000 et 5\u202f000\u2009km");
}

TEST(FoldMapTest, CodePointsOfEveryLength) {
  ExpectSameOffsets("Élevé à 27 % – l’année ‘x’ ʼy 3‑4 −5");
  ExpectSameOffsets("Straße STRASSE ẞ İstanbul ΣΑΣ 𝐀𝐁 日本");
  ExpectSameOffsets("€5 ¥7 £3 ½ ⅔");
}

TEST(FoldMapTest, InvalidBytesAreKept) {
  ExpectSameOffsets(std::string("a\x80\x80 b\xC3 c\xE2\x82 \xFF\xFE z"));
  ExpectSameOffsets(std::string("\x80") + "é" + std::string("\xA9\xA9") + "x");
}

TEST(FoldMapTest, EmptyText) { ExpectSameOffsets(""); }

}  // namespace
}  // namespace crosscheck
