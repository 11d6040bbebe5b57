#include <fmt/format.h>

#include <string_view>

#include "extract/scan.h"
#include "extract/trigger_words.h"
#include "parse/calendar_words.h"
#include "parse/date_parser.h"
#include "parse/day_words.h"
#include "parse/hedge_lexicon.h"
#include "parse/holiday_words.h"

namespace crosscheck::extract::detail {
namespace {

// Words before a figure that make "29 ans" an age rather than a duration: a French verb of
// having or being ("elle avait cinq ans"), possibly with an adverb between ("j'ai seulement 29
// ans"; English "was 10 months" is a delay as often as an age), an age's noun ("à l'âge de 6
// semaines") or a comparison of ages ("plus jeunes que trois mois", "older than 40 years").
bool AgeContext(const FoldedText& t, size_t p) {
  std::string before = t.TokensBefore(p, 3);
  auto last_word = [&before]() -> std::string_view {
    size_t space = before.rfind(' ');
    return std::string_view(before).substr(space == std::string::npos ? 0 : space + 1);
  };
  for (std::string_view adverb : {"seulement", "déjà", "bientôt", "maintenant", "only", "just",
                                  "already", "barely", "now", "soon"}) {
    if (last_word() == adverb) {
      size_t space = before.rfind(' ');
      before.resize(space == std::string::npos ? 0 : space);
      break;
    }
  }
  for (std::string_view w : {"a", "avait", "ai", "j'ai", "as", "ont", "avaient", "aura", "aurait",
                             "est", "était", "suis", "sont", "étaient", "sera", "âgé", "âgée"}) {
    if (last_word() == w) return true;
  }
  for (std::string_view w : {"l'âge de", "âge de", "âgé de", "âgée de", "âgés de", "at age",
                             "age of", "jeune que", "jeunes que", "âgé que", "âgée que", "âgés que",
                             "âgées que", "younger than", "older than"}) {
    if (before.ends_with(w) &&
        (before.size() == w.size() || before[before.size() - w.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

// Words that make a date both after "the" and where a date can open: holidays, seasons,
// ordinals of quarters, bounds ("until", "earlier than"), "current", "prochaine".
constexpr std::string_view kDateWords[] = {"day after tomorrow",
                                           "day before yesterday",
                                           "year",
                                           "month of",
                                           "end of",
                                           "beginning of",
                                           "start of",
                                           "middle of",
                                           "rest of",
                                           "remainder of",
                                           "christmas",
                                           "xmas",
                                           "noël",
                                           "noel",
                                           "réveillon",
                                           "reveillon",
                                           "veille de",
                                           "jour de",
                                           "new year",
                                           "nouvel an",
                                           "yuandan",
                                           "independence day",
                                           "halloween",
                                           "valentine's day",
                                           "may day",
                                           "fête du travail",
                                           "prochain mois",
                                           "prochaine",
                                           "current",
                                           "earlier than",
                                           "later than",
                                           "prior to",
                                           "until",
                                           "till",
                                           "first",
                                           "second",
                                           "third",
                                           "fourth",
                                           "spring",
                                           "summer",
                                           "autumn",
                                           "winter"};

// "twenty second of june", «vingt et un juin»: a day in words opens a date only before its
// month, since the words alone count or rank anything.
bool DayWordsBeforeMonth(parse::Cursor& c, parse::Language lang) {
  if (!parse::AcceptDayWords(c, lang)) return false;
  c.Accept("of");
  return parse::AcceptMonth(c).has_value();
}

// Words that can open a date: ParseDate is only tried where one stands, and never at "le",
// "en", "in" (the references leave those out of the span).
bool DateTrigger(const FoldedText& t, size_t p, parse::Language lang) {
  const std::string& s = t.text();
  if (parse::IsAsciiDigit(s[p])) return true;
  parse::Cursor c(s);
  c.set_pos(p);
  if (parse::AcceptMonth(c) || parse::AcceptWeekday(c)) return true;
  c.set_pos(p);
  if (parse::AcceptMonthGluedToDigits(c)) return true;  // "april22"
  c.set_pos(p);
  // "over the next 3 days": "over" only before a stretch from publication.
  if (c.Accept("over the")) {
    return !c.AcceptAny({"past", "last", "previous", "next", "coming", "upcoming"}).empty();
  }
  // "the 3rd of May", "the day after tomorrow": "the" only before what makes it a date.
  if (c.Accept("the")) {
    // "the 3rd of May", "the '70s".
    size_t after_the = c.pos();
    if (parse::IsAsciiDigit(c.Peek()) || c.Peek() == '\'' || !c.AcceptAny(kDateWords).empty()) {
      return true;
    }
    c.set_pos(after_the);
    // "the past 3 years", "the next two weeks": a stretch from publication; "the week of X".
    if (!c.AcceptAny({"past", "last", "previous", "next", "coming", "upcoming", "week of",
                      "week starting", "week commencing", "week beginning"})
             .empty()) {
      return true;
    }
    c.set_pos(after_the);
    if (lang == parse::Language::kEnglish && parse::EnglishDecadeInWords(c)) return true;
    c.set_pos(after_the);
    if (DayWordsBeforeMonth(c, lang)) return true;
    return !c.AcceptAny({"day after tmrw"}).empty();
  }
  // «du 13 au 15 juillet», «du lundi 1er au ...»: «du» opens a range only before a day; the word
  // is too common in French to send every one to the date reader.
  if (c.Accept("du")) {
    size_t day_at = c.pos();
    if (parse::IsAsciiDigit(c.Peek()) || parse::AcceptWeekday(c)) return true;
    c.set_pos(day_at);
    return parse::AcceptDayWords(c, lang).has_value();
  }
  c.set_pos(p);
  if (!c.AcceptAny(kDateWords).empty()) return true;
  c.set_pos(p);
  // "on or before", "no later than", «à partir du»: bounds that take their date in.
  if (!c.AcceptAny({"on or", "at or", "no later than", "no earlier than", "not later than",
                    "not earlier than", "à partir", "a partir", "à compter", "au plus tard"})
           .empty()) {
    return true;
  }
  c.set_pos(p);
  // "week of november 30th", "w/c feb 4", «semaine du 6 octobre».
  if (!c.AcceptAny({"week of", "week starting", "week commencing", "week beginning", "w/c",
                    "la semaine du", "semaine du"})
           .empty()) {
    return true;
  }
  c.set_pos(p);
  if (parse::AcceptHoliday(c)) return true;  // "Easter", «la Toussaint», "thanksgiving"
  c.set_pos(p);
  if (lang == parse::Language::kFrench) {
    // «dans 3 semaines», «dernières 3 semaines», «les 3 prochains jours», «au cours des deux
    // dernières années»: «les» and «ces» only before a figure in digits or in words.
    if (!c.AcceptAny({"dans", "derniers", "dernières", "dernieres", "derniere", "dernière",
                      "prochains", "prochaines"})
             .empty()) {
      return true;
    }
    // «le trimestre prochain», «le dernier trimestre»: a quarter near publication; «le dernier
    // jour de février»: a day by its rank.
    if (!c.AcceptAny({"le trimestre", "le prochain trimestre", "le dernier trimestre",
                      "dernier trimestre", "dernier jour"})
             .empty()) {
      return true;
    }
    if (!c.AcceptAny({"au cours des", "lors des", "durant les", "pendant les", "les", "ces"})
             .empty()) {
      c.SkipSpaces();
      if (parse::IsAsciiDigit(c.Peek())) return true;
      if (parse::AcceptDayWords(c, lang)) return true;  // «les trois», «ces deux»
    }
    c.set_pos(p);
  }
  if (DayWordsBeforeMonth(c, lang)) return true;
  c.set_pos(p);
  // "year to date", "YTD", "so far this year": the current period up to publication.
  if (!c.AcceptAny({"year to date", "year-to-date", "ytd", "month to date", "month-to-date", "mtd",
                    "so far this", "so far in the"})
           .empty()) {
    return true;
  }
  c.set_pos(p);
  // «la première quinzaine d'avril», "the second half of March": a half of a month.
  c.AcceptAny({"la", "the"});
  if (!c.AcceptAny({"première", "premiere", "1re", "seconde", "deuxième", "deuxieme", "2e",
                    "dernière", "derniere", "first", "second", "latter", "last"})
           .empty() &&
      !c.AcceptAny({"quinzaine", "half"}).empty()) {
    return true;
  }
  c.set_pos(p);
  // "mer. 24 juin": French weekdays cut short, read only before a day and its month.
  if (lang == parse::Language::kFrench &&
      !c.AcceptAny({"lun", "mar", "mer", "jeu", "ven", "sam", "dim"}).empty()) {
    return true;
  }
  c.set_pos(p);
  // "XIXe siècle": a century in Roman numerals.
  if (std::string_view("ivxl").find(s[p]) != std::string_view::npos) {
    size_t space = s.find(' ', p);
    if (space != std::string::npos && space - p <= 8) {
      std::string_view next = std::string_view(s).substr(space + 1);
      if (next.starts_with("siècle") || next.starts_with("siecle") || next.starts_with("century")) {
        return true;
      }
    }
  }
  return !c.AcceptAny({"hier",
                       "avant-hier",
                       "aujourd'hui",
                       "yesterday",
                       "today",
                       "la semaine",
                       "le mois",
                       "mois",
                       "l'année",
                       "l'an",
                       "last",
                       "cette",
                       "ce",
                       "cet",
                       "prochain",
                       "this",
                       "il y a",
                       "début",
                       "mi",
                       "fin",
                       "early",
                       "mid",
                       "late",
                       "end of",
                       "beginning of",
                       "depuis",
                       "since",
                       "avant",
                       "before",
                       "d'ici",
                       "by",
                       "après",
                       "after",
                       "entre",
                       "between",
                       "from",
                       "de",
                       "demain",
                       "après-demain",
                       "apres-demain",
                       "après demain",
                       "apres demain",
                       "avant hier",
                       "tomorrow",
                       "next",
                       "previous",
                       "semaine prochaine",
                       "les années",
                       "les annees",
                       "années",
                       "annees",
                       "past",
                       "following",
                       "coming",
                       "upcoming",
                       "tmrw",
                       "q1",
                       "q2",
                       "q3",
                       "q4",
                       "premier",
                       "deuxième",
                       "troisième",
                       "quatrième",
                       "printemps",
                       "le printemps",
                       "l'été",
                       "automne",
                       "l'automne",
                       "hiver",
                       "l'hiver",
                       "mon",
                       "tue",
                       "tues",
                       "wed",
                       "thu",
                       "thur",
                       "thurs",
                       "fri",
                       "sat",
                       "sun",
                       "start of",
                       "middle of",
                       "later",
                       "earlier",
                       "courant",
                       "debut",
                       "h1",
                       "h2",
                       "rest of",
                       "remainder of",
                       "reste de",
                       "reste du"})
              .empty();
}

std::string CalendarTimex(const CalendarDate& d) {
  if (!d.month && !d.day && d.weekday) return fmt::format("XXXX-WXX-{}", *d.weekday + 1);
  std::string out = d.year ? fmt::format("{:04}", *d.year) : "XXXX";
  if (d.month || d.day) out += d.month ? fmt::format("-{:02}", *d.month) : "-XX";
  if (d.day) out += fmt::format("-{:02}", *d.day);
  return out;
}

std::string DateTimex(const DateValue& v) {
  auto one = [](const DateExpr& e) {
    const auto* cal = std::get_if<CalendarDate>(&e);
    return cal ? CalendarTimex(*cal) : std::string();
  };
  if (v.to) return fmt::format("({},{})", one(v.from), one(*v.to));
  return one(v.from);
}

// A bare figure is a date only when it looks like a year: "2019", not "139" or "10000".
// `after_in` says that "in", "dans" or "en" stands before the span: "in Jan", "dans Fev" name
// the month, which an abbreviation alone ("Jan", "Mar" as names) or "may" (a verb) does not.
bool PlausibleDate(const DateValue& v, std::string_view span, parse::Language lang, bool after_in) {
  const auto* cal = std::get_if<CalendarDate>(&v.from);
  if (!cal || v.to || v.bound != DateBound::kAt) return true;
  if (cal->year && !cal->month && !cal->day) {
    // The figure is the span's last word: "2019", "fin 2022", "year 2008".
    size_t digits = 0;
    while (digits < span.size() && parse::IsAsciiDigit(span[span.size() - 1 - digits])) ++digits;
    bool words_before = digits < span.size();
    return digits == 4 && (words_before ? span[span.size() - 5] == ' ' : true) &&
           *cal->year >= 1000 && *cal->year <= 2999;
  }
  // English "may" is a verb more often than a month; "Jan", "Mar" alone are names as often.
  if (lang == parse::Language::kEnglish && span == "may" && !after_in) return false;
  if (cal->month && !cal->day && !cal->year && span.size() <= 5 && !cal->weekday && !after_in) {
    for (std::string_view abbr :
         {"jan", "feb", "mar",  "apr",  "jun",  "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "janv", "fevr", "févr", "fév", "fev", "avr", "juil", "déc"}) {
      if (span == abbr ||
          (span.size() == abbr.size() + 1 && span.starts_with(abbr) && span.back() == '.')) {
        return false;
      }
    }
  }
  return true;
}

// Whether the clause before `p` is in the future tense: "will", "shall", "won't", "going to" or
// a verb contracted with "'ll" since the clause began (a sentence mark, a semicolon or a colon),
// with no superlative between it and `p` ("the lowest in 10 years" looks back whatever the
// tense: a word in "-est" after "the" or a possessive, or "first", "only", "ever").
bool FutureClause(const FoldedText& t, size_t p) {
  std::string before = t.TokensBefore(p, 12);
  size_t cut = before.find_last_of(".;:?!");
  if (cut != std::string::npos) before.erase(0, cut + 1);
  std::vector<std::string_view> words;
  for (size_t i = 0; i < before.size();) {
    size_t j = before.find(' ', i);
    if (j == std::string::npos) j = before.size();
    if (j > i) words.push_back(std::string_view(before).substr(i, j - i));
    i = j + 1;
  }
  auto trimmed = [](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '"')) w.remove_suffix(1);
    return w;
  };
  bool future = false;
  std::string_view previous;
  for (std::string_view w : words) {
    w = trimmed(w);
    if (w == "will" || w == "shall" || w == "won't" || w == "wont" || w == "gonna" ||
        (previous == "going" && w == "to") || w.ends_with("'ll") || w.ends_with("’ll")) {
      future = true;
    } else if (future && (w == "first" || w == "only" || w == "ever" ||
                          (w.size() > 4 && w.ends_with("est") &&
                           (previous == "the" || previous == "its" || previous == "their" ||
                            previous == "his" || previous == "her" || previous == "our" ||
                            previous == "my" || previous == "your")))) {
      return false;
    }
    previous = w;
  }
  return future;
}

struct Candidate {
  Mention::Kind kind = Mention::kDate;
  size_t value_begin = 0, end = 0;
  std::string value, unit;
};

std::optional<Candidate> ReadDate(const FoldedText& t, size_t p, parse::Language lang) {
  if (!DateTrigger(t, p, lang)) return std::nullopt;
  parse::Cursor c(t.text());
  c.set_pos(p);
  auto date = parse::ReadDate(c, lang);
  if (!date) return std::nullopt;
  size_t end = TrimmedPos(c);
  std::string before = t.TokensBefore(p, 1);
  bool after_in = before == "in" || before == "dans" || before == "en";
  if (!PlausibleDate(*date, std::string_view(t.text()).substr(p, end - p), lang, after_in)) {
    return std::nullopt;
  }
  return Candidate{Mention::kDate, p, end, DateTimex(*date), ""};
}

// "within 5 years", "in 2 weeks", «depuis 3 semaines»: a stretch of time read as the duration it
// lasts. Where the date reader reads the same words as a range of days ("next 3 days", "the past
// month", «dans trois ans»: parse::ReadDate), the date is kept (TimeAt prefers it at equal ends).
std::optional<Candidate> ReadPeriod(const FoldedText& t, size_t p, parse::Language lang) {
  parse::Cursor c(t.text());
  c.set_pos(p);
  if (lang != parse::Language::kEnglish) {
    // «dans trois ans», «depuis 3 semaines»: the same stretch from publication, forward or back.
    if (c.AcceptAny({"dans", "depuis"}).empty()) return std::nullopt;
    auto d = ReadDuration(c, lang);
    if (!d) return std::nullopt;
    return Candidate{Mention::kDuration, p, TrimmedPos(c), d->value, d->unit};
  }
  // "in the past 2 decades": the period is "the past 2 decades", "in" only places the event
  // within it ("over the next year" keeps its "over", which would otherwise read as a hedge).
  size_t begin = p;
  if (c.Accept("in") && c.Rest().starts_with("the ")) {
    begin = c.pos();
  } else {
    c.set_pos(p);
  }
  if (c.AcceptAny({"within the next",
                   "the previous",
                   "the following",
                   "previous",
                   "following",
                   "within the upcoming",
                   "within the coming",
                   "within next",
                   "within",
                   "over the past",
                   "over the last",
                   "over the next",
                   "the next",
                   "the past",
                   "the last",
                   "the coming",
                   "the upcoming",
                   "next",
                   "past",
                   "last",
                   "upcoming",
                   "coming",
                   "in"})
          .empty()) {
    return std::nullopt;
  }
  if (auto d = ReadDuration(c, lang)) {
    return Candidate{Mention::kDuration, begin, TrimmedPos(c), d->value, d->unit};
  }
  struct OneUnit {
    std::string_view word, iso, unit;
  };
  static constexpr OneUnit kUnits[] = {{"decade", "P10Y", "DE"},
                                       {"year", "P1Y", "Y"},
                                       {"month", "P1M", "M"},
                                       {"week", "P1W", "W"},
                                       {"day", "P1D", "D"}};
  for (const auto& u : kUnits) {
    if (c.Accept(u.word)) {
      return Candidate{Mention::kDuration, begin, TrimmedPos(c), std::string(u.iso),
                       std::string(u.unit)};
    }
  }
  return std::nullopt;
}

// "âgé de 40 ans", "quadragénaire", "40 years old": what ParseAge reads by itself.
std::optional<Candidate> ReadExplicitAge(const FoldedText& t, size_t p, parse::Language lang) {
  // Two words are all the opener needs: never search the rest of the article for a space.
  std::string_view rest = std::string_view(t.text()).substr(p, 64);
  size_t word_end = std::min(rest.find(' '), rest.size());
  std::string_view word = rest.substr(0, word_end);
  // "la quarantaine": only when the next word is a decade, since "la" is everywhere.
  std::string_view next = rest.substr(word_end + (word_end < rest.size()));
  next = next.substr(0, std::min(next.find(' '), next.size()));
  bool opener = rest.starts_with("âgé") || rest.starts_with("aged ") || rest.starts_with("age ") ||
                (word == "la" && next.ends_with("aine")) || rest.starts_with("in h");
  if (!opener && !word.ends_with("génaire") && !word.ends_with("tenaire")) return std::nullopt;
  std::vector<size_t> ends = t.WordEnds(p, 6, 80);
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    auto age = parse::ParseAge(std::string_view(t.text()).substr(p, *it - p), lang);
    if (!age.ok()) continue;
    const Interval& y = age.value().years;
    std::string value = y.low.value && y.high.value && *y.low.value == *y.high.value
                            ? FormatDecimal(*y.low.value)
                            : "";
    return Candidate{Mention::kAge, p, *it, value, "Y"};
  }
  return std::nullopt;
}

// A duration at `vb`, or an age when its words or the words before it say so.
std::optional<Candidate> ReadDurationOrAge(const FoldedText& t, size_t p, size_t vb,
                                           parse::Language lang) {
  parse::Cursor c(t.text());
  c.set_pos(vb);
  auto d = ReadDuration(c, lang);
  if (!d) return std::nullopt;
  Candidate cand{Mention::kDuration, vb, TrimmedPos(c), d->value, d->unit};
  size_t after = c.pos();
  // "55 years old", "the 55-year-old chief executive".
  if (!c.AcceptAny({"years old", "year old", "months old", "month old", "weeks old", "week old",
                    "days old", "day old", "old", "-old", "of age", "d'âge"})
           .empty()) {
    cand.end = TrimmedPos(c);
    cand.kind = Mention::kAge;
  } else {
    c.set_pos(after);
    if (AgeContext(t, p)) cand.kind = Mention::kAge;
  }
  if (cand.kind == Mention::kAge) cand.value = d->amount;
  return cand;
}

}  // namespace

size_t TimeAt(const FoldedText& t, size_t p, uint8_t flags, parse::Language lang,
              std::vector<Mention>* out) {
  std::string hedge_words;
  bool hedged = false;
  size_t vb = p;
  std::optional<Candidate> best;
  if (flags & kSpan) {
    parse::Cursor c(t.text());
    c.set_pos(p);
    hedged = parse::AcceptHedge(c, &hedge_words) != Hedge::kNone;
    vb = hedged ? c.pos() : p;
    best = ReadExplicitAge(t, p, lang);
    auto span = ReadDurationOrAge(t, p, vb, lang);
    if (span && (!best || span->end > best->end)) best = span;
  }
  if (flags & kDate) {
    auto date = ReadDate(t, p, lang);
    if (date && (!best || date->end > best->end)) best = date;
  } else if (flags & kSpan) {
    // "twenty second of june", «vingt et un juin»: a number word opens no date by itself, but
    // a day in words before its month does (the figure would otherwise read "twenty second"
    // as a duration).
    parse::Cursor c(t.text());
    c.set_pos(p);
    if (DayWordsBeforeMonth(c, lang)) {
      if (auto date = ReadDate(t, p, lang); date && (!best || date->end > best->end)) best = date;
    }
  }
  if (!(flags & kDate) && best && best->kind == Mention::kDuration && best->value_begin == p) {
    // "two months ago": a count in words opens no date by itself, but "ago" after its
    // duration makes one.
    parse::Cursor c(t.text());
    c.set_pos(best->end);
    if (c.Accept("ago")) {
      c.set_pos(p);
      if (auto date = parse::ReadDate(c, lang)) {
        best = Candidate{Mention::kDate, p, TrimmedPos(c), DateTimex(*date), ""};
      }
    }
  }
  if (flags & (kDate | kSpan)) {
    auto period = ReadPeriod(t, p, lang);
    if (period && (!best || period->end > best->end)) best = period;
  }
  if (best && best->kind == Mention::kDuration && lang == parse::Language::kEnglish &&
      FutureClause(t, best->value_begin)) {
    // "I will leave in 3 weeks", "they'll be back within 5 days": in the future tense the
    // stretch is counted from publication, a date (parse::ReadAhead).
    parse::Cursor c(t.text());
    c.set_pos(best->value_begin);
    if (auto date = parse::ReadAhead(c, lang); date && TrimmedPos(c) == best->end) {
      best = Candidate{Mention::kDate, best->value_begin, best->end, DateTimex(*date), ""};
    }
  }
  if (best && best->kind == Mention::kDuration) {
    // "2 weeks before May 13 1999", «trois jours après le 12 janvier»: a count of units from a
    // day the text names lands on a day (parse::ReadDate reads it whole).
    parse::Cursor c(t.text());
    c.set_pos(best->end);
    if (!c.AcceptAny({"before", "after", "from", "avant", "après", "apres"}).empty()) {
      c.set_pos(best->value_begin);
      if (auto date = parse::ReadDate(c, lang); date && TrimmedPos(c) > best->end) {
        best = Candidate{Mention::kDate, best->value_begin, TrimmedPos(c), DateTimex(*date), ""};
      }
    }
  }
  if (best && best->kind == Mention::kDuration) {
    // "1 month 21 days ago", "2 weeks from now", "two days later", "three weeks from tomorrow",
    // «deux semaines plus tard»: an offset, a date, though no count in the model says it (the
    // mention has no value: the date is not read, and the offset is no duration).
    parse::Cursor c(t.text());
    c.set_pos(best->end);
    if (!c.AcceptAny({"ago", "from now", "from today", "from tomorrow", "from yesterday",
                      "before today", "before yesterday", "after today", "after tomorrow",
                      "in the future", "hence", "later", "plus tard"})
             .empty()) {
      best = Candidate{Mention::kDate, best->value_begin, TrimmedPos(c), "", ""};
    }
  }
  if (!best) return p + 1;
  bool with_hedge = hedged && best->value_begin == vb && best->kind != Mention::kDate;
  Mention m =
      MakeMention(t, best->kind, with_hedge ? p : best->value_begin, best->value_begin, best->end);
  if (with_hedge) m.hedge = hedge_words;
  m.value = best->value;
  m.unit = best->unit;
  out->push_back(std::move(m));
  return best->end;
}

}  // namespace crosscheck::extract::detail
