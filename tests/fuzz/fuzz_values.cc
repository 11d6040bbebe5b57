// libFuzzer target: the value parsers (numbers, money, hedges, dates, relative dates, ages,
// durations) and what the model derives from them. The first byte picks the parser and the
// language; the rest is the text. Besides not crashing: a figure's three precision modes nest
// (strict within default within lenient), and a calendar date's days, printed as ISO text,
// read back as the same days.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "invariant.h"
#include "model/catalogue.h"
#include "model/date_value.h"
#include "model/quantity.h"
#include "parse/date_parser.h"
#include "parse/quantity_parser.h"
#include "report/value_text.h"

namespace {

const crosscheck::Catalogue& Units() {
  static crosscheck::Catalogue* c = [] {
    auto* cat = new crosscheck::Catalogue;
    cat->AddUnit({"USD", crosscheck::Dimension::kMoney, {"dollars", "$", "US$"}, {}, 1, {}});
    cat->AddUnit({"EUR", crosscheck::Dimension::kMoney, {"euros", "€"}, {}, 1, {}});
    cat->AddUnit({"percent", crosscheck::Dimension::kPercent, {"%"}, {}, 1, {}});
    cat->AddUnit({"chip", crosscheck::Dimension::kCount, {"puces"}, {}, 1, {}});
    auto length = crosscheck::Dimension::Declared("length");
    cat->AddDimension({"length", "m", "", {}});
    cat->AddUnit({"m", length, {"mètres", "metres", "m"}, {}, 1, {}});
    cat->AddUnit({"km", length, {"kilomètres", "km"}, {}, 1000, {}});
    return cat;
  }();
  return *c;
}

// Whether `inner`'s bounds lie within `outer`'s (open or closed alike).
bool Within(const crosscheck::Interval& inner, const crosscheck::Interval& outer) {
  bool low =
      outer.low.infinite() || (!inner.low.infinite() && *outer.low.value <= *inner.low.value);
  bool high =
      outer.high.infinite() || (!inner.high.infinite() && *inner.high.value <= *outer.high.value);
  return low && high;
}

// A dated calendar day, month or year, printed the way reports print days, reads back the same.
void IsoRoundTrip(const crosscheck::DateValue& d, crosscheck::parse::Language lang) {
  using namespace crosscheck;
  const auto* cal = std::get_if<CalendarDate>(&d.from);
  if (d.bound != DateBound::kAt || d.to || !cal || !cal->year || *cal->year < 1000) return;
  auto days = DaysOf(*cal, *cal->year);
  if (!days) return;
  std::string printed = FormatDayInterval(*days);
  if (printed.find(' ') != std::string::npos) return;  // "a to b": a part of a month, a range
  auto again = parse::ParseDate(printed, lang);
  FUZZ_INVARIANT(again.ok(), "an ISO day, month or year reads as a date");
  const auto* back = std::get_if<CalendarDate>(&again->from);
  FUZZ_INVARIANT(back && back->year, "an ISO date reads as a dated calendar date");
  FUZZ_INVARIANT(DaysOf(*back, *back->year) == days, "printed days read back as the same days");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace crosscheck;
  auto lang = (data[0] & 1) ? parse::Language::kEnglish : parse::Language::kFrench;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch ((data[0] >> 1) % 4) {
    case 0: {
      // The four built-ins, length, and length per year.
      int pick = (data[0] >> 3) % 6;
      Dimension dim = pick < 4 ? Dimension(static_cast<Dimension::Kind>(1 + pick))
                               : Dimension::Declared("length").Per(pick == 5 ? RatePeriod::kYear
                                                                             : RatePeriod::kNone);
      auto q = parse::ParseQuantity(text, lang, Units(), dim);
      if (q.ok()) {
        std::vector<Interval> by_mode;
        for (auto mode :
             {PrecisionMode::kStrict, PrecisionMode::kDefault, PrecisionMode::kLenient}) {
          by_mode.push_back(DeriveInterval(q.value(), mode, true));
          (void)FormatInterval(by_mode.back());
          (void)report::ExplainReading(q.value(), mode);
        }
        FUZZ_INVARIANT(Within(by_mode[0], by_mode[1]), "strict within default");
        FUZZ_INVARIANT(Within(by_mode[1], by_mode[2]), "default within lenient");
      }
      break;
    }
    case 1: {
      auto d = parse::ParseDate(text, lang);
      if (d.ok()) {
        (void)report::DescribeDate(d.value());
        IsoRoundTrip(d.value(), lang);
        if (const auto* rel = std::get_if<RelativeDate>(&d->from))
          (void)ResolveRelative(*rel, 20116);
      }
      break;
    }
    case 2:
      (void)parse::ParseAge(text, lang);
      break;
    case 3: {
      auto d = parse::ParseDuration(text, lang);
      if (d.ok()) (void)DurationInDays(d.value());
      break;
    }
  }
  return 0;
}
