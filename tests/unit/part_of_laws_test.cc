// Parts of wholes (docs/semantics.md, "Parts of wholes"): the chain of wholes an entity is a
// part of, and the laws the encoder draws between additive figures of one property and time.
#include "encode/part_of_laws.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/law_text.h"

namespace crosscheck {
namespace {

Entity Part(const std::string& id, const std::string& whole) {
  Entity e;
  e.id = id;
  e.type = "site";
  e.name = id;
  e.part_of = whole;
  return e;
}

Catalogue Group() {
  Catalogue cat;
  cat.AddEntity(Part("group", ""));
  cat.AddEntity(Part("division", "group"));
  Entity plant = Part("plant", "division");
  plant.aliases = {"the plant"};
  cat.AddEntity(plant);
  cat.AddEntity(Part("depot", "group"));
  cat.AddEntity(Part("loop-a", "loop-b"));
  cat.AddEntity(Part("loop-b", "loop-a"));
  cat.AddEntity(Part("into-loop", "loop-a"));
  Property employees;
  employees.id = "employees";
  employees.dimension = Dimension::kCount;
  employees.time_indexed = true;
  employees.additive = true;
  cat.AddProperty(employees);
  Property price;
  price.id = "price";
  price.dimension = Dimension::kMoney;
  cat.AddProperty(price);
  return cat;
}

TEST(PartOfLaws, WholesAreTheChainNearestFirst) {
  Catalogue cat = Group();
  EXPECT_EQ(encode::WholesOf(cat, "plant"), (std::vector<std::string>{"division", "group"}));
  EXPECT_EQ(encode::WholesOf(cat, "the plant"), (std::vector<std::string>{"division", "group"}));
  EXPECT_TRUE(encode::WholesOf(cat, "group").empty());
  EXPECT_TRUE(encode::WholesOf(cat, "unknown").empty());
}

TEST(PartOfLaws, ACycleHasNoWholes) {
  Catalogue cat = Group();
  EXPECT_TRUE(encode::WholesOf(cat, "loop-a").empty());
  EXPECT_TRUE(encode::WholesOf(cat, "into-loop").empty());
}

// Variables of the encoding as the encoder names them; the laws join each part to its nearest
// whole with a figure at the same period, and the nearest parts of one whole in one sum.
TEST(PartOfLaws, LawsJoinNearestWholeAtTheSamePeriodOnly) {
  Catalogue cat = Group();
  z3::context ctx;
  encode::Encoding enc;
  auto add = [&](const std::string& subject, const std::string& property,
                 const std::string& period) {
    enc.vars.push_back({{encode::VarKind::kQuantity, subject, property, period},
                        ctx.real_const((subject + property + period).c_str()),
                        subject,
                        property,
                        ""});
  };
  add("group", "employees", "published 2026");
  add("plant", "employees", "published 2026");  // no division figure: the group is nearest
  add("depot", "employees", "published 2026");
  add("division", "employees", "published 2025");  // another time: not compared
  add("plant", "price", "published 2026");         // not additive
  add("group", "price", "published 2026");
  encode::EncodePartsOfWholes(cat, ctx, enc);
  std::vector<std::string> laws;
  for (const auto& b : enc.background) laws.push_back(fmt::format("{}", b.law));
  std::sort(laws.begin(), laws.end());
  EXPECT_EQ(laws, (std::vector<std::string>{
                      "a part is at most its whole: employees of depot is at most employees of "
                      "group (depot is part of group)",
                      "a part is at most its whole: employees of plant is at most employees of "
                      "group (plant is part of group)",
                      "parts of one whole do not overlap: employees of plant + depot together "
                      "are at most employees of group",
                  }));
}

}  // namespace
}  // namespace crosscheck
