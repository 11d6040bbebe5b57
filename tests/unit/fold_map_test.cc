// The sparse map of folded offsets answers what the dense array of FoldText does, at every
// byte, on texts that exercise each way folding diverges from the original.
#include "common/fold_map.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

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

// Long runs of printable ASCII are folded sixteen bytes at a time for a sparse map: every byte
// value around the edges of the run and of the capitals, at every alignment.
TEST(FoldMapTest, LongAsciiRunsFoldLikeShortOnes) {
  std::string printable;
  for (int b = 0x21; b < 0x80; ++b) printable += static_cast<char>(b);
  for (size_t shift = 0; shift < 17; ++shift) {
    std::string text = std::string(shift, 'Q') + printable + "  X\x01Y" + printable + "\xC3\x89" +
                       printable + "\t\n" + printable;
    ExpectSameOffsets(text);
  }
}

// Prose with single spaces is folded sixteen bytes at a time too; a double space, a tab or a
// space at a block's edge after another must still collapse, at every alignment.
TEST(FoldMapTest, ProseWithSpacesAtEveryAlignment) {
  const std::string words = "Le Prix A Atteint 10 000 Euros En Mai Selon La Societe ";
  for (size_t shift = 0; shift < 33; ++shift) {
    std::string text = std::string(shift, 'x') + words + words + " " + words + "\t" + words +
                       std::string(shift % 3 + 1, ' ') + words + "\xC3\x89" + words;
    ExpectSameOffsets(text);
    ExpectSameOffsets(std::string(shift, ' ') + text);
  }
}

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

// FoldText reads U+00C0..U+00FF without ICU: its answers must be ICU's.
TEST(FoldTextTest, LatinOneSupplementFoldsAsIcuDoes) {
  for (UChar32 c = 0xC0; c <= 0xFF; ++c) {
    auto utf8 = [](UChar32 cp) {
      char buf[4];
      int32_t n = 0;
      UBool error = false;
      U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, cp, error);
      EXPECT_FALSE(error);
      return std::string(buf, static_cast<size_t>(n));
    };
    EXPECT_EQ(FoldText(utf8(c), Fold::kCaseAndPunctuation),
              utf8(u_foldCase(c, U_FOLD_CASE_DEFAULT)))
        << "U+" << std::hex << c;
    ExpectSameOffsets("a" + utf8(c) + " " + utf8(c));
  }
}

TEST(FoldMapTest, EmptyText) { ExpectSameOffsets(""); }

}  // namespace
}  // namespace crosscheck
