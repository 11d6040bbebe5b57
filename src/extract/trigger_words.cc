#include "extract/trigger_words.h"

#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "parse/cursor.h"

namespace crosscheck::extract::detail {
namespace {

using Table = std::unordered_map<std::string_view, uint8_t>;

void Add(Table* t, uint8_t flags, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) (*t)[w] |= flags;
}

// The first words of what the readers accept (the parse module's lexicons and the extract
// module's own). A word missing here is a phrase the extractor never tries: keep them in step.
Table BuildTable() {
  Table t;
  const uint8_t value = kCore | kQuantity | kTime;
  Add(&t, value,
      {"zéro",      "zero",      "une",      "un",        "deux",     "trois",    "quatre",
       "cinq",      "six",       "sept",     "huit",      "neuf",     "dix",      "onze",
       "douze",     "treize",    "quatorze", "quinze",    "seize",    "vingts",   "vingt",
       "trente",    "quarante",  "cinquante", "soixante", "septante", "huitante", "octante",
       "nonante",   "one",       "two",      "three",     "four",     "five",     "seven",
       "eight",     "nine",      "ten",      "eleven",    "twelve",   "thirteen", "fourteen",
       "fifteen",   "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",   "thirty",
       "forty",     "fifty",     "sixty",    "seventy",   "eighty",   "ninety",   "cent",
       "cents",     "hundred",   "mille",    "thousand",  "half",     "demi",     "demie",
       "moitié",    "tiers",     "quart",    "cinquième", "dixième",  "centième", "third",
       "quarter",   "fifth",     "tenth"});
  // Hedges (parse/hedge_lexicon.cc) open numbers, amounts, durations and ages.
  Add(&t, kQuantity | kTime,
      {"aux",      "approximativement", "autour",     "environ",    "approximately", "roughly",
       "around",   "about",             "some",       "quelque",    "pas",           "près",
       "presque",  "quasiment",         "close",      "nearly",     "almost",        "au",
       "dépassé",  "dépassant",         "supérieur",  "supérieure", "plus",          "in",
       "more",     "exceeding",         "above",      "over",       "no",            "at",
       "inférieur", "inférieure",       "moins",      "fewer",      "less",          "under",
       "below",    "jusqu",             "as",         "up",         "pour",          "à",
       "seulement", "uniquement",       "merely",     "barely",     "only",          "just",
       "exactement", "précisément",     "exactly",    "precisely"});
  // Currency words before the figure, percent phrases before it, signs, "la moitié", "a half".
  Add(&t, kQuantity,
      {"dollars", "dollar", "us",        "usd",     "cad",        "c",       "hk",
       "u",       "mark",   "finnish",   "florins", "dutch",      "pesetas", "turkish",
       "mxn",     "nzd",    "euros",     "euro",    "eur",        "yuans",   "yuan",
       "renminbi", "cny",   "rmb",       "yens",    "yen",        "livres",  "livre",
       "pounds",  "pound",  "gbp",       "francs",  "swiss",      "chf",     "centimes",
       "pence",   "penny",  "roupies",   "rupees",  "australian", "canadian", "percent",
       "per",     "pourcentage", "pourcent", "minus", "negative",  "la",      "a"});
  // Months and weekdays (parse/calendar_words.cc), relative days, decades of age.
  Add(&t, kCore | kTime,
      {"janvier",   "février",   "fevrier",   "mars",     "avril",     "mai",       "juin",
       "juillet",   "août",      "aout",      "septembre", "octobre",  "novembre",  "décembre",
       "decembre",  "january",   "february",  "march",    "april",     "may",       "june",
       "july",      "august",    "september", "october",  "november",  "december",  "jan",
       "feb",       "aug",       "oct",       "nov",      "dec",       "déc",       "janv",
       "févr",      "lundi",     "mardi",     "mercredi", "jeudi",     "vendredi",  "samedi",
       "dimanche",  "monday",    "tuesday",   "wednesday", "thursday", "friday",    "saturday",
       "sunday",    "hier",      "aujourd",   "yesterday", "today",    "mois",      "vingtaine",
       "trentaine", "quarantaine", "cinquantaine", "soixantaine", "forties", "thirties",
       "fifties",   "an"});
  // Time units: values for the look-ahead, never the start of a mention.
  Add(&t, kCore,
      {"années",  "annees",   "année",     "annee",    "ans",      "years",    "year",
       "yrs",     "yr",       "months",    "month",    "semaines", "semaine",  "weeks",
       "week",    "journées", "journée",   "journee",  "jours",    "jour",     "days",
       "day",     "heures",   "heure",     "hours",    "hour",     "hrs",      "hr",
       "minutes", "minute",   "mins",      "min",      "secondes", "seconde",  "seconds",
       "second",  "secs",     "sec",       "décennies", "décennie", "decades", "decade",
       "fortnight", "quinzaine"});
  // Openers of durations ("toute la semaine", "quelques jours"), dates ("la semaine
  // dernière", "il y a", "fin 2022", "entre ... et") and ages ("âgé de", "in his forties").
  Add(&t, kTime,
      {"toute",    "tout",     "all",     "full",    "whole",  "another", "a",
       "quelques", "quelqués", "quel",    "plusieurs", "few",  "several", "couple",
       "avant",    "la",       "le",      "l",       "last",   "cette",   "ce",
       "this",     "il",       "début",   "mi",      "fin",    "early",   "mid",
       "late",     "end",      "beginning", "depuis", "since", "before",  "d",
       "by",       "après",    "after",   "entre",   "between", "from",   "de",
       "âgé",      "âgée",     "âgés",    "aged",    "age"});
  return t;
}

}  // namespace

uint8_t TriggerFlags(std::string_view word) {
  if (word.empty()) return 0;
  if (parse::IsAsciiDigit(word[0])) return kCore | kQuantity | kTime;
  static const Table table = BuildTable();
  if (auto it = table.find(word); it != table.end()) return it->second;
  // "quadragénaire", "trentenaire": ages by decade.
  if (word.ends_with("génaire") || word.ends_with("tenaire")) return kCore | kTime;
  // "€100", "£5", "¥3": a currency sign glued to its figure.
  if (word.starts_with("€") || word.starts_with("£") || word.starts_with("¥")) {
    return kCore | kQuantity;
  }
  return 0;
}

}  // namespace crosscheck::extract::detail
