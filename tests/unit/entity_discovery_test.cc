#include "extract/entity_discovery.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "io/catalogue_loader.h"

namespace crosscheck::extract {
namespace {

// One line per entity found: "id type 'name' [aliases]".
std::string Discover(std::vector<std::string_view> articles, const Catalogue& known = {}) {
  std::string out;
  for (const auto& d : DiscoverEntities(articles, known)) {
    out += fmt::format("{} {} '{}'", d.entity.id, d.entity.type, d.entity.name);
    if (!d.entity.aliases.empty()) out += fmt::format(" [{}]", fmt::join(d.entity.aliases, ", "));
    out += "\n";
  }
  return out;
}

TEST(EntityDiscoveryTest, TypedByTheHeadNounBeforeIt) {
  // "fabricant" heads the phrase; "vaccins" is its complement, after "de".
  EXPECT_EQ(Discover({{"Le fabricant lyonnais de vaccins Ostralis a inauguré son usine."}}),
            "ostralis organization 'Ostralis'\n");
}

TEST(EntityDiscoveryTest, PersonsByAgeTitleAndSurname) {
  EXPECT_EQ(Discover({{"« Nous serons prêts », a déclaré Claire Demarquay, 54 ans. Demarquay "
                       "a ensuite visité le site."}}),
            "claire-demarquay person 'Claire Demarquay' [Demarquay]\n");
  EXPECT_EQ(Discover({{"The company was founded by Bastien Rolland, 42, an engineer."}}),
            "bastien-rolland person 'Bastien Rolland'\n");
}

TEST(EntityDiscoveryTest, PlacesAfterAPrepositionNotAfterASpeechVerb) {
  EXPECT_EQ(Discover({{"L'usine est installée à Belvérieux. Il a déclaré à Reuters que tout va "
                       "bien."}}),
            "belverieux place 'Belvérieux'\n");
}

TEST(EntityDiscoveryTest, CodesAreProducts) {
  EXPECT_EQ(Discover({{"L'usine fabriquera OST-217 dès l'hiver."}}), "ost-217 product 'OST-217'\n");
}

TEST(EntityDiscoveryTest, OneNameAcrossArticlesAndLanguages) {
  EXPECT_EQ(Discover({{"La start-up Halcyra a levé des fonds."},
                      {"Halcyra, the Toulouse launch start-up, flew."}}),
            "halcyra organization 'Halcyra'\n");
}

TEST(EntityDiscoveryTest, WhatIsNotANameOrNotTyped) {
  // Sentence openers that occur in lower case, months, nationality adjectives: no names.
  // "Brussels says": one weak hint does not type a one-word name. "l'IA", typed once in many
  // mentions, is a common noun.
  EXPECT_EQ(Discover({{"Elle a grandi. Mais elle grandit encore en Janvier. A French start-up "
                       "flew. Brussels says yes."}}),
            "");
  std::string ia = "La société d'IA. ";
  for (int i = 0; i < 12; ++i) ia += "L'IA progresse. ";
  EXPECT_EQ(Discover({{ia}}), "");
}

TEST(EntityDiscoveryTest, OrganisationsAreFoundedAndEmploy) {
  // The name after a founding verb or a fronted participle, or before a verb of staff.
  EXPECT_EQ(Discover({{"Fondée en 2011 à Brest, Kerlann Air a transporté des passagers."}}),
            "brest place 'Brest'\nkerlann-air organization 'Kerlann Air'\n");
  EXPECT_EQ(Discover({{"She founded Kerlann Air in 2009 with two other pilots."}}),
            "kerlann-air organization 'Kerlann Air'\n");
  EXPECT_EQ(Discover({{"Ce matin, Kerlann Air recrute encore des mécaniciens."}}),
            "kerlann-air organization 'Kerlann Air'\n");
  // Who founds is no organisation: the name before an active "founded" gets no vote from it.
  EXPECT_EQ(Discover({{"Yesterday Marc Tessier founded nothing at all."}}), "");
}

TEST(EntityDiscoveryTest, NamesTheCatalogueKnowsAreLeftToIt) {
  Catalogue known;
  Entity e;
  e.id = "ostralis-sa";
  e.type = "organization";
  e.name = "Ostralis";
  known.AddEntity(e);
  EXPECT_EQ(Discover({{"Le fabricant de vaccins Ostralis a inauguré son usine."}}, known), "");
}

}  // namespace
}  // namespace crosscheck::extract
