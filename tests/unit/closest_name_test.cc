// "Did you mean": the closest known name to a mistyped one, or none when nothing is close.

#include "common/closest_name.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

const std::vector<std::string> kCommands = {"validate", "check", "merge", "extract"};

TEST(ClosestName, OneSlipAway) {
  EXPECT_EQ(ClosestName("chek", kCommands), "check");   // a letter left out
  EXPECT_EQ(ClosestName("chekc", kCommands), "check");  // two neighbours swapped
  EXPECT_EQ(ClosestName("valdiate", kCommands), "validate");
  EXPECT_EQ(ClosestName("--thread", {"--threads", "--format"}), "--threads");
}

TEST(ClosestName, NothingCloseEnough) {
  EXPECT_EQ(ClosestName("run", kCommands), std::nullopt);  // 3 edits in 5 letters
  EXPECT_EQ(ClosestName("openai", {"deepseek", "nvidia"}), std::nullopt);
  EXPECT_EQ(ClosestName("check", kCommands), std::nullopt);  // not a typo: the name itself
}

TEST(ClosestName, TheNearestOfSeveral) {
  EXPECT_EQ(ClosestName("deepsek", {"deepseek-r1", "deepseek", "deepseek-v3"}), "deepseek");
}

}  // namespace
}  // namespace crosscheck
