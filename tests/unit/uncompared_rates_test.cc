// Rates of one subject over a stated period and without one are never compared; every report
// says so in a note (report/notes_text.h), and a shard's result carries them to the merge.
// tests/golden/rate-period-not-compared pins the whole path from claim files.
#include <gtest/gtest.h>

#include "app/result_codec.h"
#include "report/notes_text.h"

namespace crosscheck {
namespace {

UncomparedRates Visitors() {
  return {"fete",
          "daily_visitors",
          {{"a-visitors", "près de 25 000 visiteurs par jour", "entre vendredi et dimanche"}},
          {{"b-visitors", "40,000 visitors a day", ""}, {"c-visitors", "35 000 par jour", ""}}};
}

TEST(UncomparedRates, WordsNameEveryClaimAndHowToCompareThem) {
  EXPECT_EQ(report::UncomparedRatesText(Visitors()),
            "Not compared: fete's daily_visitors «près de 25 000 visiteurs par jour» "
            "(a-visitors, over «entre vendredi et dimanche») holds over a stated period, and "
            "«40,000 visitors a day» (b-visitors) and «35 000 par jour» (c-visitors) have none "
            "(they hold at publication): a rate over a period and a rate without one are values "
            "of different times. Give them the same `when` to compare them.");
}

TEST(UncomparedRates, FollowTheRunsOwnNotes) {
  CheckResult result;
  result.notes = {"Baseline b.json written."};
  result.uncompared_rates = {Visitors()};
  auto lines = report::NoteLines(result);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Baseline b.json written.");
  EXPECT_EQ(lines[1], report::UncomparedRatesText(Visitors()));
}

TEST(UncomparedRates, ShardResultCarriesThem) {
  app::ShardResult shard;
  shard.index = 1;
  shard.frame.uncompared_rates = {Visitors()};
  auto back = app::DecodeShard(app::EncodeShard(shard));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->frame.uncompared_rates, shard.frame.uncompared_rates);
}

}  // namespace
}  // namespace crosscheck
