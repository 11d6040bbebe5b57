// Dimensions as data (docs/claim-format.md, "units.yaml"; docs/semantics.md, "Units and
// dimensions"): the general catalogue's physical units read as the press writes them and convert
// exactly to their dimension's base unit, and a catalogue that names a dimension wrongly gets a
// positioned error.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "io/catalogue_loader.h"
#include "io/general_catalogue.h"
#include "model/interval.h"
#include "parse/quantity_parser.h"

namespace crosscheck {
namespace {

using parse::Language;

// "[27.5, 28.5) m": the interval a value allows, in its dimension's base unit, or the error.
std::string InBase(std::string_view text, std::string_view dimension,
                   Language lang = Language::kFrench) {
  const Catalogue& cat = io::General().catalogue;
  auto dim = Dimension::FromName(dimension);
  if (!dim) return "bad dimension";
  auto q = parse::ParseQuantity(text, lang, cat, *dim);
  if (!q.ok()) return "error: " + q.error().message;
  const Unit* unit = cat.FindUnit(q->unit);
  const DimensionDecl* decl = cat.FindDimension(dim->BaseName());
  if (!unit || !decl) return "no unit";
  std::string per = dim->IsRate() ? fmt::format("/{}", RatePeriodName(dim->per())) : "";
  return FormatInterval(DeriveInterval(q.value()).Scaled(unit->factor)) + " " + decl->base_unit +
         per;
}

TEST(DimensionValues, LengthsInEveryPressSpelling) {
  EXPECT_EQ(InBase("27,6 mètres", "length"), "[27.55, 27.65) m");
  EXPECT_EQ(InBase("28 m", "length"), "[27.5, 28.5) m");  // "m" is the unit, not millions
  EXPECT_EQ(InBase("28 mètres", "length"), "[27.5, 28.5) m");
  EXPECT_EQ(InBase("27.6-metre", "length", Language::kEnglish), "[27.55, 27.65) m");
  EXPECT_EQ(InBase("9.5-kilometre", "length", Language::kEnglish), "[9450, 9550) m");
  // "520": the round figure keeps its non-zero digits, so a unit of 10 km.
  EXPECT_EQ(InBase("520 km", "length"), "[515000, 525000) m");
  EXPECT_EQ(InBase("520 kilomètres", "length"), "[515000, 525000) m");
  EXPECT_EQ(InBase("523 km", "length"), "[522500, 523500) m");
  EXPECT_EQ(InBase("1 200 meters", "length", Language::kEnglish), "[1150, 1250) m");
  EXPECT_EQ(InBase("environ 300 mm", "length"), "[0.2655, 0.3355] m");
}

TEST(DimensionValues, AreasVolumesMassesInEveryPressSpelling) {
  EXPECT_EQ(InBase("12 hectares", "area"), "[115000, 125000) m2");
  EXPECT_EQ(InBase("12 ha", "area"), "[115000, 125000) m2");
  EXPECT_EQ(InBase("38 000 m²", "area"), "[37500, 38500) m2");
  EXPECT_EQ(InBase("38 000 m2", "area"), "[37500, 38500) m2");
  EXPECT_EQ(InBase("2,5 km²", "area"), "[2450000, 2550000) m2");
  EXPECT_EQ(InBase("3 square kilometres", "area", Language::kEnglish), "[2500000, 3500000) m2");
  EXPECT_EQ(InBase("2 000 litres", "volume"), "[1.95, 2.05) m3");
  EXPECT_EQ(InBase("2 000 L", "volume"), "[1.95, 2.05) m3");
  EXPECT_EQ(InBase("40 m³", "volume"), "[39.5, 40.5) m3");
  EXPECT_EQ(InBase("40 mètres cubes", "volume"), "[39.5, 40.5) m3");
  EXPECT_EQ(InBase("243 kg", "mass"), "[242.5, 243.5) kg");
  EXPECT_EQ(InBase("315 kilograms", "mass", Language::kEnglish), "[314.5, 315.5) kg");
  EXPECT_EQ(InBase("12 tonnes", "mass"), "[11500, 12500) kg");
  EXPECT_EQ(InBase("3 Mt", "mass"), "[2500000000, 3500000000) kg");
}

TEST(DimensionValues, EnergyPowerSpeedDataTime) {
  EXPECT_EQ(InBase("3 MW", "power"), "[2500000, 3500000) W");
  EXPECT_EQ(InBase("1,6 gigawatt", "power"), "[1550000000, 1650000000) W");
  EXPECT_EQ(InBase("130 km/h", "speed"), "[625/18, 37.5) m/s");
  EXPECT_EQ(InBase("64 Go", "data"), "[63500000000, 64500000000) B");
  EXPECT_EQ(InBase("45 minutes", "time"), "[2670, 2730) s");
  EXPECT_EQ(InBase("45 mn", "time"), "[2670, 2730) s");          // "mn" is the unit, not millions
  EXPECT_EQ(InBase("3,6 MJ", "energy"), "[8875/9, 9125/9) Wh");  // exact: 1 J = 1/3600 Wh
}

TEST(DimensionValues, RatesNameTheirPeriod) {
  EXPECT_EQ(InBase("3 TWh par an", "energy per year"), "[2500000000000, 3500000000000) Wh/year");
  EXPECT_EQ(InBase("3 TWh/an", "energy per year"), "[2500000000000, 3500000000000) Wh/year");
  EXPECT_EQ(InBase("3 TWh annually", "energy per year", Language::kEnglish),
            "[2500000000000, 3500000000000) Wh/year");
  EXPECT_EQ(InBase("100 000 barils par jour", "volume per day"),
            "[15103.79301816, 16693.66596744) m3/day");
  EXPECT_EQ(InBase("2 million tonnes a year", "mass per year", Language::kEnglish),
            "[1500000000, 2500000000) kg/year");
  const Catalogue& cat = io::General().catalogue;
  auto per_day = Dimension::FromName("count per day");
  auto q = parse::ParseQuantity("25 000 visiteurs par jour", Language::kFrench, cat, *per_day);
  ASSERT_TRUE(q.ok()) << q.error().message;
  EXPECT_EQ(FormatInterval(DeriveInterval(q.value())), "[24500, 25500)");
  EXPECT_EQ(q->per, RatePeriod::kDay);
}

TEST(DimensionValues, AFigureOfAnotherDimensionOrPeriodIsRejectedWithWhy) {
  EXPECT_EQ(InBase("3 TWh", "power"), "error: '3 TWh' is energy, but the property takes power");
  EXPECT_EQ(InBase("3 TWh par an", "power"),
            "error: '3 TWh par an' is energy per year, but the property takes power");
  EXPECT_EQ(InBase("3 TWh", "energy per year"),
            "error: '3 TWh' gives no period, but the property takes energy per year: write "
            "'par an' or 'a year'");
  EXPECT_EQ(InBase("8 GWh par jour", "energy per year"),
            "error: '8 GWh par jour' is energy per day, but the property takes energy per year: "
            "rates over two periods never convert");
  EXPECT_EQ(InBase("3 TWh par an", "energy"),
            "error: '3 TWh par an' is energy per year, but the property takes energy, not a rate");
  EXPECT_EQ(InBase("28", "length"),
            "error: a quantity of length needs a unit (mm, cm, m, km, ...)");
}

// Errors from loading `units` (and `properties`) as a corpus catalogue over the general one.
std::string Errors(std::string_view units, std::string_view properties = "") {
  Catalogue own;
  Diagnostics diags;
  io::LoadCatalogueText(io::CatalogueFile::kUnits, "units.yaml", units, own, diags);
  if (!properties.empty()) {
    io::LoadCatalogueText(io::CatalogueFile::kProperties, "properties.yaml", properties, own,
                          diags);
  }
  Catalogue merged = io::MergeOverGeneral(io::General().catalogue, own);
  io::CheckCatalogue(merged, diags);
  std::string out;
  for (const auto& d : diags.items()) {
    out += fmt::format("{}:{}:{}: {}\n", d.pos.file, d.pos.line, d.pos.column, d.message);
  }
  return out;
}

TEST(DimensionCatalogue, ACorpusUnitMayUseAGeneralDimension) {
  EXPECT_EQ(Errors("units:\n  - {id: nmi, dimension: length, factor: \"1852\", words: [nautical "
                   "miles]}\n"),
            "");
}

TEST(DimensionCatalogue, UnknownDimensionIsPositioned) {
  EXPECT_EQ(Errors("units:\n  - {id: MWh2, dimension: energie, factor: \"1e6\"}\n"),
            "units.yaml:2:27: unit 'MWh2' names unknown dimension 'energie' (money, count, "
            "percent, ratio, energy, power, mass, length, area, volume, speed, temperature, "
            "data, time)\n");
  EXPECT_EQ(Errors("units: []\n",
                   "properties:\n  - {id: flow, kind: quantity, dimension: debit per day}\n"),
            "properties.yaml:2:43: property 'flow' names unknown dimension 'debit' (money, "
            "count, percent, ratio, energy, power, mass, length, area, volume, speed, "
            "temperature, data, time)\n");
  EXPECT_EQ(
      Errors("units: []\n",
             "properties:\n  - {id: flow, kind: quantity, dimension: energy per fortnight}\n"),
      "properties.yaml:2:43: malformed dimension 'energy per fortnight' (a dimension's id, "
      "optionally followed by 'per day', 'per week', 'per month' or 'per year')\n");
}

TEST(DimensionCatalogue, FactorMustBeAPositiveRational) {
  for (const char* bad : {"0", "-3", "abc", "1/0", "1e", "one"}) {
    EXPECT_EQ(
        Errors(fmt::format("units:\n  - {{id: x, dimension: length, factor: \"{}\"}}\n", bad)),
        fmt::format("units.yaml:2:40: factor '{}' of unit 'x' is not a positive rational "
                    "(\"1000\", \"0.001\", \"1/3600\", \"1e12\")\n",
                    bad))
        << bad;
  }
  for (const char* good : {"1852", "0.3048", "5/18", "1e12", "1e6/3600", "2.5e-3"}) {
    EXPECT_EQ(
        Errors(fmt::format("units:\n  - {{id: x, dimension: length, factor: \"{}\"}}\n", good)), "")
        << good;
  }
}

TEST(DimensionCatalogue, ADeclaredDimensionNeedsItsBaseUnit) {
  EXPECT_EQ(Errors("dimensions:\n  - {id: dose, base: Sv}\nunits:\n"
                   "  - {id: mSv, dimension: dose, factor: \"1/1000\"}\n"),
            "units.yaml:2:5: dimension 'dose' has no base unit 'Sv' (a unit of dimension 'dose' "
            "with factor 1)\n");
  EXPECT_EQ(Errors("dimensions:\n  - {id: dose, base: mSv}\nunits:\n"
                   "  - {id: mSv, dimension: dose, factor: \"1/1000\"}\n"),
            "units.yaml:2:5: base unit 'mSv' of dimension 'dose' has factor 0.001, not 1\n");
  EXPECT_EQ(Errors("dimensions:\n  - {id: money, base: EUR}\nunits: []\n"),
            "units.yaml:2:10: dimension 'money' is built in\n");
  EXPECT_EQ(Errors("dimensions:\n  - {id: dose}\nunits: []\n"), "units.yaml:2:5: missing 'base'\n");
}

TEST(DimensionCatalogue, BuiltInDimensionsKeepTheirRules) {
  EXPECT_EQ(Errors("units:\n  - {id: XAU, dimension: money, factor: \"2\"}\n"),
            "units.yaml:2:41: currency 'XAU' has no factor: amounts convert through the exchange "
            "rates of claims/reference.yaml\n");
  EXPECT_EQ(Errors("units:\n  - {id: dozen, dimension: count, factor: \"12\"}\n"),
            "units.yaml:2:43: unit 'dozen' of the built-in dimension 'count' has no factor (only "
            "units of a declared dimension convert)\n");
  EXPECT_EQ(Errors("units:\n  - {id: x, dimension: energy per year}\n"),
            "units.yaml:2:24: a unit is not a rate: give 'x' the dimension 'energy', and the "
            "value its period ('par an', 'a year')\n");
  EXPECT_EQ(Errors("units: []\n",
                   "properties:\n  - {id: rent, kind: quantity, dimension: money per month}\n"),
            "properties.yaml:2:43: property 'rent': money is not a rate here; make the property "
            "time-indexed and give each claim its period with 'when'\n");
}

TEST(DimensionCatalogue, ACorpusDimensionReplacesTheGeneralOneAndItsUnits) {
  Catalogue own;
  Diagnostics diags;
  io::LoadCatalogueText(io::CatalogueFile::kUnits, "units.yaml",
                        "dimensions:\n  - {id: energy, base: MWh}\nunits:\n"
                        "  - {id: MWh, dimension: energy, words: [MWh]}\n"
                        "  - {id: GWh, dimension: energy, factor: \"1000\", words: [GWh]}\n",
                        own, diags);
  Catalogue merged = io::MergeOverGeneral(io::General().catalogue, own);
  io::CheckCatalogue(merged, diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(merged.FindDimension("energy")->base_unit, "MWh");
  EXPECT_EQ(merged.FindUnit("GWh")->factor, 1000);
  EXPECT_EQ(merged.FindUnit("TWh"), nullptr);  // a general unit of the replaced dimension
  EXPECT_NE(merged.FindUnit("km"), nullptr);
}

}  // namespace
}  // namespace crosscheck
