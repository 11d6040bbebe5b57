#include "corpus.h"

#include <fmt/format.h>

#include <algorithm>

#include "calendar.h"

namespace bench {
namespace {

const char* const kOutletsFr[] = {"La Gazette du Numérique", "Le Courrier Tech",
                                  "L'Observateur des Puces", "Les Échos du Code",
                                  "Le Journal de l'IA"};
const char* const kOutletsEn[] = {"The Silicon Ledger", "Compute Weekly", "The AI Dispatch",
                                  "Chip Street Journal", "The Model Report"};
const char* const kAuthors[] = {"Camille Durand", "Alex Martin",    "Jing Zhao",  "Sam Taylor",
                                "Nadia Haddad",   "Pierre Lefèvre", "Emma Brown", "Kenji Sato"};
// Who a reported claim is attributed to, in each language.
struct Source {
  const char *fr, *en;
};
const Source kSources[] = {{"Reuters", "Reuters"},
                           {"Bloomberg", "Bloomberg"},
                           {"Xinhua", "Xinhua"},
                           {"Caixin", "Caixin"},
                           {"l'entreprise", "the company"},
                           {"un porte-parole", "a spokesperson"},
                           {"des analystes de Bernstein", "analysts at Bernstein"}};

}  // namespace

Corpus::Corpus(uint64_t seed, int64_t claims, int per_article, Ledger ledger)
    : rng_(seed), ledger_(std::move(ledger)), per_article_(per_article) {
  int64_t count = std::max<int64_t>(2, (claims + per_article - 1) / per_article);
  int width = std::max(4, static_cast<int>(std::to_string(count).size()));
  const int first = DayFromCivil(2019, 1, 1), last = DayFromCivil(2025, 6, 30);
  articles_.reserve(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) {
    Article a;
    a.id = fmt::format("art-{:0{}}", i, width);
    a.lang = rng_.Chance(0.6) ? Lang::kFr : Lang::kEn;
    a.outlet = a.lang == Lang::kFr ? kOutletsFr[rng_.Below(5)] : kOutletsEn[rng_.Below(5)];
    a.author = kAuthors[rng_.Below(std::size(kAuthors))];
    double r = rng_.Unit();
    if (r < 0.6) {
      int day = rng_.Between(first, last);
      a.published = {Publication::kExact, day, day};
    } else if (r < 0.8) {
      Civil c = CivilFromDay(rng_.Between(first, last));
      a.published = {Publication::kMonth, DayFromCivil(c.year, c.month, 1),
                     DayFromCivil(c.year, c.month, DaysInMonth(c.year, c.month))};
    }
    auto index = static_cast<uint32_t>(i);
    open_.push_back(index);
    if (a.published.kind == Publication::kExact) {
      open_exact_.push_back(index);
      exact_by_day_.emplace_back(a.published.first, index);
    }
    articles_.push_back(std::move(a));
  }
  std::sort(exact_by_day_.begin(), exact_by_day_.end());
  claims_.reserve(static_cast<size_t>(claims));
}

std::optional<std::vector<uint32_t>> Corpus::PickArticles(size_t n, bool exact,
                                                          const std::vector<uint32_t>& taken,
                                                          int not_before) {
  std::vector<uint32_t>& open = exact ? open_exact_ : open_;
  std::vector<uint32_t> out;
  int misses = 0;
  while (out.size() < n) {
    uint32_t pick;
    if (!open.empty() && misses < 60) {
      size_t slot = rng_.Below(open.size());
      pick = open[slot];
      if (articles_[pick].claims.size() >= static_cast<size_t>(per_article_)) {
        open[slot] = open.back();  // full: drop it from the open list
        open.pop_back();
        continue;
      }
    } else if (exact) {
      if (exact_by_day_.empty()) return std::nullopt;
      pick = exact_by_day_[rng_.Below(exact_by_day_.size())].second;
    } else {
      pick = static_cast<uint32_t>(rng_.Below(articles_.size()));
    }
    const Publication& published = articles_[pick].published;
    bool late_enough =
        misses >= 120 || published.kind == Publication::kUnknown || published.first >= not_before;
    if (!late_enough || std::find(out.begin(), out.end(), pick) != out.end() ||
        std::find(taken.begin(), taken.end(), pick) != taken.end()) {
      if (++misses > 400) return std::nullopt;
      continue;
    }
    out.push_back(pick);
  }
  return out;
}

int Corpus::EarliestPublication(const std::vector<uint32_t>& articles) const {
  int earliest = DayFromCivil(2025, 6, 30);
  for (uint32_t a : articles) {
    if (articles_[a].published.kind != Publication::kUnknown) {
      earliest = std::min(earliest, articles_[a].published.first);
    }
  }
  return earliest;
}

std::optional<uint32_t> Corpus::PickExactBetween(int first, int last,
                                                 const std::vector<uint32_t>& taken) {
  auto lo = std::lower_bound(exact_by_day_.begin(), exact_by_day_.end(),
                             std::make_pair(first, uint32_t{0}));
  auto hi = std::upper_bound(exact_by_day_.begin(), exact_by_day_.end(),
                             std::make_pair(last, UINT32_MAX));
  if (lo >= hi) return std::nullopt;
  for (int attempt = 0; attempt < 20; ++attempt) {
    uint32_t pick = (lo + static_cast<long>(rng_.Below(static_cast<uint64_t>(hi - lo))))->second;
    if (std::find(taken.begin(), taken.end(), pick) == taken.end()) return pick;
  }
  return std::nullopt;
}

std::string Corpus::Commit(const Draft& d) {
  Article& a = articles_[d.article];
  Claim c;
  c.article = d.article;
  c.id = fmt::format("{}-{:02}", a.id, a.claims.size() + 1);
  c.subject = d.subject;
  c.property = d.property;
  c.value = d.value;
  c.when = d.when;
  std::string body = d.body;
  if (rng_.Chance(0.1)) {
    const Source& s = kSources[rng_.Below(std::size(kSources))];
    c.source = a.lang == Lang::kFr ? s.fr : s.en;
    body = fmt::format(fmt::runtime(a.lang == Lang::kFr ? "selon {}, {}" : "according to {}, {}"),
                       c.source, body);
  }
  if (a.lang == Lang::kFr) {
    // Templates put "de" before names that may start with "le" ("le supercalculateur X").
    for (size_t at; (at = body.find(" de le ")) != std::string::npos;) body.replace(at, 7, " du ");
  }
  if (!body.empty() && body[0] >= 'a' && body[0] <= 'z') body[0] = static_cast<char>(body[0] - 32);
  c.quote = std::move(body);
  a.claims.push_back(static_cast<uint32_t>(claims_.size()));
  claims_.push_back(std::move(c));
  return claims_.back().id;
}

void Corpus::AddReference(const std::string& subject, const std::string& property,
                          const std::string& value) {
  Claim c;
  c.id = fmt::format("ref-{}-{}", subject, property);
  c.subject = subject;
  c.property = property;
  c.value = value;
  references_.push_back(std::move(c));
}

}  // namespace bench
