// Facts about figures: counts, money in one currency or several, shares, and time-indexed series.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "quantity_fact.h"
#include "shapes.h"

namespace bench {
namespace {

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
    corpus.Contradiction(PlantedIds(ids, apart, ids.size() - 1),
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
    corpus.Contradiction(PlantedIds(ids, apart, ids.size() - 1),
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
    if (!apart.empty()) outlier_ids = PlantedIds(committed, apart, committed.size() - 1);
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
