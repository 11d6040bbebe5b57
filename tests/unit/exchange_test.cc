// Exchange rates (docs/semantics.md, "Money"): the corpus's reference ledger first, the rates
// shipped with crosscheck (catalogue/exchange_rates.yaml) only for the days and pairs it does not
// cover, a leg crossed through the euro when no rate to the dollar exists.
#include "encode/exchange.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "io/claim_loader.h"
#include "io/general_catalogue.h"
#include "report/reading_text.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

using encode::ConversionRate;
using encode::RateSources;

DayNumber Day(int y, int m, int d) { return *DayFromCivil(y, m, d); }

// [first, last] as a half-open interval of days.
DayInterval Days(int y1, int m1, int d1, int y2, int m2, int d2) {
  return {Day(y1, m1, d1), Day(y2, m2, d2) + 1};
}

ExchangeRate Rate(std::string from, std::string to, DayInterval period, const char* low,
                  const char* high, std::string source) {
  return {std::move(from),     std::move(to),     period, *ParseDecimal(low),
          *ParseDecimal(high), std::move(source), {}};
}

// What a conversion rests on, as a claim's reading words it (report/reading_text.h): "2025-01",
// "shipped rate: ECB 2025".
std::string Basis(const encode::RateInterval& rate) {
  ReadingNote note{.kind = ReadingNoteKind::kConverted, .rate_periods = rate.periods};
  for (const ExchangeRate* shipped : rate.shipped) note.rate_sources.push_back(shipped->source);
  std::string words = fmt::format("{}", note);
  size_t open = words.find('(');
  return words.substr(open + 1, words.size() - open - 2);
}

const DayInterval kJan2025 = Days(2025, 1, 1, 2025, 1, 31);
const DayInterval kYear2025 = Days(2025, 1, 1, 2025, 12, 31);

TEST(ExchangeRates, LedgerComesFirstWhereItCoversTheDays) {
  std::vector<ExchangeRate> ledger = {Rate("EUR", "USD", kJan2025, "1.024", "1.054", "ledger")};
  std::vector<ExchangeRate> shipped = {Rate("EUR", "USD", kYear2025, "0.989", "1.22", "ECB 2025")};
  RateSources sources{ledger, shipped};
  // A day of January: the ledger's month alone, shipped year unused.
  auto jan = ConversionRate(sources, "EUR", "USD", Days(2025, 1, 28, 2025, 1, 28));
  ASSERT_TRUE(jan);
  EXPECT_EQ(jan->low, *ParseDecimal("1.024"));
  EXPECT_EQ(jan->high, *ParseDecimal("1.054"));
  EXPECT_TRUE(jan->shipped.empty());
  EXPECT_EQ(Basis(*jan), "2025-01");
  // A day of June: the ledger has nothing, the shipped year fills it.
  auto june = ConversionRate(sources, "EUR", "USD", Days(2025, 6, 10, 2025, 6, 10));
  ASSERT_TRUE(june);
  EXPECT_EQ(june->low, *ParseDecimal("0.989"));
  EXPECT_EQ(june->high, *ParseDecimal("1.22"));
  EXPECT_EQ(Basis(*june), "shipped rate: ECB 2025");
  // January and February: the ledger for January, the shipped year for February only; the
  // conversion spans both.
  auto two = ConversionRate(sources, "EUR", "USD", Days(2025, 1, 1, 2025, 2, 28));
  ASSERT_TRUE(two);
  EXPECT_EQ(two->low, *ParseDecimal("0.989"));
  EXPECT_EQ(two->high, *ParseDecimal("1.22"));
  EXPECT_TRUE(two->covers);
  EXPECT_EQ(Basis(*two), "2025-01; shipped rate: ECB 2025");
  // Inverted: dollars to euros.
  auto back = ConversionRate(sources, "USD", "EUR", Days(2025, 1, 28, 2025, 1, 28));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->low, Rational(1) / *ParseDecimal("1.054"));
  // No rate at all before the shipped years.
  EXPECT_FALSE(ConversionRate(sources, "EUR", "USD", Days(1998, 6, 10, 1998, 6, 10)));
}

TEST(ExchangeRates, LedgerCrossingThroughTheDollarWinsOverAShippedPair) {
  // The ledger converts pounds to euros through the dollar: the shipped EUR/GBP is not used.
  std::vector<ExchangeRate> ledger = {Rate("GBP", "USD", kYear2025, "1.2", "1.4", "ledger"),
                                      Rate("EUR", "USD", kYear2025, "1.0", "1.2", "ledger")};
  std::vector<ExchangeRate> shipped = {Rate("EUR", "GBP", kYear2025, "0.5", "0.6", "ECB 2025")};
  auto r = ConversionRate({ledger, shipped}, "GBP", "EUR", Days(2025, 6, 1, 2025, 6, 1));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->low, Rational(1));            // 1.2 / 1.2
  EXPECT_EQ(r->high, *ParseDecimal("1.4"));  // 1.4 / 1.0
  EXPECT_TRUE(r->shipped.empty());
}

TEST(ExchangeRates, ShippedPairsCrossThroughTheEuro) {
  std::vector<ExchangeRate> ledger;
  std::vector<ExchangeRate> shipped = {Rate("EUR", "GBP", kYear2025, "0.8", "0.9", "ECB GBP"),
                                       Rate("EUR", "CHF", kYear2025, "0.9", "1.0", "ECB CHF")};
  auto r = ConversionRate({ledger, shipped}, "GBP", "CHF", Days(2025, 6, 1, 2025, 6, 1));
  ASSERT_TRUE(r);
  // CHF per GBP: (CHF per EUR) / (GBP per EUR), as intervals.
  EXPECT_EQ(r->low, Rational(1));      // 1.1111 / 1.1111
  EXPECT_EQ(r->high, Rational(5, 4));  // 1.25 / 1
  EXPECT_EQ(Basis(*r), "shipped rates: ECB GBP; ECB CHF");
}

TEST(ExchangeRates, ShippedRatesCoverEveryYearAndCurrency) {
  const auto& general = io::General();
  EXPECT_TRUE(general.diagnostics.empty());
  std::set<std::pair<std::string, int>> seen;
  for (const auto& r : general.exchange_rates) {
    EXPECT_EQ(r.from, "EUR");
    EXPECT_LE(r.low, r.high);
    int year = 0, month = 0, day = 0;
    CivilFromDay(r.period.from, &year, &month, &day);
    EXPECT_EQ(r.period, Days(year, 1, 1, year, 12, 31)) << r.source;
    // The current year's series is not complete: its interval says so.
    EXPECT_EQ(year == 2026, r.source.rfind("provisional", 0) == 0) << r.source;
    seen.insert({r.to, year});
  }
  for (const char* currency : {"USD", "GBP", "CNY", "JPY", "CHF"}) {
    for (int year = 2000; year <= 2026; ++year) {
      EXPECT_TRUE(seen.count({currency, year})) << currency << " " << year;
    }
  }
  // Every pair of the six converts on any day of those years.
  std::vector<ExchangeRate> no_ledger;
  RateSources sources{no_ledger, general.exchange_rates};
  for (const char* a : {"EUR", "USD", "GBP", "CNY", "JPY", "CHF"}) {
    for (const char* b : {"EUR", "USD", "GBP", "CNY", "JPY", "CHF"}) {
      if (std::string(a) == b) continue;
      auto r = ConversionRate(sources, a, b, Days(2013, 3, 4, 2013, 3, 4));
      ASSERT_TRUE(r) << a << " " << b;
      EXPECT_TRUE(r->covers);
    }
  }
}

TEST(ExchangeRates, ShippedYearsHoldTheBundledLedgersEuroRates) {
  // Two transcriptions of one ECB series: the bundled corpus's ledger (claims/reference.yaml)
  // and the shipped years. Each ledger EUR->USD interval lies within its year's shipped one.
  Diagnostics diags;  // its claims name the bundled catalogue's entities: only its rates matter
  std::string text = testing::ReadFile(testing::SourceDir() / "claims/reference.yaml");
  std::vector<ExchangeRate> ledger;
  io::FindClaimArticle none = [](const std::string&) { return io::ClaimArticle{}; };
  io::ReadClaimFile("claims/reference.yaml", text, io::General().catalogue, none, &ledger, diags);
  int compared = 0;
  for (const auto& l : ledger) {
    if (l.from != "EUR" || l.to != "USD") continue;
    for (const auto& s : io::General().exchange_rates) {
      if (s.to != "USD" || s.period.from > l.period.from || l.period.to > s.period.to) continue;
      EXPECT_LE(s.low, l.low) << FormatDayInterval(l.period);
      EXPECT_GE(s.high, l.high) << FormatDayInterval(l.period);
      ++compared;
    }
  }
  EXPECT_GE(compared, 9);
}

TEST(ExchangeRates, ContentKeysCoverTheShippedRates) {
  // Caches key on the general catalogue's bytes (io/content_key.h): editing the shipped rates
  // must change them.
  std::string bytes = io::GeneralCatalogueBytes();
  EXPECT_NE(bytes.find("EXR.D.USD.EUR.SP00.A"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
