#include <algorithm>

#include "encode/claim_time.h"
#include "encode/encoding.h"
#include "encode/money_claims.h"

namespace crosscheck::encode {
namespace {

// The candidate years of a corpus with no dated article: the news of the 2020s crosscheck
// checks; the choice only bounds year-less dates, and a wider span costs solving time.
constexpr std::pair<int, int> kUndatedCorpusYears = {2020, 2030};
// How far the candidate years reach beyond the publication years: the dates articles write
// without a year or relative to publication ("l'an dernier", "le mois dernier") look back
// further than forward.
constexpr int kYearsBeforePublication = 2;
constexpr int kYearsAfterPublication = 1;

// The calendar years the corpus's publication dates span, widened a little: year-less dates,
// unknown publication dates and "le mois dernier" choose among them.
std::pair<int, int> CandidateYears(const Corpus& corpus) {
  int lo = kLastYear, hi = 0;
  for (const auto& a : corpus.articles) {
    for (auto d : {a.published.from, a.published.to}) {
      if (!d) continue;
      int y, m, dd;
      CivilFromDay(*d, &y, &m, &dd);
      lo = std::min(lo, y);
      hi = std::max(hi, y);
    }
  }
  if (hi == 0) return kUndatedCorpusYears;
  return {lo - kYearsBeforePublication, hi + kYearsAfterPublication};
}

}  // namespace

CorpusFacts StudyCorpus(const Corpus& corpus) {
  CorpusFacts facts;
  facts.years = CandidateYears(corpus);
  facts.money_units = ChooseMoneyUnits(corpus, ClaimTime(facts.years, PrecisionMode::kDefault));
  return facts;
}

}  // namespace crosscheck::encode
