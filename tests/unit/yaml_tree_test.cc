// The YAML tree crosscheck reads with (libyaml's event parser underneath): node kinds, keys in
// order, marks in code points and bytes, and hostile documents turned into positioned errors.

#include "io/yaml_tree.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::io {
namespace {

YamlTree MustParse(std::string_view text) {
  auto parsed = YamlTree::Parse(text);
  if (auto* e = std::get_if<YamlError>(&parsed)) ADD_FAILURE() << e->message;
  return std::get<YamlTree>(std::move(parsed));
}

// "line:column: message", 1-based, as a diagnostic shows it.
std::string ErrorOf(std::string_view text) {
  auto parsed = YamlTree::Parse(text);
  auto* e = std::get_if<YamlError>(&parsed);
  if (!e) return "no error";
  return std::to_string(e->mark.line + 1) + ":" + std::to_string(e->mark.column + 1) + ": " +
         e->message;
}

TEST(YamlTree, MappingKeepsKeysInOrderAndFindsTheFirst) {
  YamlTree t = MustParse("b: 1\na: [x, y]\nb: 2\n");
  YamlNode root = t.root();
  ASSERT_TRUE(root.IsMap());
  ASSERT_EQ(root.size(), 3u);
  EXPECT_EQ(root.Key(0).Scalar(), "b");
  EXPECT_EQ(root.Key(1).Scalar(), "a");
  EXPECT_EQ(root["b"].Scalar(), "1");
  YamlNode a = root["a"];
  ASSERT_TRUE(a.IsSequence());
  std::string items;
  for (YamlNode item : a) items += std::string(item.Scalar()) + ";";
  EXPECT_EQ(items, "x;y;");
  EXPECT_FALSE(root["missing"]);
  EXPECT_FALSE(a["x"]);  // not a mapping
}

TEST(YamlTree, PlainNullSpellingsAreNullQuotedOnesAreText) {
  YamlTree t = MustParse("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\nf: NULL\n");
  YamlNode r = t.root();
  EXPECT_TRUE(r["a"].IsNull());
  EXPECT_TRUE(r["b"].IsNull());
  EXPECT_TRUE(r["c"].IsNull());
  EXPECT_TRUE(r["d"].IsScalar());
  EXPECT_EQ(r["d"].Scalar(), "null");
  EXPECT_TRUE(r["e"].IsScalar());
  EXPECT_TRUE(r["f"].IsNull());
}

TEST(YamlTree, EmptyTextIsANullRoot) {
  EXPECT_TRUE(MustParse("").root().IsNull());
  EXPECT_TRUE(MustParse("# only a comment\n").root().IsNull());
}

TEST(YamlTree, MarksCountCodePointsAndBytes) {
  // "é" and "ü" are two bytes each; the CRLF is one line break.
  YamlTree t = MustParse("é: ü\r\nb: [x, \"ç\", y]\n");
  YamlNode r = t.root();
  YamlMark u = r.Value(0).mark();
  EXPECT_EQ(u.line, 0u);
  EXPECT_EQ(u.column, 3u);
  EXPECT_EQ(u.offset, 4u);
  YamlNode b = r["b"];
  EXPECT_EQ(b.mark().line, 1u);
  EXPECT_EQ(b.mark().column, 3u);
  EXPECT_EQ(b.mark().offset, 11u);
  YamlMark y = b.Item(2).mark();
  EXPECT_EQ(y.column, 12u);
  EXPECT_EQ(y.offset, 21u);  // one more than the column: "ç" is two bytes
}

TEST(YamlTree, BlockMappingStartsAtItsFirstKey) {
  YamlTree t = MustParse("claims:\n  - id: a\n    value: 3\n");
  YamlMark m = t.root()["claims"].Item(0).mark();
  EXPECT_EQ(m.line, 1u);
  EXPECT_EQ(m.column, 4u);
}

TEST(YamlTree, AliasSharesTheAnchoredNode) {
  YamlTree t = MustParse("a: &x {k: v}\nb: *x\n");
  YamlNode r = t.root();
  EXPECT_EQ(r["b"]["k"].Scalar(), "v");
  EXPECT_EQ(r["b"].mark().line, 0u);  // the anchored node itself, not a copy
  EXPECT_EQ(t.node_count(), 6u);      // root, a, {k: v}, k, v, b: no copy of the mapping
}

TEST(YamlTree, AliasBombStaysAsSmallAsItsText) {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 20; ++i) {
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) bomb += (k ? ", *a" : "*a") + std::to_string(i - 1);
    bomb += "]\n";
  }
  YamlTree t = MustParse(bomb);
  EXPECT_LT(t.node_count(), 100u);
  YamlNode n = t.root()["a19"];
  for (int i = 0; i < 19; ++i) n = n.Item(9);  // 10^20 paths, all through the same nodes
  EXPECT_EQ(n.Item(0).Scalar(), "x");
}

TEST(YamlTree, SyntaxErrorsArePositioned) {
  EXPECT_EQ(ErrorOf("a:\n  - [6, 7\n  b: x\n"),
            "3:4: YAML syntax error: did not find expected ',' or ']' (while parsing a flow "
            "sequence begun at line 2, column 5)");
  EXPECT_EQ(ErrorOf("a: \"open\nb: c\n"),
            "3:1: YAML syntax error: found unexpected end of stream (while scanning a quoted "
            "scalar begun at line 1, column 4)");
}

TEST(YamlTree, UnknownAndSelfContainingAliasesAreErrors) {
  EXPECT_EQ(ErrorOf("a: *nope\n"),
            "1:4: YAML syntax error: alias '*nope' names no anchor defined before it");
  EXPECT_EQ(ErrorOf("a: &s [1, *s]\n"),
            "1:11: YAML syntax error: alias '*s' lies inside the node it names");
}

TEST(YamlTree, NestingDeeperThanTheLimitIsAnError) {
  size_t ok = YamlTree::kMaxDepth;
  MustParse(std::string(ok, '[') + std::string(ok, ']'));
  std::string deep(10000, '[');
  EXPECT_EQ(ErrorOf("a: " + deep + std::string(10000, ']')),
            "1:259: YAML syntax error: lists and mappings nested more than 256 deep, "
            "crosscheck's limit");
}

TEST(YamlTree, ASecondDocumentIsAnErrorNotSkipped) {
  EXPECT_EQ(ErrorOf("a: 1\n---\nb: 2\n"),
            "2:1: a file holds one YAML document; this second one would be ignored");
  MustParse("---\na: 1\n...\n");
}

TEST(YamlTree, ControlCharacterIsAPositionedReaderError) {
  EXPECT_EQ(ErrorOf("a: b\nc: d\x01\n"),
            "2:5: YAML syntax error: control characters are not allowed");
}

}  // namespace
}  // namespace crosscheck::io
