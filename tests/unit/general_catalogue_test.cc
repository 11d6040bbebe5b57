// The general catalogue shipped inside crosscheck (catalogue/) and the rule that merges a
// corpus's own catalogue over it (docs/claim-format.md, "The general catalogue").
#include "io/general_catalogue.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io/catalogue_loader.h"
#include "io/cue_lexicon_loader.h"

namespace crosscheck::io {
namespace {

size_t CuesOf(const CueLexicon& lexicon, std::string_view property) {
  size_t n = 0;
  for (const auto& c : lexicon.cues) n += c.property == property;
  return n;
}

const Cue* FirstCueOf(const CueLexicon& lexicon, std::string_view property) {
  for (const auto& c : lexicon.cues) {
    if (c.property == property) return &c;
  }
  return nullptr;
}

// A fresh folder under the test's temporary directory, with the given files.
std::filesystem::path Folder(const std::string& name,
                             std::initializer_list<std::pair<const char*, const char*>> files) {
  auto dir = std::filesystem::path(testing::TempDir()) / ("general_catalogue_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const auto& [file, text] : files) std::ofstream(dir / file) << text;
  return dir;
}

TEST(GeneralCatalogue, ShippedFilesLoadWithoutDiagnostics) {
  const GeneralCatalogue& g = General();
  for (const auto& d : g.diagnostics.items())
    ADD_FAILURE() << d.pos.file << ":" << d.pos.line << ": " << d.message;
  EXPECT_GE(g.catalogue.properties().size(), 40u);
  EXPECT_GE(g.cues.cues.size(), 30u);
  const Property* founded = g.catalogue.FindProperty("founding_date");
  ASSERT_NE(founded, nullptr);
  EXPECT_EQ(founded->kind, ValueKind::kDate);
  EXPECT_EQ(founded->wikidata, "P571");
  const Property* employees = g.catalogue.FindProperty("employees");
  ASSERT_NE(employees, nullptr);
  EXPECT_EQ(employees->dimension, Dimension::kCount);
  EXPECT_TRUE(employees->time_indexed);
  EXPECT_EQ(employees->wikidata, "P1128");
  EXPECT_EQ(g.catalogue.FindProperty("market_cap")->wikidata, "P2226");
  EXPECT_EQ(g.catalogue.FindProperty("headquarters")->wikidata, "P159");
  // Physical measures name dimensions units.yaml declares, rates their period.
  const Property* height = g.catalogue.FindProperty("height");
  ASSERT_NE(height, nullptr);
  EXPECT_EQ(height->dimension, Dimension::Declared("length"));
  EXPECT_EQ(height->wikidata, "P2048");
  EXPECT_EQ(g.catalogue.FindProperty("annual_energy_output")->dimension,
            Dimension::Declared("energy").Per(RatePeriod::kYear));
  EXPECT_EQ(g.catalogue.FindDimension("length")->base_unit, "m");
  EXPECT_EQ(g.catalogue.FindUnit("km")->factor, 1000);
  // Every general cue has words in both languages.
  for (const auto& c : g.cues.cues) {
    EXPECT_FALSE(c.french.empty()) << c.property;
    EXPECT_FALSE(c.english.empty()) << c.property;
  }
}

TEST(GeneralCatalogue, WikidataIdIsChecked) {
  Catalogue cat;
  Diagnostics diags;
  LoadCatalogueText(CatalogueFile::kProperties, "p.yaml",
                    "properties:\n  - {id: a, kind: date, wikidata: P571}\n"
                    "  - {id: b, kind: date, wikidata: inception}\n",
                    cat, diags);
  ASSERT_EQ(diags.ErrorCount(), 1u);
  EXPECT_NE(diags.items()[0].message.find("not a Wikidata property id"), std::string::npos);
  EXPECT_EQ(cat.FindProperty("a")->wikidata, "P571");
}

TEST(GeneralCatalogue, EntityWikidataItemIsCheckedAtItsPosition) {
  Catalogue cat;
  Diagnostics diags;
  LoadCatalogueText(CatalogueFile::kEntities, "e.yaml",
                    "entities:\n  - {id: a, type: organization, wikidata: Q42}\n"
                    "  - {id: b, type: organization, wikidata: P571}\n",
                    cat, diags);
  ASSERT_EQ(diags.ErrorCount(), 1u);
  EXPECT_EQ(diags.items()[0].pos.line, 3);
  EXPECT_EQ(diags.items()[0].message,
            "wikidata 'P571' is not a Wikidata item id (Q and digits, \"Q1234\")");
  EXPECT_EQ(cat.FindEntity("a")->wikidata, "Q42");
  EXPECT_EQ(cat.FindEntity("b")->wikidata, "");
}

TEST(GeneralCatalogue, CorpusWithNoCatalogueGetsTheGeneralOne) {
  Catalogue catalogue;
  CueLexicon cues;
  Diagnostics diags;
  LoadCatalogueOverGeneral(std::filesystem::path(testing::TempDir()) / "no-such-catalogue",
                           "claims/catalogue", catalogue, cues, diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(catalogue.properties().size(), General().catalogue.properties().size());
  EXPECT_NE(catalogue.FindProperty("revenue"), nullptr);
  EXPECT_NE(catalogue.FindEntity("the-organization"), nullptr);
  EXPECT_EQ(cues.cues.size(), General().cues.cues.size());
  EXPECT_FALSE(cues.path.empty());  // the extractor runs
}

TEST(GeneralCatalogue, CorpusEntryWithTheSameIdReplacesTheGeneralOneWholly) {
  auto dir = Folder("override",
                    {{"properties.yaml",
                      "properties:\n"
                      "  - {id: employees, kind: quantity, dimension: count, description: mine}\n"
                      "  - {id: chip_count, kind: quantity, dimension: count}\n"},
                     {"entities.yaml", "entities:\n  - {id: acme, type: organization}\n"},
                     {"cues.yaml",
                      "cues:\n  - property: chip_count\n    fr: [puces]\n"
                      "  - property: revenue\n    fr: [ventes]\n"}});
  Catalogue catalogue;
  CueLexicon cues;
  Diagnostics diags;
  LoadCatalogueOverGeneral(dir, "claims/catalogue", catalogue, cues, diags);
  for (const auto& d : diags.items()) ADD_FAILURE() << d.message;
  // Replaced wholly: not time-indexed any more, no Wikidata id, the corpus's description.
  const Property* employees = catalogue.FindProperty("employees");
  ASSERT_NE(employees, nullptr);
  EXPECT_FALSE(employees->time_indexed);
  EXPECT_EQ(employees->wikidata, "");
  EXPECT_EQ(employees->description, "mine");
  // Extended: the corpus's own property and every general one it does not replace.
  EXPECT_NE(catalogue.FindProperty("chip_count"), nullptr);
  EXPECT_EQ(catalogue.properties().size(), General().catalogue.properties().size() + 1);
  EXPECT_EQ(catalogue.properties().front().id, "employees");  // the corpus's entries first
  // The corpus names an organisation: the organisation stand-in goes, the others stay.
  EXPECT_EQ(catalogue.FindEntity("the-organization"), nullptr);
  EXPECT_NE(catalogue.FindEntity("the-person"), nullptr);
  // Cues: a replaced property loses its general cues; a property the corpus cues keeps only
  // the corpus's; the others keep the general ones.
  EXPECT_EQ(CuesOf(cues, "employees"), 0u);
  ASSERT_EQ(CuesOf(cues, "revenue"), 1u);
  EXPECT_EQ(FirstCueOf(cues, "revenue")->french, std::vector<std::string>{"ventes"});
  EXPECT_EQ(CuesOf(cues, "chip_count"), 1u);
  EXPECT_EQ(CuesOf(cues, "founding_date"), CuesOf(General().cues, "founding_date"));
  EXPECT_EQ(cues.cues.front().property, "chip_count");
}

TEST(GeneralCatalogue, RelationsOfAReplacedPropertyAreDropped) {
  auto dir =
      Folder("relations", {{"properties.yaml", "properties:\n  - {id: death_date, kind: date}\n"}});
  Catalogue catalogue;
  CueLexicon cues;
  Diagnostics diags;
  LoadCatalogueOverGeneral(dir, "claims/catalogue", catalogue, cues, diags);
  EXPECT_TRUE(diags.empty());
  for (const auto& r : catalogue.relations()) {
    EXPECT_NE(r.right, "death_date");
    EXPECT_NE(r.left, "death_date");
  }
  EXPECT_EQ(catalogue.relations().size(), General().catalogue.relations().size() - 1);
}

TEST(GeneralCatalogue, BytesCoverEveryFile) {
  std::string bytes = GeneralCatalogueBytes();
  EXPECT_NE(bytes.find("P1128"), std::string::npos);
  EXPECT_NE(bytes.find("chiffre d'affaires"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck::io
