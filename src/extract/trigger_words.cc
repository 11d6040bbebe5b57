#include "extract/trigger_words.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/scan.h"
#include "parse/cursor.h"
#include "parse/hedge_lexicon.h"
#include "parse/holiday_words.h"
#include "parse/number_parser.h"

namespace crosscheck::extract::detail {
namespace {

// Open addressing over a power-of-two array with FNV-1a: the lookup runs once per word of the
// article, and std::unordered_map's hash and modulo cost more than the rest of the word's scan.
class Table {
 public:
  Table() : slots_(kSize) {}

  uint8_t& operator[](std::string_view word) {
    Slot& s = Find(word);
    if (s.word.empty()) s.word = word;
    return s.flags;
  }
  uint8_t Lookup(std::string_view word) const {
    const Slot& s = const_cast<Table*>(this)->Find(word);
    return s.word.empty() ? 0 : s.flags;
  }

 private:
  static constexpr size_t kSize = 4096;  // well over twice the words below
  struct Slot {
    std::string_view word;
    uint8_t flags = 0;
  };
  Slot& Find(std::string_view word) {
    uint32_t h = 2166136261u;
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    for (size_t i = h & (kSize - 1);; i = (i + 1) & (kSize - 1)) {
      if (slots_[i].word.empty() || slots_[i].word == word) return slots_[i];
    }
  }
  std::vector<Slot> slots_;
};

void Add(Table* t, uint8_t flags, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) (*t)[w] |= flags;
}

// Each word of a phrase: runs of letters and digits, as FoldedText splits the article.
std::vector<std::string_view> WordsOf(std::string_view phrase) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && !parse::IsWordByte(phrase[i])) ++i;
    size_t begin = i;
    while (i < phrase.size() && parse::IsWordByte(phrase[i])) ++i;
    if (i > begin) out.push_back(phrase.substr(begin, i - begin));
  }
  return out;
}

// A hedge's first word opens, and the words after it continue. A hedge may also follow an
// intensity word ("just under", "well over"), so its first word continues too; an intensity's
// first word ("a", "un", "well") only opens.
void AddHedgePhrases(Table* t, uint8_t first_flags) {
  auto add = [&](std::string_view phrase, uint8_t first) {
    auto words = WordsOf(phrase);
    for (size_t k = 0; k < words.size(); ++k) (*t)[words[k]] |= k == 0 ? first : uint8_t{kSecond};
  };
  for (std::string_view phrase : parse::HedgePhrases()) add(phrase, first_flags | kSecond);
  for (std::string_view phrase : parse::IntensityPhrases()) add(phrase, first_flags);
}

// A holiday's name (parse/holiday_words.h) opens a date: a name of one word carries the date by
// itself ("easter", «toussaint»), the first word of a longer one waits for the rest ("good
// friday", «lundi de pentecôte», "mlk day"), whose words continue it. The last word stands for
// the value an opener must be near to be kept («fête du travail», «fête des pères» hold no
// figure, month or weekday that would): core, though it starts nothing by itself.
void AddHolidayPhrases(Table* t) {
  for (std::string_view phrase : parse::HolidayPhrases()) {
    auto words = WordsOf(phrase);
    for (size_t k = 0; k < words.size(); ++k) {
      uint8_t first = words.size() == 1 ? kCore | kDate : kDate | kNeedsNext;
      uint8_t rest = k + 1 == words.size() ? kSecond | kCore : kSecond;
      (*t)[words[k]] |= k == 0 ? first : rest;
    }
  }
}

// The first words of what the readers accept (the parse module's lexicons and the extract
// module's own). A word missing here is a phrase the extractor never tries: keep them in step.
Table BuildTable() {
  Table t;
  const uint8_t value = kCore | kQuantity | kSpan;
  Add(&t, value,
      {"zéro",     "zero",     "une",       "un",        "deux",     "trois",    "quatre",
       "cinq",     "six",      "sept",      "huit",      "neuf",     "dix",      "onze",
       "douze",    "treize",   "quatorze",  "quinze",    "seize",    "vingts",   "vingt",
       "trente",   "quarante", "cinquante", "soixante",  "septante", "huitante", "octante",
       "nonante",  "one",      "two",       "three",     "four",     "five",     "seven",
       "eight",    "nine",     "ten",       "eleven",    "twelve",   "thirteen", "fourteen",
       "fifteen",  "sixteen",  "seventeen", "eighteen",  "nineteen", "twenty",   "thirty",
       "forty",    "fifty",    "sixty",     "seventy",   "eighty",   "ninety",   "cent",
       "cents",    "hundred",  "mille",     "thousand",  "half",     "demi",     "demie",
       "moitié",   "tiers",    "quart",     "cinquième", "dixième",  "centième", "third",
       "quarter",  "fifth",    "tenth",     "nought",    "naught",   "dozen",    "dozens",
       "douzaine", "douzaines"});
  // Denominators of fractions in words ("a trillionth", "an eighth"): values for the look-ahead
  // of the article before them, never the start of a mention.
  Add(&t, kCore, {"halves",      "thirds",    "fourth",     "fourths",   "quarters",   "fifths",
                  "sixth",       "sixths",    "seventh",    "sevenths",  "eighth",     "eighths",
                  "ninth",       "ninths",    "tenths",     "twelfth",   "twelfths",   "twentieth",
                  "twentieths",  "thirtieth", "thirtieths", "hundredth", "hundredths", "thousandth",
                  "thousandths", "millionth", "millionths", "billionth", "billionths", "trillionth",
                  "trillionths"});
  // Hedges (parse/hedge_lexicon.cc) open numbers, amounts, durations and ages: their first
  // words open, the words after it continue ("un peu plus", "well over", "a little over").
  AddHedgePhrases(&t, kQuantity | kSpan | kNeedsNext);
  // Currency words before the figure, percent phrases before it, signs, "la moitié", "a half".
  Add(&t, kQuantity | kNeedsNext,
      {"dollars",  "dollar",      "us",          "usd",        "cad",         "c",
       "hk",       "u",           "mark",        "finnish",    "florins",     "dutch",
       "pesetas",  "turkish",     "mxn",         "nzd",        "euros",       "euro",
       "eur",      "yuans",       "yuan",        "renminbi",   "cny",         "rmb",
       "yens",     "yen",         "livres",      "livre",      "pounds",      "pound",
       "gbp",      "francs",      "swiss",       "chf",        "centimes",    "pence",
       "penny",    "roupies",     "rupees",      "australian", "canadian",    "percent",
       "per",      "pourcentage", "pourcent",    "minus",      "negative",    "la",
       "a",        "aud",         "an",          "moins",      "rs",          "bucks",
       "percents", "percentage",  "percentages", "pourcents",  "pourcentages"});
  // Any ISO 4217 code opens an amount ("MYR 42"); AcceptIsoCode takes it in capitals only.
  static const std::vector<std::string> kCodes = [] {
    std::vector<std::string> codes;
    for (const IsoCode& iso : IsoCurrencyCodes()) {
      std::string lower(iso.code);
      for (char& ch : lower) ch = static_cast<char>(ch - 'A' + 'a');
      codes.push_back(std::move(lower));
    }
    return codes;
  }();
  for (const std::string& code : kCodes) t[code] |= kQuantity | kNeedsNext;
  // The words of currency names and signs from ICU's data (currency_names.cc) open an amount
  // ("ringgit 42", "malaysia ringgit 42", "RM 42") and continue one ("a euro", "ten shekels"
  // after "a" or a figure).
  static const std::vector<std::string> kNames = CurrencyNameOpeners();
  static const std::vector<std::string> kCoreNames = CurrencyCoreWords();
  for (const std::string& word : kNames) t[word] |= kQuantity | kNeedsNext | kSecond;
  // "nil"; "point 77" (decimals without their zero).
  Add(&t, kCore | kQuantity, {"nil"});
  Add(&t, kQuantity | kNeedsNext, {"point"});
  // A currency's word counts one after the article ("a dollar", "a shekel"), as "pair" and
  // "couple" count two: values the article's look-ahead waits for.
  Add(&t, kSecond, {"euro", "euros", "yuan", "yen", "franc", "francs", "rupee", "rupees", "cent"});
  // So do the scales ("a million", "a billion and a half"; "an extra billion" is no figure):
  // these words are core, which the look-ahead accepts as it accepts a second word.
  for (std::string_view word : {"dollar", "euro", "franc", "rupee", "cent", "pair", "couple",
                                "million", "billion", "trillion", "lakh", "crore"}) {
    t[word] |= kCore;
  }
  for (const std::string& word : kCoreNames) t[word] |= kCore;
  // Months and weekdays (parse/calendar_words.cc) and relative days open dates.
  Add(&t, kCore | kDate,
      {"janvier",  "février",  "fevrier",   "mars",      "avril",    "mai",      "juin",
       "juillet",  "août",     "aout",      "septembre", "octobre",  "novembre", "décembre",
       "decembre", "january",  "february",  "march",     "april",    "may",      "june",
       "july",     "august",   "september", "october",   "november", "december", "jan",
       "feb",      "aug",      "oct",       "nov",       "dec",      "déc",      "janv",
       "févr",     "lundi",    "mardi",     "mercredi",  "jeudi",    "vendredi", "samedi",
       "dimanche", "monday",   "tuesday",   "wednesday", "thursday", "friday",   "saturday",
       "sunday",   "hier",     "aujourd",   "yesterday", "today",    "mois",     "sept",
       "demain",   "tomorrow", "mar",       "apr",       "jun",      "jul",      "sep",
       "avr",      "juil",     "fevr",      "fév",       "fev"});
  // Seasons and weekends: values an opener waits for ("this summer", «cet été», "next spring").
  Add(&t, kCore | kDate,
      {"spring", "summer", "autumn", "fall", "winter", "printemps", "été", "automne", "hiver",
       "weekend"});
  // Holidays on a fixed day carry their date by themselves ("at christmas", «à Noël»), as a
  // month does; as openers they also wait for what follows ("christmas eve", "new year's day").
  Add(&t, kCore | kDate, {"christmas", "xmas", "noël", "noel", "halloween"});
  AddHolidayPhrases(&t);
  // Bounds that take their date in ("on or before", "later than or at", "no later than",
  // «à partir du», «au plus tard»): their first words open, "or" and the words after continue.
  Add(&t, kDate | kNeedsNext, {"on", "at", "no", "not", "à", "a", "au"});
  Add(&t, kSecond, {"or", "later", "earlier", "partir", "compter", "plus"});
  // Decades of age; "an" opens "an hour" and is a unit.
  Add(&t, kCore | kSpan,
      {"vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "forties",
       "thirties", "fifties", "an"});
  // Time units: values for the look-ahead, never the start of a mention.
  Add(&t, kCore,
      {"années",    "annees",    "année",   "annee",     "ans",      "years",   "year",
       "yrs",       "yr",        "months",  "month",     "semaines", "semaine", "weeks",
       "week",      "journées",  "journée", "journee",   "jours",    "jour",    "days",
       "day",       "heures",    "heure",   "hours",     "hour",     "hrs",     "hr",
       "minutes",   "minute",    "mins",    "min",       "secondes", "seconde", "seconds",
       "second",    "secs",      "sec",     "décennies", "décennie", "decades", "decade",
       "fortnight", "quinzaine", "wks",     "wk"});
  // Quarters and halves of a year as units ("3 quarters", «trois trimestres», "two semesters")
  // and as periods near publication ("this qtr", «ce trimestre», «le trimestre prochain»).
  Add(&t, kCore, {"trimestre", "trimestres", "semestres", "semester", "semesters", "qtr", "qtrs"});
  // «le dernier trimestre», «au dernier trimestre 2023»: opens, and continues "le".
  Add(&t, kDate | kNeedsNext | kSecond, {"dernier"});
  // Openers of durations and ages ("toute la semaine", "quelques jours", "âgé de", "in his
  // forties") and of dates ("la semaine dernière", "il y a", "fin 2022", "entre ... et").
  Add(&t, kSpan | kNeedsNext,
      {"toute",    "tout",     "all",  "full",      "whole", "another", "a",
       "quelques", "quelqués", "quel", "plusieurs", "few",   "several", "couple",
       "la",       "âgé",      "âgée", "âgés",      "aged",  "age",     "in"});
  Add(&t, kDate | kNeedsNext,
      {"avant",   "la",           "le",        "l",         "last",      "cette",     "ce",
       "this",    "il",           "début",     "mi",        "fin",       "early",     "mid",
       "late",    "end",          "beginning", "depuis",    "since",     "before",    "d",
       "by",      "après",        "after",     "entre",     "between",   "from",      "de",
       "next",    "previous",     "the",       "apres",     "les",       "year",      "années",
       "annees",  "past",         "within",    "upcoming",  "coming",    "over",      "month",
       "mon",     "tue",          "tues",      "wed",       "thu",       "thur",      "thurs",
       "fri",     "sat",          "sun",       "q1",        "q2",        "q3",        "q4",
       "first",   "third",        "fourth",    "premier",   "deuxième",  "troisième", "quatrième",
       "spring",  "summer",       "autumn",    "winter",    "printemps", "été",       "automne",
       "hiver",   "following",    "tmrw",      "earlier",   "later",     "prior",     "until",
       "till",    "prochain",     "prochaine", "current",   "christmas", "xmas",      "noël",
       "noel",    "réveillon",    "reveillon", "veille",    "jour",      "new",       "nouvel",
       "yuandan", "independence", "halloween", "valentine", "fête",      "start",     "middle",
       "courant", "debut",        "lun",       "mer",       "jeu",       "ven",       "sam",
       "dim",     "h1",           "h2",        "rest",      "remainder", "reste",     "second",
       "dans",    "cet",          "du"});
  // "the noughties": a decade in a word (the others end a year in words, whose numbers open it).
  Add(&t, kCore | kDate, {"noughties"});
  // "down 20% YTD", "so far this year": the current year (month) up to publication.
  Add(&t, kCore | kDate, {"ytd", "mtd"});
  Add(&t, kDate | kNeedsNext, {"so"});
  Add(&t, kSecond, {"far"});
  // «la première quinzaine d'avril», "the latter half of May": the rank of a half of a month,
  // an opener of its own and the second word of «la», "the" (the month, its value, may stand
  // beyond an opener's reach from «la»).
  Add(&t, kDate | kNeedsNext | kSecond,
      {"première", "premiere", "seconde", "deuxième", "deuxieme", "dernière", "derniere",
       "latter"});
  // What follows an opener before the value: "à peine", "il y a", "plus de", "d'ici", "up to".
  Add(&t, kSecond,
      {"peine",       "seulement", "loin",    "alentours", "ici",       "y",          "moins",
       "plus",        "minimum",   "maximum", "cours",     "delà",      "de",         "d",
       "des",         "du",        "les",     "la",        "le",        "l",          "à",
       "to",          "than",      "many",    "much",      "excess",    "least",      "most",
       "fewer",       "less",      "of",      "his",       "her",       "s",          "few",
       "couple",      "age",       "âge",     "hier",      "cent",      "finlandais", "hollandais",
       "sterling",    "suisses",   "lira",    "markka",    "guilders",  "américains", "canadiens",
       "australiens", "dollars",   "dollar",  "cad",       "c",         "hk",         "nzd",
       "mxn",         "usd",       "late",    "early",     "mid",       "end",        "beginning",
       "début",       "fin",       "mi",      "business",  "ques",      "last",       "this",
       "the",         "next",      "past",    "upcoming",  "coming",    "quarter",    "trimestre",
       "first",       "second",    "third",   "fourth",    "spring",    "summer",     "autumn",
       "winter",      "été",       "automne", "hiver",     "printemps", "semestre",   "half"});
  return t;
}

}  // namespace

uint8_t TriggerFlags(std::string_view word) {
  if (word.empty()) return 0;
  if (parse::IsAsciiDigit(word[0])) return kCore | kQuantity | kDate | kSpan;
  static const Table table = BuildTable();
  if (uint8_t flags = table.Lookup(word)) return flags;
  // Most words of an article get here: each rule below first looks at one byte that rules the
  // word out.
  // "quadragénaire", "trentenaire": ages by decade.
  if (word.back() == 'e' && (word.ends_with("génaire") || word.ends_with("tenaire"))) {
    return kCore | kSpan;
  }
  if (static_cast<unsigned char>(word[0]) >= 0x80) {
    // "½", "¾": vulgar fractions (U+00BC..U+00BE, U+2150..U+215E).
    if (parse::VulgarFractionLength(word) > 0) return kCore | kQuantity;
    // "€100", "£5", "¥3": a currency sign glued to its figure.
    if (word.starts_with("€") || word.starts_with("£") || word.starts_with("¥") ||
        word.starts_with("₿")) {
      return kCore | kQuantity;
    }
  }
  // "XIXe", "xviiième": a century in Roman numerals (the date reader wants "siècle" after it).
  if (word.find_first_not_of("ivxl") > 0 &&
      word.find_first_not_of("ivxl") != std::string_view::npos) {
    std::string_view suffix = word.substr(word.find_first_not_of("ivxl"));
    if (suffix == "e" || suffix == "eme" || suffix == "ème") return kCore | kDate;
  }
  // "april22", "january12,2016": a month's name glued to its day; "usd115", "myr42", "rm42":
  // an ISO code or a currency's sign glued to its figure.
  if (size_t digit = word.find_first_of("0123456789");
      digit != std::string_view::npos && digit >= 2) {
    uint8_t prefix = table.Lookup(word.substr(0, digit));
    if (digit >= 3 && (prefix & kDate)) return kCore | kDate;
    if (digit <= 4 && (prefix & kQuantity)) return kCore | kQuantity;
  }
  return 0;
}

}  // namespace crosscheck::extract::detail
