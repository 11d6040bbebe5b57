#include "quantity_fact.h"

#include <algorithm>
#include <cmath>

#include "calendar.h"
#include "sentence.h"

namespace bench {
namespace {

FigureStyle StyleOf(const QuantityProperty& p, Currency c, Rng& rng) {
  FigureStyle s;
  s.dim = p.dim;
  s.base_exp = p.dim == Dim::kPercent || p.dim == Dim::kRatio ? -2 : 0;
  s.currency = c;
  if (!p.units.empty()) {
    const UnitWord& u = rng.Pick(p.units);
    s.unit_fr = u.fr;
    s.unit_en = u.en;
  }
  return s;
}

}  // namespace

Form DrawForm(Rng& rng) {
  static const Form kForms[] = {Form::kPlain,    Form::kEmphasis, Form::kAbout,
                                Form::kNearly,   Form::kMoreThan, Form::kAtLeast,
                                Form::kLessThan, Form::kUpTo,     Form::kRange};
  return kForms[rng.Weighted({0.35, 0.05, 0.15, 0.12, 0.10, 0.04, 0.05, 0.04, 0.10})];
}

Form DrawBoundedForm(Rng& rng) {
  static const Form kForms[] = {Form::kPlain, Form::kAbout, Form::kNearly, Form::kEmphasis};
  return kForms[rng.Weighted({0.5, 0.25, 0.15, 0.1})];
}

void Fact::Add(uint32_t a, int64_t truth, Form form, Currency c) {
  Rng& rng = corpus.rng();
  Lang lang = corpus.article(a).lang;
  for (int attempt = 0;; ++attempt) {
    FigureStyle style = StyleOf(p, c, rng);
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

// Money is apart only if it is apart in every currency crosscheck may compare it in: it picks
// the currency most claims on the property and year use, across all subjects.
bool Fact::Apart(const Meaning& a, const Meaning& b) const {
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

std::vector<size_t> Fact::AddOutlier(uint32_t a, int64_t truth, Currency c,
                                     double (*factor)(Rng&)) {
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

std::vector<std::string> Fact::Commit() {
  std::vector<std::string> ids;
  for (const auto& d : drafts) ids.push_back(corpus.Commit(d));
  return ids;
}

double FarOff(Rng& rng) { return rng.Chance(0.5) ? rng.Uniform(2.2, 4.0) : rng.Uniform(0.2, 0.42); }

int LatestYear(const Corpus& corpus, const std::vector<uint32_t>& articles) {
  return std::min(2024, CivilFromDay(corpus.EarliestPublication(articles)).year);
}

int LedgerYear(const Corpus& corpus, int latest, Rng& rng) {
  std::vector<int> years;
  for (int y : corpus.ledger().years()) {
    if (y <= latest) years.push_back(y);
  }
  return years.empty() ? corpus.ledger().years().front() : rng.Pick(years);
}

Currency DrawCurrency(Rng& rng) { return static_cast<Currency>(rng.Weighted({0.6, 0.25, 0.15})); }

double CurrencyFactor(Currency c) { return c == Currency::kCny ? 7 : 1; }

std::vector<std::string> PlantedIds(const std::vector<std::string>& ids,
                                    const std::vector<size_t>& apart, size_t outlier) {
  std::vector<std::string> out{ids[outlier]};
  for (size_t i : apart) out.push_back(ids[i]);
  return out;
}

}  // namespace bench
