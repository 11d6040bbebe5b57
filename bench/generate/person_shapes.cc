// Ages and birth dates of one person: "40 ans" in an article of known date against "né en 1985".

#include <fmt/format.h>

#include <algorithm>

#include "calendar.h"
#include "sentence.h"
#include "shapes.h"

namespace bench {
namespace {

int AgeAt(int birth, int day) {
  Civil b = CivilFromDay(birth), d = CivilFromDay(day);
  bool before_birthday = d.month < b.month || (d.month == b.month && d.day < b.day);
  return d.year - b.year - (before_birthday ? 1 : 0);
}

bool IsLeapDay(int day) {
  Civil c = CivilFromDay(day);
  return c.month == 2 && c.day == 29;
}

// Birth days an age at `day` allows: D - (N+1) years < B <= D - N years.
struct DayRange {
  int first, last;
};

DayRange BirthDaysFor(int day, int youngest, int oldest) {
  return {AddYears(day, -(oldest + 1)) + 1, AddYears(day, -youngest)};
}

bool Disjoint(const DayRange& a, const DayRange& b) { return a.last < b.first || b.last < a.first; }

const char* DecadeWord(int age) {
  if (age >= 30 && age <= 39) return "trentenaire";
  if (age >= 40 && age <= 49) return "quadragénaire";
  if (age >= 50 && age <= 59) return "quinquagénaire";
  return nullptr;
}

struct AgeFact {
  Corpus& corpus;
  size_t person;
  int birth;
  std::vector<Draft> drafts;
  std::vector<DayRange> meanings;

  // An article published on a day where the age is not about to change (the checker's calendar
  // arithmetic and ours need not agree on a birthday's edge), or nothing.
  std::optional<uint32_t> AgeArticle(const std::vector<uint32_t>& taken) {
    for (int attempt = 0; attempt < 30; ++attempt) {
      auto pick = corpus.PickArticles(1, true, taken);
      if (!pick) return std::nullopt;
      int day = corpus.article((*pick)[0]).published.first;
      if (IsLeapDay(day) || AgeAt(birth, day - 1) != AgeAt(birth, day + 1)) continue;
      return (*pick)[0];
    }
    return std::nullopt;
  }

  void AddAge(uint32_t a, int age, bool allow_decade) {
    Rng& rng = corpus.rng();
    const Article& art = corpus.article(a);
    const int day = art.published.first;
    const Entities& people = corpus.entities();
    std::string subject = people.SubjectField(person, rng);
    const std::string& name = people.InSentence(person, art.lang);
    const char* decade = DecadeWord(age);
    if (art.lang == Lang::kFr && allow_decade && decade && rng.Chance(0.3)) {
      drafts.push_back({a, subject, "age", decade, "",
                        Fill("{S}, {V}, dirige désormais l'équipe", name, decade)});
      meanings.push_back(BirthDaysFor(day, age / 10 * 10, age / 10 * 10 + 9));
      return;
    }
    std::string value =
        fmt::format(fmt::runtime(art.lang == Lang::kFr ? "{} ans" : "{} years old"), age);
    std::string phrase =
        art.lang == Lang::kFr ? (people.Feminine(person) ? "âgée de " : "âgé de ") + value : value;
    drafts.push_back({a, subject, "age", value, "",
                      Fill(art.lang == Lang::kFr ? "{S}, {V}, dirige désormais l'équipe"
                                                 : "{S}, {V}, now leads the team",
                           name, phrase)});
    meanings.push_back(BirthDaysFor(day, age, age));
  }

  void AddBirth(uint32_t a, Grain grain) {
    Rng& rng = corpus.rng();
    Lang lang = corpus.article(a).lang;
    DateText t = DateAt(birth, grain, lang, false);
    drafts.push_back({a, corpus.entities().SubjectField(person, rng), "birth_date", t.value, "",
                      Fill(lang == Lang::kFr ? "{S} est né{E} {V}" : "{S} was born {V}",
                           corpus.entities().InSentence(person, lang), t.phrase, {},
                           corpus.entities().Feminine(person))});
    meanings.push_back({t.first, t.last});
  }
};

Grain DrawBirthGrain(Rng& rng) {
  static const Grain kGrains[] = {Grain::kYear, Grain::kMonth, Grain::kDay};
  return kGrains[rng.Weighted({0.5, 0.25, 0.25})];
}

}  // namespace

bool AddAgeFact(Corpus& corpus, size_t size, Role role) {
  Rng& rng = corpus.rng();
  size_t plain = role == Role::kContradiction ? size - 1 : size;
  if (plain < 2) return false;
  size_t ages =
      role == Role::kTrap
          ? 1
          : static_cast<size_t>(rng.Between(1, std::min<int>(3, static_cast<int>(plain) - 1)));
  std::vector<uint32_t> taken;
  int birth = 0;
  if (role == Role::kTrap) {
    // Born late in the year, quoted early in a year: the age is one less than the difference of
    // the years, which looks like a conflict with "né en <year>".
    for (int attempt = 0; attempt < 30 && taken.empty(); ++attempt) {
      auto pick = corpus.PickArticles(1, true);
      if (!pick) return false;
      Civil p = CivilFromDay(corpus.article((*pick)[0]).published.first);
      if (p.month > 10 || (p.month == 2 && p.day == 29)) continue;
      int month = rng.Between(p.month + 1, 12);
      int year = p.year - rng.Between(30, 60);
      birth = DayFromCivil(year, month, rng.Between(1, std::min(28, DaysInMonth(year, month))));
      taken = *pick;
    }
    if (taken.empty()) return false;
  } else {
    do {
      birth = rng.Between(DayFromCivil(1950, 1, 1), DayFromCivil(1995, 12, 31));
    } while (IsLeapDay(birth));
  }
  AgeFact f{corpus,
            corpus.entities().For(EntityKind::kPerson, {"age", "birth_date"}, rng),
            birth,
            {},
            {}};
  while (taken.size() < ages) {
    auto a = f.AgeArticle(taken);
    if (!a) return false;
    taken.push_back(*a);
  }
  auto births = corpus.PickArticles(plain - ages, false, taken);
  if (!births) return false;
  std::optional<uint32_t> odd;
  if (role == Role::kContradiction) {
    std::vector<uint32_t> all = taken;
    all.insert(all.end(), births->begin(), births->end());
    odd = f.AgeArticle(all);
    if (!odd) return false;
  }
  // Birth dates first (the first one at year grain in a trap), then the ages.
  for (size_t i = 0; i < births->size(); ++i) {
    f.AddBirth((*births)[i], role == Role::kTrap && i == 0 ? Grain::kYear : DrawBirthGrain(rng));
  }
  for (uint32_t a : taken) {
    f.AddAge(a, AgeAt(birth, corpus.article(a).published.first), role != Role::kTrap);
  }
  std::vector<size_t> apart;
  if (odd) {
    int age = AgeAt(birth, corpus.article(*odd).published.first);
    age += rng.Chance(0.5) ? rng.Between(3, 5) : -rng.Between(3, 5);
    f.AddAge(*odd, age, false);
    for (size_t i = 0; i + 1 < f.meanings.size(); ++i) {
      if (Disjoint(f.meanings.back(), f.meanings[i])) apart.push_back(i);
    }
    if (apart.empty()) return false;
  }
  std::vector<std::string> ids;
  for (const auto& d : f.drafts) ids.push_back(corpus.Commit(d));
  if (odd) {
    std::vector<std::string> planted{ids.back()};
    for (size_t i : apart) planted.push_back(ids[i]);
    corpus.Contradiction(planted,
                         "age: an age that the birth date and the article's "
                         "publication day rule out");
  } else if (role == Role::kTrap) {
    corpus.Trap(ids,
                "age: an age one less than the difference of the years, as the birthday "
                "comes later in the year");
  }
  return true;
}

}  // namespace bench
