// Facts about figures: counts, money in one currency or several, shares, and time-indexed series.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "calendar.h"
#include "figures.h"
#include "sentence.h"
#include "shapes.h"

namespace bench {
namespace {

struct UnitWord {
  const char *fr, *en;
};

struct QuantityProperty {
  const char* id;
  EntityKind kind;
  Dim dim;
  bool time_indexed;
  int64_t min, max;  // stored integers: currency units, people, hundredths of % or of a ratio
  const char *fr, *en;
  std::vector<UnitWord> units;
};

const std::vector<QuantityProperty>& Properties() {
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
  for (const auto& p : Properties()) {
    if (fits(p)) candidates.push_back(&p);
  }
  return *rng.Pick(candidates);
}

// A value between min and max, spread evenly over orders of magnitude.
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

Form DrawForm(Rng& rng) {
  static const Form kForms[] = {Form::kPlain,    Form::kEmphasis, Form::kAbout,
                                Form::kNearly,   Form::kMoreThan, Form::kAtLeast,
                                Form::kLessThan, Form::kUpTo,     Form::kRange};
  return kForms[rng.Weighted({0.35, 0.05, 0.15, 0.12, 0.10, 0.04, 0.05, 0.04, 0.10})];
}

// A form that pins the value down from both sides, so an outlier can be apart from it.
Form DrawBoundedForm(Rng& rng) {
  static const Form kForms[] = {Form::kPlain, Form::kAbout, Form::kNearly, Form::kEmphasis};
  return kForms[rng.Weighted({0.5, 0.25, 0.15, 0.1})];
}

// What a money claim means in each currency crosscheck may compare it in.
struct Meaning {
  Range range;
  Currency currency = Currency::kUsd;
};

struct Fact {
  Corpus& corpus;
  const QuantityProperty& p;
  size_t entity;
  std::string when;  // "" or a year
  int year = 0;
  std::vector<Draft> drafts;
  std::vector<Meaning> meanings;

  FigureStyle Style(Currency c, Lang lang, Rng& rng) const {
    FigureStyle s;
    s.dim = p.dim;
    s.base_exp = p.dim == Dim::kPercent || p.dim == Dim::kRatio ? -2 : 0;
    s.currency = c;
    if (!p.units.empty()) {
      const UnitWord& u = rng.Pick(p.units);
      s.unit_fr = u.fr;
      s.unit_en = u.en;
    }
    (void)lang;
    return s;
  }

  // Adds a claim of `truth` (in currency `c`) in `form` to article `a`; draws roundings until
  // one holds the value.
  void Add(uint32_t a, int64_t truth, Form form, Currency c) {
    Rng& rng = corpus.rng();
    Lang lang = corpus.article(a).lang;
    for (int attempt = 0;; ++attempt) {
      FigureStyle style = Style(c, lang, rng);
      // Forty draws of roundings; then the figure with all its digits, which always holds.
      auto text = attempt < 40 ? WriteQuantity(truth, form, style, lang, rng)
                               : WriteQuantity(truth, Form::kPlain, style, lang, rng, true);
      if (!text) continue;
      Draft d{a, corpus.entities().SubjectField(entity, rng), p.id, text->value, when, ""};
      d.body = Fill(lang == Lang::kFr ? p.fr : p.en, corpus.entities().InSentence(entity, lang),
                    text->value, year ? YearPhrase(year, lang) : "");
      drafts.push_back(std::move(d));
      meanings.push_back({text->range, c});
      return;
    }
  }

  bool Apart(const Meaning& a, const Meaning& b) const {
    if (p.dim != Dim::kMoney) return ApartWithMargin(a.range, b.range);
    for (int m = 0; m < kCurrencies; ++m) {
      auto to = static_cast<Currency>(m);
      if (!ApartWithMargin(corpus.ledger().Convert(a.range, a.currency, to, year),
                           corpus.ledger().Convert(b.range, b.currency, to, year))) {
        return false;
      }
    }
    return true;
  }

  // Replaces the last claim by one of `value` until it is apart from some earlier claim, and
  // returns the indices it is apart from (empty if no draw succeeded).
  std::vector<size_t> AddOutlier(uint32_t a, int64_t truth, Currency c, double (*factor)(Rng&)) {
    Rng& rng = corpus.rng();
    for (int attempt = 0; attempt < 50; ++attempt) {
      int64_t value = std::max<int64_t>(1, std::llround(static_cast<double>(truth) * factor(rng)));
      Add(a, value, DrawBoundedForm(rng), c);
      std::vector<size_t> apart;
      for (size_t i = 0; i + 1 < meanings.size(); ++i) {
        if (Apart(meanings.back(), meanings[i])) apart.push_back(i);
      }
      if (!apart.empty()) return apart;
      drafts.pop_back();
      meanings.pop_back();
    }
    return {};
  }

  std::vector<std::string> Commit() {
    std::vector<std::string> ids;
    for (const auto& d : drafts) ids.push_back(corpus.Commit(d));
    return ids;
  }
};

double FarOff(Rng& rng) { return rng.Chance(0.5) ? rng.Uniform(2.2, 4.0) : rng.Uniform(0.2, 0.42); }

// The latest year a figure can be about when these articles report it: the year the earliest of
// them was published (2024 at most).
int LatestYear(const Corpus& corpus, const std::vector<uint32_t>& articles) {
  return std::min(2024, CivilFromDay(corpus.EarliestPublication(articles)).year);
}

// A ledger year no later than `latest` (the ledger's first when it has none that early).
int LedgerYear(const Corpus& corpus, int latest, Rng& rng) {
  std::vector<int> years;
  for (int y : corpus.ledger().years()) {
    if (y <= latest) years.push_back(y);
  }
  return years.empty() ? corpus.ledger().years().front() : rng.Pick(years);
}

Currency DrawCurrency(Rng& rng) { return static_cast<Currency>(rng.Weighted({0.6, 0.25, 0.15})); }

double CurrencyFactor(Currency c) { return c == Currency::kCny ? 7 : 1; }

std::vector<std::string> Pick(const std::vector<std::string>& ids, const std::vector<size_t>& at,
                              size_t outlier) {
  std::vector<std::string> out{ids[outlier]};
  for (size_t i : at) out.push_back(ids[i]);
  return out;
}

// Count, money in one currency, share: one value, several claims, maybe an outlier.
bool AddSingleValueFact(Corpus& corpus, size_t size, Role role,
                        bool (*fits)(const QuantityProperty&), const char* shape) {
  Rng& rng = corpus.rng();
  auto articles = corpus.PickArticles(size, false);
  if (!articles) return false;
  const QuantityProperty& p = PickProperty(rng, fits);
  Fact f{corpus, p, corpus.entities().For(p.kind, {p.id}, rng), "", 0, {}, {}};
  if (p.dim == Dim::kMoney) {
    f.year = LedgerYear(corpus, LatestYear(corpus, *articles), rng);
  } else if (p.time_indexed) {
    int latest = LatestYear(corpus, *articles);
    f.year = rng.Between(latest - 6, latest);
  }
  if (f.year) f.when = std::to_string(f.year);
  Currency c = p.dim == Dim::kMoney ? DrawCurrency(rng) : Currency::kUsd;
  int64_t truth = DrawValue(p, CurrencyFactor(c), rng);
  size_t plain = role == Role::kContradiction ? size - 1 : size;
  static const Form kTrapForms[] = {Form::kNearly, Form::kPlain, Form::kMoreThan, Form::kAbout};
  for (size_t i = 0; i < plain; ++i) {
    Form form = role == Role::kTrap ? kTrapForms[i % 4]
                : i == 0            ? DrawBoundedForm(rng)
                                    : DrawForm(rng);
    f.Add((*articles)[i], truth, form, c);
  }
  std::vector<size_t> apart;
  if (role == Role::kContradiction) {
    apart = f.AddOutlier(articles->back(), truth, c, FarOff);
    if (apart.empty()) return false;
  }
  auto ids = f.Commit();
  if (role == Role::kContradiction) {
    corpus.Contradiction(Pick(ids, apart, ids.size() - 1),
                         fmt::format("{}: a figure far from the others ({})", p.id, shape));
  } else if (role == Role::kTrap) {
    corpus.Trap(ids, fmt::format("{}: 'nearly', exact, 'more than' and 'about' figures that "
                                 "all hold for one value ({})",
                                 p.id, shape));
  }
  return true;
}

}  // namespace

bool AddCountFact(Corpus& corpus, size_t size, Role role) {
  return AddSingleValueFact(
      corpus, size, role, [](const QuantityProperty& p) { return p.dim == Dim::kCount; }, "count");
}

bool AddMoneyFact(Corpus& corpus, size_t size, Role role) {
  return AddSingleValueFact(
      corpus, size, role, [](const QuantityProperty& p) { return p.dim == Dim::kMoney; }, "money");
}

bool AddShareFact(Corpus& corpus, size_t size, Role role) {
  return AddSingleValueFact(
      corpus, size, role,
      [](const QuantityProperty& p) { return p.dim == Dim::kPercent || p.dim == Dim::kRatio; },
      "share");
}

// Amounts in dollars, euros and yuans for one fact and one year: true rates are drawn inside the
// ledger's intervals, so every claim's amount converts to the same dollar figure.
bool AddCurrenciesFact(Corpus& corpus, size_t size, Role role) {
  Rng& rng = corpus.rng();
  auto articles = corpus.PickArticles(size, false);
  if (!articles) return false;
  const QuantityProperty& p =
      PickProperty(rng, [](const QuantityProperty& q) { return q.dim == Dim::kMoney; });
  Fact f{corpus, p, corpus.entities().For(p.kind, {p.id}, rng), "", 0, {}, {}};
  f.year = LedgerYear(corpus, LatestYear(corpus, *articles), rng);
  f.when = std::to_string(f.year);
  const Ledger& ledger = corpus.ledger();
  double rate[kCurrencies] = {1, 0, 0};
  for (int c = 1; c < kCurrencies; ++c) {
    double lo = ledger.Low(static_cast<Currency>(c), f.year);
    double hi = ledger.High(static_cast<Currency>(c), f.year);
    double w = hi - lo;
    // A trap puts the yuan's rate near an edge of the ledger's interval: the figures look apart
    // at a typical rate and still agree.
    if (role == Role::kTrap && c == 2) {
      rate[c] = rng.Chance(0.5) ? lo + 0.03 * w : hi - 0.03 * w;
    } else {
      rate[c] = rng.Uniform(lo + 0.1 * w, hi - 0.1 * w);
    }
  }
  int64_t usd = DrawValue(p, 1, rng);
  auto native = [&](Currency c) {
    return std::llround(static_cast<double>(usd) / rate[static_cast<int>(c)]);
  };
  size_t plain = role == Role::kContradiction ? size - 1 : size;
  for (size_t i = 0; i < plain; ++i) {
    Currency c = i == 0 ? Currency::kUsd
                 : i == 1
                     ? (role == Role::kTrap || rng.Chance(0.5) ? Currency::kCny : Currency::kEur)
                     : DrawCurrency(rng);
    Form form = i < 2 && role == Role::kTrap ? Form::kPlain
                : i == 0                     ? DrawBoundedForm(rng)
                                             : DrawForm(rng);
    f.Add((*articles)[i], native(c), form, c);
  }
  std::vector<size_t> apart;
  if (role == Role::kContradiction) {
    // The commonest slip: the dollar figure printed with the yuan (or the other way round).
    bool to_yuan = rng.Chance(0.5);
    Currency c = to_yuan ? Currency::kCny : Currency::kUsd;
    int64_t value = to_yuan ? usd : native(Currency::kCny);
    apart = f.AddOutlier(articles->back(), value, c, [](Rng& r) { return r.Uniform(0.97, 1.03); });
    if (apart.empty()) return false;
  }
  auto ids = f.Commit();
  if (role == Role::kContradiction) {
    corpus.Contradiction(Pick(ids, apart, ids.size() - 1),
                         fmt::format("{}: a dollar figure given in yuans (or the reverse), which "
                                     "no {} ledger rate reconciles",
                                     p.id, f.year));
  } else if (role == Role::kTrap) {
    corpus.Trap(ids, fmt::format("{}: dollar and yuan figures that agree only near the edge of "
                                 "the {} ledger rate interval",
                                 p.id, f.year));
  }
  return true;
}

// A time-indexed figure in two to four years: different values, one variable per year, no
// conflict. A contradiction adds an outlier to one year.
bool AddSeriesFact(Corpus& corpus, size_t size, Role role) {
  Rng& rng = corpus.rng();
  if (size < (role == Role::kContradiction ? 3u : 2u)) return false;
  auto articles = corpus.PickArticles(size, false);
  if (!articles) return false;
  const QuantityProperty& p = PickProperty(
      rng, [](const QuantityProperty& q) { return q.time_indexed && q.dim != Dim::kMoney; });
  size_t entity = corpus.entities().For(p.kind, {p.id}, rng);
  size_t plain = role == Role::kContradiction ? size - 1 : size;
  size_t years = std::min<size_t>(plain, static_cast<size_t>(rng.Between(2, 4)));
  const int span = 2 * static_cast<int>(years - 1);
  const int latest = LatestYear(corpus, *articles);
  int year = rng.Between(latest - span - 6, latest - span);
  int64_t value = DrawValue(p, 0.3, rng);
  std::vector<std::string> ids, outlier_ids;
  for (size_t y = 0; y < years; ++y) {
    Fact f{corpus, p, entity, std::to_string(year), year, {}, {}};
    // Claims go to years in turn; the outlier, if any, joins the first year.
    for (size_t i = y; i < plain; i += years)
      f.Add((*articles)[i], value, DrawBoundedForm(rng), {});
    std::vector<size_t> apart;
    if (y == 0 && role == Role::kContradiction) {
      apart = f.AddOutlier(articles->back(), value, {}, FarOff);
      if (apart.empty()) return false;
    }
    auto committed = f.Commit();
    if (!apart.empty()) outlier_ids = Pick(committed, apart, committed.size() - 1);
    ids.insert(ids.end(), committed.begin(), committed.end());
    year += rng.Between(1, 2);
    value = std::min<int64_t>(
        static_cast<int64_t>(static_cast<double>(value) * rng.Uniform(1.4, 2.2)), p.max * 4);
  }
  if (role == Role::kContradiction) {
    corpus.Contradiction(outlier_ids, fmt::format("{}: a figure far from the others in the same "
                                                  "year of a series",
                                                  p.id));
  } else if (role == Role::kTrap) {
    corpus.Trap(ids, fmt::format("{}: different figures in different years (time-indexed)", p.id));
  }
  return true;
}

}  // namespace bench
