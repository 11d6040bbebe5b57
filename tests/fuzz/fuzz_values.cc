// libFuzzer target: the value parsers (numbers, money, hedges, dates, relative dates, ages,
// durations) and what the model derives from them. The first byte picks the parser and the
// language; the rest is the text.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/catalogue.h"
#include "model/date_value.h"
#include "model/quantity.h"
#include "model/value_format.h"
#include "parse/date_parser.h"
#include "parse/quantity_parser.h"

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
        for (auto mode :
             {PrecisionMode::kStrict, PrecisionMode::kDefault, PrecisionMode::kLenient}) {
          (void)FormatInterval(DeriveInterval(q.value(), mode, true));
          (void)ExplainReading(q.value(), mode);
        }
      }
      break;
    }
    case 1: {
      auto d = parse::ParseDate(text, lang);
      if (d.ok()) {
        (void)DescribeDate(d.value());
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
