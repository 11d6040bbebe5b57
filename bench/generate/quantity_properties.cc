#include "quantity_properties.h"

#include <cmath>

namespace bench {

const std::vector<QuantityProperty>& QuantityProperties() {
  static const std::vector<QuantityProperty> kAll = {
      {"team_size",
       EntityKind::kCompany,
       Dim::kCount,
       true,
       15,
       8000,
       "{W}, {S} comptait {V}",
       "{W}, {S} had {V}",
       {{"employés", "employees"}, {"salariés", "staff"}, {"personnes", "people"}}},
      {"researcher_count",
       EntityKind::kLab,
       Dim::kCount,
       true,
       10,
       3000,
       "{W}, {S} employait {V}",
       "{W}, {S} employed {V}",
       {{"chercheurs", "researchers"}}},
      {"chip_count",
       EntityKind::kCluster,
       Dim::kCount,
       true,
       200,
       60000,
       "{W}, {S} rassemblait {V}",
       "{W}, {S} housed {V}",
       {{"puces", "GPUs"}, {"processeurs graphiques", "chips"}, {"cartes graphiques", "GPUs"}}},
      {"training_chip_count",
       EntityKind::kModel,
       Dim::kCount,
       false,
       256,
       40000,
       "{S} a été entraîné sur {V}",
       "{S} was trained on {V}",
       {{"puces", "GPUs"}, {"processeurs graphiques", "chips"}}},
      {"market_cap",
       EntityKind::kCompany,
       Dim::kMoney,
       true,
       50'000'000,
       800'000'000'000,
       "{W}, {S} valait {V} en bourse",
       "{W}, {S} was worth {V} on the stock market",
       {}},
      {"training_cost",
       EntityKind::kModel,
       Dim::kMoney,
       false,
       500'000,
       800'000'000,
       "{W}, l'entraînement de {S} a coûté {V}",
       "{W}, training {S} cost {V}",
       {}},
      {"budget",
       EntityKind::kProgramme,
       Dim::kMoney,
       false,
       1'000'000,
       20'000'000'000,
       "{W}, le budget de {S} atteignait {V}",
       "{W}, the budget of {S} reached {V}",
       {}},
      {"construction_cost",
       EntityKind::kCluster,
       Dim::kMoney,
       false,
       5'000'000,
       3'000'000'000,
       "{W}, la construction de {S} a coûté {V}",
       "{W}, building {S} cost {V}",
       {}},
      {"assets_under_management",
       EntityKind::kFund,
       Dim::kMoney,
       true,
       50'000'000,
       100'000'000'000,
       "{W}, {S} gérait {V} d'actifs",
       "{W}, {S} managed {V} in assets",
       {}},
      {"revenue_reinvested_share",
       EntityKind::kCompany,
       Dim::kPercent,
       true,
       200,
       6000,
       "{W}, {S} a réinvesti {V} de son chiffre d'affaires",
       "{W}, {S} reinvested {V} of its revenue",
       {}},
      {"operating_cost_share",
       EntityKind::kCompany,
       Dim::kPercent,
       false,
       500,
       9000,
       "les coûts d'exploitation de {S} représentent {V} de ceux de ses concurrents",
       "the operating costs of {S} are {V} of its rivals' costs",
       {}},
      {"price_ratio_vs_openai",
       EntityKind::kModel,
       Dim::kRatio,
       false,
       200,
       5000,
       "{S} coûte {V} moins cher que le modèle comparable d'OpenAI",
       "{S} is {V} cheaper than OpenAI's comparable model",
       {}},
  };
  return kAll;
}

const QuantityProperty& PickProperty(Rng& rng, bool (*fits)(const QuantityProperty&)) {
  std::vector<const QuantityProperty*> candidates;
  for (const auto& p : QuantityProperties()) {
    if (fits(p)) candidates.push_back(&p);
  }
  return *rng.Pick(candidates);
}

int64_t DrawValue(const QuantityProperty& p, double factor, Rng& rng) {
  const double lo = static_cast<double>(p.min) * factor, hi = static_cast<double>(p.max) * factor;
  for (;;) {
    double x = rng.Uniform(1.0, 10.0);
    double magnitude = 1;
    int top = 0;
    for (double m = 1; m * 10 <= hi; m *= 10) ++top;
    for (int i = rng.Between(0, top); i > 0; --i) magnitude *= 10;
    double v = std::floor(x * magnitude);
    if (v >= lo && v <= hi) return static_cast<int64_t>(v);
  }
}

}  // namespace bench
