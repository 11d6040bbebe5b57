// Facts about dates: absolute dates at every grain, and events that some articles date relative
// to their own publication ("hier", "last Monday").

#include <fmt/format.h>

#include <algorithm>

#include "calendar.h"
#include "sentence.h"
#include "shapes.h"

namespace bench {
namespace {

struct DateProperty {
  const char* id;
  EntityKind kind;
  int first_year;
  const char *fr, *en;
};

const std::vector<DateProperty>& Properties() {
  static const std::vector<DateProperty> kAll = {
      {"founding_date", EntityKind::kCompany, 1995, "{S} a été fondée {V}", "{S} was founded {V}"},
      {"founding_date", EntityKind::kLab, 1995, "{S} a été fondé {V}", "{S} was founded {V}"},
      {"founding_date", EntityKind::kFund, 1995, "{S} a été fondé {V}", "{S} was founded {V}"},
      {"release_date", EntityKind::kModel, 2016, "{S} a été lancé {V}", "{S} was released {V}"},
      {"announcement_date", EntityKind::kProgramme, 2010, "{S} a été annoncé {V}",
       "{S} was announced {V}"},
      {"construction_date", EntityKind::kCluster, 2012, "{S} a été construit {V}",
       "{S} was built {V}"},
      {"departure_date", EntityKind::kPerson, 2005, "{S} a quitté son poste {V}",
       "{S} left the company {V}"},
  };
  return kAll;
}

const DateProperty kEventDate{"event_date", EntityKind::kEvent, 2019, "{S} a eu lieu {V}",
                              "{S} took place {V}"};

const int kLastDay = DayFromCivil(2025, 6, 30);

Grain DrawGrain(Rng& rng) {
  static const Grain kGrains[] = {Grain::kDay,     Grain::kIsoDay,      Grain::kMonth,
                                  Grain::kYear,    Grain::kPartOfMonth, Grain::kPartOfYear,
                                  Grain::kTwoYears};
  return kGrains[rng.Weighted({0.2, 0.05, 0.25, 0.25, 0.1, 0.08, 0.07})];
}

struct DayRange {
  int first, last;
};

bool Disjoint(const DayRange& a, const DayRange& b) { return a.last < b.first || b.last < a.first; }

struct DateFact {
  Corpus& corpus;
  const DateProperty& p;
  size_t entity;
  std::vector<Draft> drafts;
  std::vector<DayRange> meanings;

  void Add(uint32_t a, const std::string& value, const std::string& phrase, DayRange meaning) {
    Rng& rng = corpus.rng();
    Lang lang = corpus.article(a).lang;
    Draft d{a, corpus.entities().SubjectField(entity, rng), p.id, value, "", ""};
    d.body = Fill(lang == Lang::kFr ? p.fr : p.en, corpus.entities().InSentence(entity, lang),
                  phrase, {}, corpus.entities().Feminine(entity));
    drafts.push_back(std::move(d));
    meanings.push_back(meaning);
  }

  void AddAbsolute(uint32_t a, int day, Grain grain) {
    DateText t = DateAt(day, grain, corpus.article(a).lang, corpus.rng().Chance(0.5));
    Add(a, t.value, t.phrase, {t.first, t.last});
  }

  std::vector<size_t> ApartFromLast() const {
    std::vector<size_t> out;
    for (size_t i = 0; i + 1 < meanings.size(); ++i) {
      if (Disjoint(meanings.back(), meanings[i])) out.push_back(i);
    }
    return out;
  }

  std::vector<std::string> Commit() {
    std::vector<std::string> ids;
    for (const auto& d : drafts) ids.push_back(corpus.Commit(d));
    return ids;
  }
};

std::vector<std::string> Pick(const std::vector<std::string>& ids, const std::vector<size_t>& at) {
  std::vector<std::string> out{ids.back()};
  for (size_t i : at) out.push_back(ids[i]);
  return out;
}

// The relative expressions that name `event` in an article published on `pub`, with the days
// each allows (docs/semantics.md, Dates).
struct RelativeText {
  std::string value;
  DayRange days;
};

std::vector<RelativeText> RelativeOptions(int event, int pub, Lang lang) {
  const bool fr = lang == Lang::kFr;
  std::vector<RelativeText> out;
  int d = pub - event;
  if (d < 1) return out;
  if (d == 1) out.push_back({fr ? "hier" : "yesterday", {event, event}});
  if (d >= 2 && d <= 9) {
    out.push_back(
        {fmt::format(fmt::runtime(fr ? "il y a {} jours" : "{} days ago"), d), {event, event}});
  }
  if (d <= 7) {
    std::string day = WeekdayName(WeekdayOf(event), lang);
    out.push_back({fr ? day + " dernier" : "last " + day, {event, event}});
  }
  int week_start = pub - WeekdayOf(pub);
  if (event >= week_start - 7 && event < week_start) {
    out.push_back({fr ? "la semaine dernière" : "last week", {week_start - 7, week_start - 1}});
  }
  Civil e = CivilFromDay(event), p = CivilFromDay(pub);
  if (e.year * 12 + e.month + 1 == p.year * 12 + p.month) {
    out.push_back({fr ? "le mois dernier" : "last month",
                   {DayFromCivil(e.year, e.month, 1),
                    DayFromCivil(e.year, e.month, DaysInMonth(e.year, e.month))}});
  }
  if (e.year + 1 == p.year) {
    out.push_back({fr ? "l'année dernière" : "last year",
                   {DayFromCivil(e.year, 1, 1), DayFromCivil(e.year, 12, 31)}});
  }
  return out;
}

int DrawDaysBefore(Rng& rng) {
  switch (rng.Weighted({0.3, 0.3, 0.25, 0.15})) {
    case 0:
      return 1;
    case 1:
      return rng.Between(2, 7);
    case 2:
      return rng.Between(8, 40);
    default:
      return rng.Between(41, 400);
  }
}

}  // namespace

bool AddDateFact(Corpus& corpus, size_t size, Role role) {
  Rng& rng = corpus.rng();
  auto articles = corpus.PickArticles(size, false);
  if (!articles) return false;
  const DateProperty& p = rng.Pick(Properties());
  DateFact f{corpus, p, corpus.entities().For(p.kind, {p.id}, rng), {}, {}};
  // Before any of the articles was published, so no article reports a date in its future.
  const int latest = std::min(kLastDay, corpus.EarliestPublication(*articles) - 1);
  const int earliest = std::min(DayFromCivil(p.first_year, 1, 1), latest - 3650);
  int day = rng.Between(earliest, latest);
  if (role == Role::kTrap) {
    // A day on the edge of a year or a month, where grains meet.
    Civil c = CivilFromDay(day);
    switch (rng.Below(3)) {
      case 0:
        day = DayFromCivil(c.year, 12, 31);
        break;
      case 1:
        day = DayFromCivil(c.year, 1, 1);
        break;
      default:
        day = DayFromCivil(c.year, c.month, DaysInMonth(c.year, c.month));
    }
    if (day > latest) day = DayFromCivil(c.year, 1, 1);
  }
  size_t plain = role == Role::kContradiction ? size - 1 : size;
  static const Grain kTrapGrains[] = {Grain::kYear,  Grain::kPartOfMonth, Grain::kTwoYears,
                                      Grain::kMonth, Grain::kPartOfYear,  Grain::kIsoDay};
  for (size_t i = 0; i < plain; ++i) {
    Grain g = role == Role::kTrap ? kTrapGrains[i % 6]
              : i == 0            ? (rng.Chance(0.5) ? Grain::kDay : Grain::kMonth)
                                  : DrawGrain(rng);
    f.AddAbsolute((*articles)[i], day, g);
  }
  std::vector<size_t> apart;
  if (role == Role::kContradiction) {
    // A year or a few months off: a typo in the year, or a confusion with another event.
    // Later only when that is still before the articles' publication.
    bool years = rng.Chance(0.6);
    int shift = years ? rng.Between(1, 2) : rng.Between(60, 150);
    int sign = rng.Chance(0.5) ? 1 : -1;
    auto shifted = [&](int s) { return years ? AddYears(day, s * shift) : day + s * shift; };
    if (shifted(sign) > latest) sign = -1;
    int other = shifted(sign);
    Grain g = years ? (rng.Chance(0.5) ? Grain::kYear : Grain::kDay)
                    : (rng.Chance(0.5) ? Grain::kMonth : Grain::kDay);
    f.AddAbsolute(articles->back(), other, g);
    apart = f.ApartFromLast();
    if (apart.empty()) return false;
  }
  auto ids = f.Commit();
  if (role == Role::kContradiction) {
    corpus.Contradiction(Pick(ids, apart), fmt::format("{}: a date that misses the others", p.id));
  } else if (role == Role::kTrap) {
    corpus.Trap(ids, fmt::format("{}: one day on a year or month edge at several grains", p.id));
  } else if (rng.Chance(0.02)) {
    corpus.AddReference(corpus.entities().at(f.entity).id, p.id, IsoDay(day));
  }
  return true;
}

bool AddRelativeDateFact(Corpus& corpus, size_t size, Role role) {
  Rng& rng = corpus.rng();
  size_t relatives = role == Role::kTrap || (size >= 4 && rng.Chance(0.4)) ? 2 : 1;
  size_t outliers = role == Role::kContradiction ? 1 : 0;
  if (size < relatives + outliers + 1) return false;
  auto first = corpus.PickArticles(1, true);
  if (!first) return false;
  std::vector<uint32_t> taken = *first;
  const int pub = corpus.article(taken[0]).published.first;
  int event = 0;
  std::vector<RelativeText> options;
  for (int attempt = 0; attempt < 40 && options.empty(); ++attempt) {
    event = pub - DrawDaysBefore(rng);
    options = RelativeOptions(event, pub, corpus.article(taken[0]).lang);
  }
  if (options.empty()) return false;
  std::vector<RelativeText> chosen{rng.Pick(options)};
  if (relatives == 2) {
    for (int attempt = 0; attempt < 10 && chosen.size() < 2; ++attempt) {
      auto second = corpus.PickExactBetween(event + 1, event + 60, taken);
      if (!second) break;
      auto more = RelativeOptions(event, corpus.article(*second).published.first,
                                  corpus.article(*second).lang);
      std::erase_if(more, [&](const RelativeText& t) { return t.value == chosen[0].value; });
      if (more.empty()) continue;
      chosen.push_back(rng.Pick(more));
      taken.push_back(*second);
    }
    if (chosen.size() < 2) {
      if (role == Role::kTrap) return false;
      relatives = 1;
    }
  }
  auto absolute = corpus.PickArticles(size - relatives - outliers, false, taken, event + 1);
  if (!absolute) return false;
  taken.insert(taken.end(), absolute->begin(), absolute->end());
  std::optional<uint32_t> odd;
  if (outliers) {
    odd = corpus.PickExactBetween(event + 4, event + 40, taken);
    if (!odd) return false;
  }

  size_t entity = corpus.entities().For(EntityKind::kEvent, {kEventDate.id}, rng);
  DateFact f{corpus, kEventDate, entity, {}, {}};
  // The absolute claims first, led by an exact day, then the relative ones.
  for (size_t i = 0; i < absolute->size(); ++i) {
    f.AddAbsolute((*absolute)[i], event, i == 0 ? Grain::kDay : DrawGrain(rng));
  }
  for (size_t i = 0; i < chosen.size(); ++i)
    f.Add(taken[i], chosen[i].value, chosen[i].value, chosen[i].days);
  std::vector<size_t> apart;
  if (odd) {
    // "Hier" or "il y a N jours" in an article published days after the event: a relative date
    // that names another day than the one the other articles give.
    const Article& a = corpus.article(*odd);
    int d = a.published.first - event;
    int n = d;
    while (n == d) n = rng.Between(1, 9);
    bool fr = a.lang == Lang::kFr;
    std::string value = n == 1
                            ? (fr ? "hier" : "yesterday")
                            : fmt::format(fmt::runtime(fr ? "il y a {} jours" : "{} days ago"), n);
    int named = a.published.first - n;
    f.Add(*odd, value, value, {named, named});
    apart = f.ApartFromLast();
    if (apart.empty()) return false;
  }
  auto ids = f.Commit();
  if (odd) {
    corpus.Contradiction(Pick(ids, apart),
                         "event_date: a relative date that names another day than the "
                         "absolute dates, given the article's publication day");
  } else if (role == Role::kTrap) {
    corpus.Trap(ids,
                "event_date: two different relative dates from articles published on "
                "different days, naming the same day");
  }
  return true;
}

}  // namespace bench
