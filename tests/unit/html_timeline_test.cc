// The HTML timeline's axis (src/report/html_timeline.cc): a corpus that dates three claims over
// 2019-2023 and a dozen around its January 2025 publication gives those weeks the room, every dated
// claim keeps its bar, and the report says the scale changes along the axis.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "report/html_parts.h"

namespace crosscheck {
namespace {

DayNumber Day(int y, int m, int d) { return *DayFromCivil(y, m, d); }

FindingClaim Dated(std::string id, DayNumber from, DayNumber to) {
  FindingClaim c;
  c.id = std::move(id);
  c.article = "a";
  c.subject = "r1";
  c.property = "release_date";
  c.value = "x";
  c.scale = IntervalScale::kCalendarDays;
  c.days = DayInterval{from, to};
  c.low = FormatDay(from);
  c.high = FormatDay(to - 1);
  c.unit = "day";
  return c;
}

// The x of each axis label of the first panel, by its text.
std::map<std::string, double> TickXs(const std::string& html) {
  std::string first = html.substr(0, html.find("</svg>"));
  std::map<std::string, double> xs;
  std::regex tick(R"re(<text class="tick[^"]*" x="([0-9.]+)" y="[0-9.]+">([^<]+)</text>)re");
  for (std::sregex_iterator it(first.begin(), first.end(), tick), end; it != end; ++it) {
    xs[(*it)[2]] = std::stod((*it)[1]);
  }
  return xs;
}

TEST(HtmlTimeline, DensePeriodGetsTheRoom) {
  CheckResult result;
  ArticleInfo a;
  a.id = "a";
  a.published = {Day(2025, 1, 28), Day(2025, 1, 28)};
  result.articles.push_back(a);
  result.claim_views.push_back(Dated("old", Day(2019, 6, 1), Day(2019, 6, 2)));
  result.claim_views.push_back(Dated("mid", Day(2021, 3, 1), Day(2021, 3, 2)));
  result.claim_views.push_back(Dated("late", Day(2023, 5, 1), Day(2023, 5, 2)));
  for (int d = 10; d < 22; ++d) {
    result.claim_views.push_back(
        Dated("jan-" + std::to_string(d), Day(2025, 1, d), Day(2025, 1, d + 1)));
  }
  std::string html = report::html::TimelineSection(result, false);
  std::map<std::string, double> xs = TickXs(html);
  ASSERT_TRUE(xs.count("2019") && xs.count("Jan 2025") && xs.count("27 Jan")) << html;
  // One linear scale over 2019-2025 would give January 2025 about 13 of its 936 pixels; half
  // the width goes by bars, and twelve of fifteen bars are in that January.
  EXPECT_GT(xs["27 Jan"] - xs["Jan 2025"], 200) << html;
  EXPECT_GT(xs["Jan 2025"] - xs["2019"], 300);  // the six years before keep a readable share
  std::string first = html.substr(0, html.find("</svg>"));
  size_t bars = 0;
  for (size_t at = first.find("<rect class=\"bar"); at != std::string::npos;
       at = first.find("<rect class=\"bar", at + 1)) {
    ++bars;
  }
  EXPECT_EQ(bars, result.claim_views.size());
  EXPECT_NE(html.find("drawn wider"), std::string::npos);
}

// Two bars a few years apart: no density to follow, one linear scale.
TEST(HtmlTimeline, FewBarsKeepOneScale) {
  CheckResult result;
  ArticleInfo a;
  a.id = "a";
  result.articles.push_back(a);
  result.claim_views.push_back(Dated("one", Day(2020, 1, 1), Day(2020, 1, 2)));
  result.claim_views.push_back(Dated("two", Day(2022, 1, 1), Day(2022, 1, 2)));
  std::string html = report::html::TimelineSection(result, false);
  std::map<std::string, double> xs = TickXs(html);
  ASSERT_TRUE(xs.count("Jan 2020") && xs.count("Jan 2021") && xs.count("Jan 2022")) << html;
  // (the first label stands 3 pixels right of its tick)
  EXPECT_NEAR(xs["Jan 2021"] - xs["Jan 2020"] + 3, xs["Jan 2022"] - xs["Jan 2021"], 2);
}

}  // namespace
}  // namespace crosscheck
