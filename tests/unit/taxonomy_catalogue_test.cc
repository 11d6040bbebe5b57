#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "common/unicode.h"
#include "model/catalogue.h"
#include "model/taxonomy.h"
#include "model/value.h"
#include "parse/value_parser.h"

namespace crosscheck {
namespace {

using Ids = std::set<std::string>;

TaxonomyNode Node(std::string id, std::vector<std::string> parents,
                  std::vector<std::string> aliases = {}) {
  TaxonomyNode n;
  n.id = std::move(id);
  n.parents = std::move(parents);
  n.aliases = std::move(aliases);
  return n;
}

// The chip taxonomy of claims/catalogue/taxonomies.yaml: A800, H800 and H20 sit under both
// their architecture and the China-market variants.
Taxonomy ChipTaxonomy() {
  Taxonomy t;
  t.id = "chip";
  t.Add(Node("nvidia-gpu", {}, {"Nvidia GPU"}));
  t.Add(Node("nvidia-datacenter-gpu", {"nvidia-gpu"}));
  t.Add(Node("ampere", {"nvidia-datacenter-gpu"}, {"Nvidia Ampere"}));
  t.Add(Node("hopper", {"nvidia-datacenter-gpu"}, {"Nvidia Hopper"}));
  t.Add(Node("china-market-variant", {"nvidia-datacenter-gpu"},
             {"puces bridées pour le marché chinois", "China-market chips"}));
  t.Add(Node("a100", {"ampere"}, {"A100", "Nvidia A100"}));
  t.Add(Node("a800", {"ampere", "china-market-variant"}, {"A800", "Nvidia A800"}));
  t.Add(Node("h100", {"hopper"}, {"H100"}));
  t.Add(Node("h800", {"hopper", "china-market-variant"}, {"H800"}));
  t.Add(Node("h20", {"hopper", "china-market-variant"}, {"H20"}));
  return t;
}

Entity MakeEntity(std::string id, std::string name, std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = std::move(id);
  e.type = "organization";
  e.name = std::move(name);
  e.aliases = std::move(aliases);
  return e;
}

TEST(TaxonomyTest, LeavesUnderFollowEveryParent) {
  Taxonomy t = ChipTaxonomy();
  EXPECT_EQ(t.LeavesUnder("china-market-variant"), (Ids{"a800", "h20", "h800"}));
  EXPECT_EQ(t.LeavesUnder("ampere"), (Ids{"a100", "a800"}));
  EXPECT_EQ(t.LeavesUnder("hopper"), (Ids{"h100", "h20", "h800"}));
  EXPECT_EQ(t.LeavesUnder("nvidia-gpu"), (Ids{"a100", "a800", "h100", "h20", "h800"}));
  EXPECT_EQ(t.LeavesUnder("a800"), (Ids{"a800"}));
}

TEST(TaxonomyTest, AncestorsOrSelfOfANodeWithTwoParents) {
  Taxonomy t = ChipTaxonomy();
  EXPECT_EQ(t.AncestorsOrSelf("a800"),
            (Ids{"a800", "ampere", "china-market-variant", "nvidia-datacenter-gpu", "nvidia-gpu"}));
  EXPECT_EQ(t.AncestorsOrSelf("a100"),
            (Ids{"a100", "ampere", "nvidia-datacenter-gpu", "nvidia-gpu"}));
  EXPECT_EQ(t.AncestorsOrSelf("nvidia-gpu"), (Ids{"nvidia-gpu"}));
}

TEST(TaxonomyTest, ChildrenInCatalogueOrder) {
  Taxonomy t = ChipTaxonomy();
  EXPECT_EQ(t.Children("china-market-variant"), (std::vector<std::string>{"a800", "h800", "h20"}));
  EXPECT_EQ(t.Children("nvidia-datacenter-gpu"),
            (std::vector<std::string>{"ampere", "hopper", "china-market-variant"}));
  EXPECT_TRUE(t.Children("h20").empty());
}

TEST(TaxonomyTest, Find) {
  Taxonomy t = ChipTaxonomy();
  ASSERT_NE(t.Find("h800"), nullptr);
  EXPECT_EQ(t.Find("h800")->parents, (std::vector<std::string>{"hopper", "china-market-variant"}));
  EXPECT_EQ(t.Find("H800"), nullptr);  // ids are exact; aliases go through the catalogue
  EXPECT_EQ(t.Find("b200"), nullptr);
}

TEST(TaxonomyTest, AncestorsStopOnACycle) {
  Taxonomy t;
  t.id = "bad";
  t.Add(Node("x", {"y"}));
  t.Add(Node("y", {"x"}));
  EXPECT_EQ(t.AncestorsOrSelf("x"), (Ids{"x", "y"}));
}

TEST(NameKeyTest, CaseAndWhiteSpace) {
  EXPECT_EQ(NameKey("High Flyer"), "high flyer");
  EXPECT_EQ(NameKey("  High \t Flyer\n"), "high flyer");
  EXPECT_EQ(NameKey("High\u00A0Flyer"), "high flyer");
  EXPECT_EQ(NameKey("High\u202FFlyer"), "high flyer");
  EXPECT_EQ(NameKey("   "), "");
  EXPECT_EQ(NameKey(""), "");
}

TEST(NameKeyTest, HyphensAreKept) {
  EXPECT_EQ(NameKey("High-Flyer"), "high-flyer");
  EXPECT_EQ(NameKey("High\u2011Flyer"), "high-flyer");  // non-breaking hyphen
  EXPECT_EQ(NameKey("High\u2010Flyer"), "high-flyer");
  EXPECT_NE(NameKey("High-Flyer"), NameKey("High Flyer"));
}

TEST(NameKeyTest, ApostrophesBecomeAscii) {
  EXPECT_EQ(NameKey("l\u2019information"), "l'information");
  EXPECT_EQ(NameKey("l\u2018information"), "l'information");
}

TEST(NameKeyTest, UnicodeNormalisationAndFolding) {
  EXPECT_EQ(NameKey("ÉLECTRONIQUE"), "électronique");
  EXPECT_EQ(NameKey("e\u0301lectronique"), "\u00E9lectronique");  // decomposed to composed
  EXPECT_EQ(NameKey("Straße"), "strasse");
  EXPECT_EQ(NameKey("\uFB01n"), "fin");             // ligature fi
  EXPECT_EQ(NameKey("\uFF27\uFF30\uFF35"), "gpu");  // full-width letters
}

TEST(CatalogueTest, EntityAliasesMatchByNameKey) {
  Catalogue c;
  ASSERT_TRUE(c.AddEntity(
      MakeEntity("high-flyer", "High-Flyer", {"High Flyer", "High-Flyer Capital", "Huanfang"})));
  ASSERT_TRUE(c.AddEntity(MakeEntity("nvidia", "Nvidia", {"NVIDIA"})));
  for (const char* name : {"High Flyer", "high-flyer capital", "HIGH-FLYER", "high\u00A0flyer",
                           "  huanfang ", "High-Flyer"}) {
    const Entity* e = c.FindEntity(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->id, "high-flyer") << name;
  }
  EXPECT_EQ(c.FindEntity("Low Flyer"), nullptr);
  EXPECT_EQ(c.FindEntity("highflyer"), nullptr);
  ASSERT_NE(c.FindEntity("nvidia"), nullptr);
  EXPECT_EQ(c.FindEntity("nvidia")->id, "nvidia");
}

TEST(CatalogueTest, DuplicateEntityIdIsRefused) {
  Catalogue c;
  EXPECT_TRUE(c.AddEntity(MakeEntity("deepseek", "DeepSeek")));
  EXPECT_FALSE(c.AddEntity(MakeEntity("deepseek", "DeepSeek again")));
  EXPECT_EQ(c.entities().size(), 1u);
}

TEST(CatalogueTest, IdBeatsAnEarlierEntitysAlias) {
  Catalogue c;
  ASSERT_TRUE(c.AddEntity(MakeEntity("deepseek", "DeepSeek", {"R1"})));
  ASSERT_TRUE(c.AddEntity(MakeEntity("r1", "DeepSeek-R1")));
  ASSERT_NE(c.FindEntity("R1"), nullptr);
  EXPECT_EQ(c.FindEntity("R1")->id, "r1");
}

TEST(CatalogueTest, IdBeatsALaterEntitysAlias) {
  Catalogue c;
  ASSERT_TRUE(c.AddEntity(MakeEntity("r1", "DeepSeek-R1")));
  ASSERT_TRUE(c.AddEntity(MakeEntity("deepseek", "DeepSeek", {"R1"})));
  ASSERT_NE(c.FindEntity("r1"), nullptr);
  EXPECT_EQ(c.FindEntity("r1")->id, "r1");
  ASSERT_NE(c.FindEntity("DeepSeek"), nullptr);
  EXPECT_EQ(c.FindEntity("DeepSeek")->id, "deepseek");
}

class CategoryTest : public ::testing::Test {
 protected:
  CategoryTest() {
    catalogue_.AddTaxonomy(ChipTaxonomy());
    Taxonomy field;
    field.id = "field";
    field.Add(Node("engineering-and-computing", {}, {"ingénierie", "engineering"}));
    field.Add(Node("electronic-information-engineering", {"engineering-and-computing"},
                   {"ingénierie de l'information électronique"}));  // ASCII apostrophe
    field.Add(Node("artificial-intelligence", {"engineering-and-computing"},
                   {"l\u2019intelligence artificielle", "IA"}));  // typographic apostrophe
    field.Add(Node("ia", {}));  // an id that is also another node's alias
    catalogue_.AddTaxonomy(field);
    catalogue_.AddEntity(MakeEntity("high-flyer", "High-Flyer", {"High Flyer"}));

    gpu_.id = "gpu_model";
    gpu_.kind = ValueKind::kCategory;
    gpu_.taxonomy = "chip";
    founder_.id = "founded_by";
    founder_.kind = ValueKind::kEntity;
  }

  std::string Category(const std::string& taxonomy, std::string_view text) const {
    const Taxonomy* t = catalogue_.FindTaxonomy(taxonomy);
    return t ? catalogue_.FindCategory(*t, text) : "no taxonomy";
  }

  // The node or entity a value names, or "error: ...".
  std::string ReadValue(std::string_view text, const Property& p) const {
    auto r = parse::ParseValue(text, p, parse::Language::kFrench, catalogue_);
    if (!r.ok()) return "error: " + r.error().message;
    if (const auto* c = std::get_if<CategoryValue>(&r.value())) return "node " + c->node;
    if (const auto* e = std::get_if<EntityValue>(&r.value())) return "entity " + e->entity;
    return "other";
  }

  Catalogue catalogue_;
  Property gpu_;
  Property founder_;
};

TEST_F(CategoryTest, TypographicApostropheInTheValue) {
  EXPECT_EQ(Category("field", "ingénierie de l\u2019information électronique"),
            "electronic-information-engineering");
  EXPECT_EQ(Category("field", "ingénierie de l'information électronique"),
            "electronic-information-engineering");
  EXPECT_EQ(Category("field", "Ingénierie de l'Information Électronique"),
            "electronic-information-engineering");
}

TEST_F(CategoryTest, TypographicApostropheInTheAlias) {
  EXPECT_EQ(Category("field", "l'intelligence artificielle"), "artificial-intelligence");
}

TEST_F(CategoryTest, IdsBeforeAliases) {
  EXPECT_EQ(Category("field", "IA"), "ia");
  EXPECT_EQ(Category("chip", "A800"), "a800");
  EXPECT_EQ(Category("chip", "Nvidia A800"), "a800");
  EXPECT_EQ(Category("chip", "B200"), "");
}

TEST_F(CategoryTest, ParseValueForACategoryProperty) {
  EXPECT_EQ(ReadValue("A800", gpu_), "node a800");
  EXPECT_EQ(ReadValue("puces bridées pour le marché chinois", gpu_), "node china-market-variant");
  EXPECT_EQ(ReadValue("Puces bridées pour le marché\u00A0chinois", gpu_),
            "node china-market-variant");
}

TEST_F(CategoryTest, UnknownCategoryValue) {
  EXPECT_EQ(ReadValue("B200", gpu_), "error: 'B200' is not a value of taxonomy 'chip'");
}

TEST_F(CategoryTest, UnknownTaxonomy) {
  Property p = gpu_;
  p.taxonomy = "gpu";
  EXPECT_EQ(ReadValue("A800", p), "error: unknown taxonomy 'gpu'");
}

TEST_F(CategoryTest, ParseValueForAnEntityProperty) {
  EXPECT_EQ(ReadValue("High Flyer", founder_), "entity high-flyer");
  EXPECT_EQ(ReadValue("Low Flyer", founder_), "error: unknown entity 'Low Flyer'");
}

TEST_F(CategoryTest, DescribeKind) {
  EXPECT_EQ(parse::DescribeKind(gpu_), "a category of 'chip'");
  EXPECT_EQ(parse::DescribeKind(founder_), "an entity");
}

}  // namespace
}  // namespace crosscheck
