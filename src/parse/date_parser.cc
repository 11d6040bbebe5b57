#include "parse/date_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>

#include "common/unicode.h"
#include "parse/calendar_words.h"
#include "parse/cursor.h"
#include "parse/day_words.h"
#include "parse/hedge_lexicon.h"
#include "parse/holiday_words.h"
#include "parse/number_parser.h"

namespace crosscheck::parse {
namespace {

int DaysInMonth(int year, int month) {
  for (int d = 31; d >= 28; --d) {
    if (DayFromCivil(year, month, d)) return d;
  }
  return 28;
}

// Whether a year in four digits stands at the start of `r`, ending its word ("2024", not
// "20245" or "2024th").
bool FourDigitYearAt(std::string_view r) {
  return r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[1]) && IsAsciiDigit(r[2]) &&
         IsAsciiDigit(r[3]) && (r.size() == 4 || !IsWordByte(r[4]));
}

// "of 2024", ", 2024", «de 2024» after a date without its year: the year, the cursor past it;
// otherwise the cursor does not move.
std::optional<int> AcceptJoinedYear(Cursor& c) {
  size_t start = c.pos();
  c.AcceptAny({"of", "de", ","});
  if (!FourDigitYearAt(c.Rest())) {
    c.set_pos(start);
    return std::nullopt;
  }
  int year = std::stoi(std::string(c.Rest().substr(0, 4)));
  c.set_pos(c.pos() + 4);
  c.SkipSpaces();
  return year;
}

std::optional<int> AcceptDigits(Cursor& c, size_t min_len, size_t max_len) {
  c.SkipSpaces();
  std::string_view rest = c.Rest();
  size_t n = 0;
  while (n < rest.size() && IsAsciiDigit(rest[n])) ++n;
  if (n < min_len || n > max_len) return std::nullopt;
  // "1er janvier", "3rd of May", "04th Jan", «15e juillet», «3ème jour»: ordinal endings on a
  // day, English and French (the longest that ends the word).
  std::string_view suffix;
  if (n < rest.size() && IsWordByte(rest[n])) {
    for (std::string_view s : {"er", "st", "nd", "rd", "th", "ème", "eme", "e"}) {
      if (max_len == 2 && suffix.empty() && rest.substr(n).starts_with(s) &&
          (n + s.size() >= rest.size() || !IsWordByte(rest[n + s.size()]))) {
        suffix = s;
      }
    }
    if (suffix.empty() && rest.substr(n, 2) != "er") return std::nullopt;
  }
  int v = 0;
  for (size_t i = 0; i < n; ++i) v = v * 10 + (rest[i] - '0');
  c.set_pos(c.pos() + n);
  if (!suffix.empty()) c.set_pos(c.pos() + suffix.size());
  c.Accept("er");
  c.SkipSpaces();
  return v;
}

// English abbreviates the units ("3 yrs ago", "in 2 wks", "next yr"), as the duration reader
// reads them (extract/duration_reader.cc); "mo" and "d" are left out: too often something else.
std::optional<TimeUnit> AcceptTimeUnit(Cursor& c) {
  if (!c.AcceptAny({"heures", "heure", "hours", "hour", "hrs", "hr"}).empty()) {
    return TimeUnit::kHour;
  }
  if (!c.AcceptAny({"jours", "jour", "journées", "journees", "days", "day"}).empty())
    return TimeUnit::kDay;
  if (!c.AcceptAny({"semaines", "semaine", "weeks", "week", "wks", "wk"}).empty()) {
    return TimeUnit::kWeek;
  }
  if (!c.AcceptAny({"mois", "months", "month"}).empty()) return TimeUnit::kMonth;
  // Unaccented spellings too («3 annees»): what a keyboard without accents writes.
  if (!c.AcceptAny(
            {"années", "année", "annees", "annee", "ans", "an", "years", "year", "yrs", "yr"})
           .empty())
    return TimeUnit::kYear;
  return std::nullopt;
}

// "[hedge] N" with N exact, hedged per docs/semantics.md; `integral` keeps whole numbers only
// (ages in years, "il y a N jours"), durations may be fractional ("1,5 an").
std::optional<Result<Interval>> ParseCount(Cursor& c, Language lang, bool integral) {
  size_t start = c.pos();
  QuantityValue q;
  q.hedge = AcceptHedge(c, &q.hedge_words);
  if (c.Accept("une") || c.Accept("un") || c.Accept("a") || c.Accept("an")) {
    q.number = {"1", 1, 1};
  } else {
    auto n = ParseNumber(c, lang);
    if (!n) {
      c.set_pos(start);
      return std::nullopt;
    }
    if (!n->ok()) return Result<Interval>(n->error());
    q.number = n->value();
  }
  return Result<Interval>(DeriveInterval(q, PrecisionMode::kStrict, integral));
}

// The day a count of time units is told from, and which way: "ago" and "before today" back
// from publication, "from now", "hence", "from today", "after today" forward (the mirror of
// "ago"); "before yesterday", "from tomorrow", "after tomorrow", "from yesterday" from the day
// before or after it. "later" and «plus tard» are left out: in an article they count from the
// event just told.
struct OffsetAnchor {
  int direction = 0;  // -1 back, +1 forward, 0 when none stands at the cursor
  int shift = 0;      // the anchor day minus publication
};

OffsetAnchor AcceptOffsetAnchor(Cursor& c) {
  struct Anchor {
    std::string_view words;
    OffsetAnchor anchor;
  };
  static constexpr Anchor kAnchors[] = {
      {"ago", {-1, 0}},
      {"before today", {-1, 0}},
      {"before yesterday", {-1, -1}},
      {"from now", {1, 0}},
      {"from today", {1, 0}},
      {"hence", {1, 0}},
      {"after today", {1, 0}},
      {"from tomorrow", {1, 1}},
      {"after tomorrow", {1, 1}},
      {"from yesterday", {1, -1}},
  };
  for (const auto& a : kAnchors) {
    if (c.Accept(a.words)) return a.anchor;
  }
  return {};
}

bool AcceptAgoOrFromNow(Cursor& c) { return AcceptOffsetAnchor(c).direction != 0; }

// `n` times `factor` days (or units) plus `shift`: the bounds swap when the factor is negative.
Interval Offset(const Interval& n, int factor, int shift) {
  Interval out = n.Scaled(Rational(factor));
  if (factor < 0) std::swap(out.low, out.high);
  for (Bound* b : {&out.low, &out.high}) {
    if (b->value) *b->value += Rational(shift);
  }
  return out;
}

// Whether "N unit ago" (or "from now") stands at the cursor, which does not move: ParseCount's
// interval costs GMP arithmetic, and running text has a figure not followed by "ago" at every turn.
// A malformed figure answers true, so that ParseCount reports it as before.
bool CountThenAgo(Cursor& c, Language lang) {
  size_t start = c.pos();
  AcceptHedge(c, nullptr);
  c.SkipSpaces();
  // A plain figure in digits: look past it without reading its value.
  if (size_t n = DigitFigureLength(c.text(), c.pos())) {
    std::string_view raw = c.text().substr(c.pos(), n);
    if (raw.find_first_of(",. ") == std::string_view::npos) {
      c.set_pos(c.pos() + n);
      bool found = AcceptTimeUnit(c) && AcceptAgoOrFromNow(c);
      c.set_pos(start);
      return found;
    }
  }
  bool found = true;
  if (!(c.Accept("une") || c.Accept("un") || c.Accept("a") || c.Accept("an"))) {
    auto n = ParseNumber(c, lang);
    found = n.has_value();
    if (n && !n->ok()) {
      c.set_pos(start);
      return true;
    }
  }
  found = found && AcceptTimeUnit(c) && AcceptAgoOrFromNow(c);
  c.set_pos(start);
  return found;
}

// `in_ahead`: English "in" before a count of units reads as French «dans» does (ReadAhead).
std::optional<RelativeDate> AcceptRelative(Cursor& c, Language lang, bool in_ahead = false) {
  using K = RelativeKind;
  struct Phrase {
    std::string_view words;
    K kind;
  };
  static constexpr Phrase kPhrases[] = {
      {"il y a une petite semaine", K::kAboutAWeekAgo},
      {"avant-hier", K::kDayBeforeYesterday},
      {"avant hier", K::kDayBeforeYesterday},
      {"après demain", K::kDayAfterTomorrow},
      {"apres demain", K::kDayAfterTomorrow},
      {"hier", K::kYesterday},
      {"après-demain", K::kDayAfterTomorrow},
      {"apres-demain", K::kDayAfterTomorrow},
      {"the day after tomorrow", K::kDayAfterTomorrow},
      {"day after tomorrow", K::kDayAfterTomorrow},
      {"demain", K::kTomorrow},
      {"tomorrow", K::kTomorrow},
      {"the day after tmrw", K::kDayAfterTomorrow},
      {"day after tmrw", K::kDayAfterTomorrow},
      {"tmrw", K::kTomorrow},
      {"the day before yesterday", K::kDayBeforeYesterday},
      {"day before yesterday", K::kDayBeforeYesterday},
      // anchored (issue 13): «dans les prochaines semaines», "in the coming weeks": a window
      // after publication (RelativeKind::kComing*). The preposition is optional, as
      // AcceptDuring may have read it.
      {"dans les prochains jours", K::kComingDays},
      {"les prochains jours", K::kComingDays},
      {"dans les jours qui viennent", K::kComingDays},
      {"les jours qui viennent", K::kComingDays},
      {"dans les jours à venir", K::kComingDays},
      {"les jours à venir", K::kComingDays},
      {"dans les jours a venir", K::kComingDays},
      {"les jours a venir", K::kComingDays},
      {"dans les prochaines semaines", K::kComingWeeks},
      {"les prochaines semaines", K::kComingWeeks},
      {"dans les semaines qui viennent", K::kComingWeeks},
      {"les semaines qui viennent", K::kComingWeeks},
      {"dans les semaines à venir", K::kComingWeeks},
      {"les semaines à venir", K::kComingWeeks},
      {"dans les semaines a venir", K::kComingWeeks},
      {"les semaines a venir", K::kComingWeeks},
      {"dans les prochains mois", K::kComingMonths},
      {"les prochains mois", K::kComingMonths},
      {"dans les mois qui viennent", K::kComingMonths},
      {"les mois qui viennent", K::kComingMonths},
      {"dans les mois à venir", K::kComingMonths},
      {"les mois à venir", K::kComingMonths},
      {"dans les mois a venir", K::kComingMonths},
      {"les mois a venir", K::kComingMonths},
      {"in the coming days", K::kComingDays},
      {"over the coming days", K::kComingDays},
      {"the coming days", K::kComingDays},
      {"in the next few days", K::kComingDays},
      {"over the next few days", K::kComingDays},
      {"the next few days", K::kComingDays},
      {"in the days ahead", K::kComingDays},
      {"the days ahead", K::kComingDays},
      {"in the coming weeks", K::kComingWeeks},
      {"over the coming weeks", K::kComingWeeks},
      {"the coming weeks", K::kComingWeeks},
      {"in the next few weeks", K::kComingWeeks},
      {"over the next few weeks", K::kComingWeeks},
      {"the next few weeks", K::kComingWeeks},
      {"in the weeks ahead", K::kComingWeeks},
      {"the weeks ahead", K::kComingWeeks},
      {"in the coming months", K::kComingMonths},
      {"over the coming months", K::kComingMonths},
      {"the coming months", K::kComingMonths},
      {"in the next few months", K::kComingMonths},
      {"over the next few months", K::kComingMonths},
      {"the next few months", K::kComingMonths},
      {"in the months ahead", K::kComingMonths},
      {"the months ahead", K::kComingMonths},
      {"la semaine prochaine", K::kNextWeek},
      {"semaine prochaine", K::kNextWeek},
      {"next week", K::kNextWeek},
      {"le mois prochain", K::kNextMonth},
      {"mois prochain", K::kNextMonth},
      {"next month", K::kNextMonth},
      {"l'année prochaine", K::kNextYear},
      {"l'annee prochaine", K::kNextYear},
      {"l'an prochain", K::kNextYear},
      {"next year", K::kNextYear},
      {"la semaine derniere", K::kLastWeek},
      {"previous week", K::kLastWeek},
      {"previous month", K::kLastMonth},
      {"l'annee derniere", K::kLastYear},
      {"previous year", K::kLastYear},
      {"cette annee", K::kThisYear},
      {"yesterday", K::kYesterday},
      {"aujourd'hui", K::kToday},
      {"ce jour", K::kToday},
      {"today", K::kToday},
      {"la semaine dernière", K::kLastWeek},
      {"la semaine passée", K::kLastWeek},
      {"last week", K::kLastWeek},
      {"le mois dernier", K::kLastMonth},
      {"le mois passé", K::kLastMonth},
      {"last month", K::kLastMonth},
      {"mois dernier", K::kLastMonth},
      {"mois passé", K::kLastMonth},
      {"l'année dernière", K::kLastYear},
      {"l'an dernier", K::kLastYear},
      {"l'année passée", K::kLastYear},
      {"last year", K::kLastYear},
      // The weekend of a relative week is read as that week (Monday to Sunday holds it), as a
      // weekday within one is. "next weekend" may be this week's or the next: not read.
      {"this weekend", K::kThisWeek},
      {"this week-end", K::kThisWeek},
      {"last weekend", K::kLastWeek},
      {"last week-end", K::kLastWeek},
      {"ce week-end", K::kThisWeek},
      {"ce weekend", K::kThisWeek},
      {"cette weekend", K::kThisWeek},
      {"le week-end dernier", K::kLastWeek},
      {"le weekend dernier", K::kLastWeek},
      {"week-end dernier", K::kLastWeek},
      {"cette semaine", K::kThisWeek},
      {"this week", K::kThisWeek},
      {"ce mois-ci", K::kThisMonth},
      {"this month", K::kThisMonth},
      {"current month", K::kThisMonth},
      {"current week", K::kThisWeek},
      {"current year", K::kThisYear},
      {"ce mois", K::kThisMonth},
      {"cette mois", K::kThisMonth},
      {"prochain mois", K::kNextMonth},
      {"prochaine semaine", K::kNextWeek},
      {"prochaine année", K::kNextYear},
      {"cette année", K::kThisYear},
      {"this year", K::kThisYear},
  };
  size_t start = c.pos();
  for (const auto& p : kPhrases) {
    if (!c.Accept(p.words)) continue;
    // "cette année-là", "ce jour-là": the year or day the text just named, not the current one;
    // nothing this reader can place.
    if (c.Accept("-là") || c.Accept("-la")) {
      c.set_pos(start);
      return std::nullopt;
    }
    return RelativeDate{p.kind, 0, {}};
  }
  if (!c.AcceptAny({"this past", "last", "previous", "past"}).empty()) {
    if (auto w = AcceptWeekday(c)) return RelativeDate{K::kLastWeekday, *w, {}};
    c.set_pos(start);
  }
  if (!c.AcceptAny({"this coming", "this upcoming", "next", "following", "upcoming", "coming"})
           .empty()) {
    if (auto w = AcceptWeekday(c)) return RelativeDate{K::kNextWeekday, *w, {}};
    c.set_pos(start);
  }
  // English "last", "previous", "this", "current" or "next" before a period's noun, its
  // abbreviation included ("next yr", "last wk"; the phrases above hold the spelled-out ones).
  // Not "past" ("the past year" is the twelve months up to now) nor "following" (the period
  // after one the text told).
  if (std::string_view m = c.AcceptAny({"previous", "current", "last", "this", "next"});
      !m.empty()) {
    static constexpr K kPeriodKinds[3][3] = {{K::kLastWeek, K::kThisWeek, K::kNextWeek},
                                             {K::kLastMonth, K::kThisMonth, K::kNextMonth},
                                             {K::kLastYear, K::kThisYear, K::kNextYear}};
    int period = !c.AcceptAny({"week", "wk"}).empty()   ? 0
                 : !c.AcceptAny({"month"}).empty()      ? 1
                 : !c.AcceptAny({"year", "yr"}).empty() ? 2
                                                        : -1;
    if (period >= 0) {
      int which = m == "next" ? 2 : (m == "this" || m == "current") ? 1 : 0;
      return RelativeDate{kPeriodKinds[period][which], 0, {}};
    }
    c.set_pos(start);
  }
  if (auto w = AcceptWeekday(c)) {
    if (c.AcceptAny({"dernier", "dernière", "derniere", "passé"}).size()) {
      return RelativeDate{K::kLastWeekday, *w, {}};
    }
    if (c.Accept("prochain")) return RelativeDate{K::kNextWeekday, *w, {}};
    c.set_pos(start);
  }
  // «la semaine dernier», «dernière semaine», «le mois passée», «l'an prochaine»: a French
  // period's noun with «dernier», «passé» or «prochain» after it, or «dernier», «prochain»
  // before it, in any gender and spelling (the phrases above hold the usual ones).
  {
    using Period = std::array<K, 3>;  // last, this, next
    auto period = [&]() -> std::optional<Period> {
      c.AcceptAny({"la", "le", "l'"});
      if (!c.AcceptAny({"semaine", "week-end", "weekend"}).empty()) {
        return Period{K::kLastWeek, K::kThisWeek, K::kNextWeek};
      }
      if (!c.AcceptAny({"mois"}).empty())
        return Period{K::kLastMonth, K::kThisMonth, K::kNextMonth};
      if (!c.AcceptAny({"année", "annee", "an"}).empty()) {
        return Period{K::kLastYear, K::kThisYear, K::kNextYear};
      }
      return std::nullopt;
    };
    auto which = [&]() {
      std::string_view w = c.AcceptAny({"dernière", "derniere", "dernier", "passée", "passee",
                                        "passé", "passe", "prochaine", "prochain"});
      return w.empty() ? 0 : w.starts_with("prochain") ? 2 : 1;
    };
    if (lang == Language::kFrench) {
      if (auto p = period()) {
        if (int w = which()) return RelativeDate{w == 2 ? (*p)[2] : (*p)[0], 0, {}};
      }
      c.set_pos(start);
      c.AcceptAny({"la", "le", "l'"});
      if (int w = which()) {
        if (auto p = period()) return RelativeDate{w == 2 ? (*p)[2] : (*p)[0], 0, {}};
      }
      c.set_pos(start);
    }
  }
  bool il_y_a = c.Accept("il y a");
  // «dans trois ans», «dans 3 semaines»: French «dans» before a count of units is the day that
  // many units after publication, the mirror of «il y a» (English "in 3 years" is as often
  // "the lowest in 10 years" and stays a duration).
  bool dans =
      !il_y_a && (lang == Language::kFrench ? c.Accept("dans") : in_ahead && c.Accept("in"));
  if (!il_y_a && !dans && !CountThenAgo(c, lang)) {
    c.set_pos(start);
    return std::nullopt;
  }
  if (auto count = ParseCount(c, lang, true)) {
    if (!count->ok()) {
      c.set_pos(start);  // "22.04.2016" is no count, but may be a date
      return std::nullopt;
    }
    if (auto unit = AcceptTimeUnit(c)) {
      OffsetAnchor anchor = il_y_a ? OffsetAnchor{-1, 0}
                            : dans ? OffsetAnchor{1, 0}
                                   : AcceptOffsetAnchor(c);
      if (anchor.direction != 0) {
        K kind = *unit == TimeUnit::kDay     ? K::kDaysAgo
                 : *unit == TimeUnit::kWeek  ? K::kWeeksAgo
                 : *unit == TimeUnit::kMonth ? K::kMonthsAgo
                                             : K::kYearsAgo;
        // RelativeDate counts back: "3 days from now" is -3 days ago, "2 days before yesterday"
        // 3 days ago, "3 weeks from tomorrow" -22 days ago. Months and years keep their unit,
        // whose reading is wider than the day the anchor moves.
        Interval n = Offset(count->value(), -anchor.direction, 0);
        if (anchor.shift != 0 && (kind == K::kDaysAgo || kind == K::kWeeksAgo)) {
          n = Offset(count->value(), -anchor.direction * (kind == K::kWeeksAgo ? 7 : 1),
                     -anchor.shift);
          kind = K::kDaysAgo;
        }
        if (*unit != TimeUnit::kHour) return RelativeDate{kind, 0, n};
      }
    }
  }
  c.set_pos(start);
  return std::nullopt;
}

// "22/04/2016", "04/22/2016" (English), "22.04.2016", "21/04/16", "2016/11", "11/2016", "22/04",
// "4/22": figures joined by '/', '.' or '-'. English reads month first unless that cannot be; a
// figure pair without a year must use '/' and not look like a fraction ("3/4", "1/2").
// After a weekday ("friday 7.6", "friday 7-6") a figure pair is a date whatever joins it.
// "08/12,2015", "11/12,16": a year may follow a pair after a comma with no space.
std::optional<CalendarDate> ReadNumericDate(Cursor& c, Language lang, bool after_weekday = false) {
  std::string_view s = c.Rest();
  int parts[3] = {0, 0, 0};
  size_t lens[3] = {0, 0, 0};
  char sep = 0;
  size_t i = 0;
  int n = 0;
  while (n < 3) {
    size_t start = i;
    while (i < s.size() && IsAsciiDigit(s[i]) && i - start < 5)
      parts[n] = parts[n] * 10 + (s[i++] - '0');
    lens[n] = i - start;
    if (lens[n] == 0 || lens[n] == 3 || lens[n] > 4) return std::nullopt;
    ++n;
    if (i + 1 >= s.size() || !IsAsciiDigit(s[i + 1])) break;
    if (s[i] != '/' && s[i] != '.' && s[i] != '-') break;
    if (sep != 0 && s[i] != sep) return std::nullopt;
    sep = s[i++];
  }
  if (n == 2 && sep == '/' && i + 2 < s.size() && s[i] == ',' && IsAsciiDigit(s[i + 1])) {
    size_t j = i + 1;
    int year = 0;
    while (j < s.size() && IsAsciiDigit(s[j]) && j - i <= 4) year = year * 10 + (s[j++] - '0');
    if ((j - i - 1 == 2 || j - i - 1 == 4) && (j == s.size() || !IsWordByte(s[j]))) {
      parts[2] = year, lens[2] = j - i - 1, n = 3, i = j;
    }
  }
  if (n < 2 ||
      (i < s.size() && (IsWordByte(s[i]) || ((s[i] == '/' || s[i] == '.' || s[i] == '-') &&
                                             i + 1 < s.size() && IsAsciiDigit(s[i + 1]))))) {
    return std::nullopt;
  }
  CalendarDate d;
  bool english = lang == Language::kEnglish;
  if (lens[0] == 4) {  // 2016/11, 2016-2-21
    // "2015.5.13" with its day; "2015.3" alone is a decimal.
    if (lens[1] > 2 || (n == 3 && lens[2] > 2) || (sep == '.' && n != 3)) return std::nullopt;
    d.year = parts[0], d.month = parts[1];
    if (n == 3) d.day = parts[2];
  } else if (n == 2 && lens[1] == 4) {  // 11/2016
    if (sep != '/') return std::nullopt;
    d.month = parts[0], d.year = parts[1];
  } else {
    if (lens[0] > 2 || lens[1] > 2 || (n == 3 && lens[2] != 4 && lens[2] != 2)) {
      return std::nullopt;
    }
    // "21/04/16", "05/05/89": a two-digit year is the nearest to 2000 with those digits.
    if (n == 3 && lens[2] == 2) parts[2] += parts[2] < 50 ? 2000 : 1900;
    if (n == 2 && !after_weekday && (sep != '/' || (parts[0] < parts[1] && parts[1] <= 10))) {
      return std::nullopt;
    }
    bool month_first = english && parts[0] <= 12 && !(parts[1] > 31);
    if (english && parts[0] > 12) month_first = false;
    if (!english && parts[1] > 12 && parts[0] <= 12) month_first = true;
    d.month = month_first ? parts[0] : parts[1];
    d.day = month_first ? parts[1] : parts[0];
    if (n == 3) d.year = parts[2];
  }
  if (*d.month < 1 || *d.month > 12 || (d.day && (*d.day < 1 || *d.day > 31))) return std::nullopt;
  c.set_pos(c.pos() + i);
  c.SkipSpaces();
  return d;
}

// «18 8 1978», «02 04 2009»: French writes a numeric date with spaces too, day first. Only with
// its year in four digits (from 1000 to 2999), since "20 2" alone counts anything.
std::optional<CalendarDate> ReadSpacedNumericDate(Cursor& c, Language lang) {
  if (lang != Language::kFrench) return std::nullopt;
  std::string_view s = c.Rest();
  int parts[3] = {0, 0, 0};
  size_t i = 0;
  for (int n = 0; n < 3; ++n) {
    size_t start = i;
    // At most five digits are read: a longer run is no date part (and would overflow).
    while (i < s.size() && IsAsciiDigit(s[i]) && i - start < 5) {
      parts[n] = parts[n] * 10 + (s[i++] - '0');
    }
    size_t len = i - start;
    if (n < 2 ? (len == 0 || len > 2) : len != 4) return std::nullopt;
    if (n < 2 && (i + 1 >= s.size() || s[i] != ' ' || !IsAsciiDigit(s[i + 1]))) return std::nullopt;
    if (n < 2) ++i;
  }
  if ((i < s.size() && (IsWordByte(s[i]) || s[i] == ',' || s[i] == '.')) || parts[2] < 1000 ||
      parts[2] > 2999) {
    return std::nullopt;
  }
  CalendarDate d{parts[2], parts[1], parts[0], {}, DatePart::kWhole};
  if (!DayFromCivil(parts[2], parts[1], parts[0])) return std::nullopt;
  c.set_pos(c.pos() + i);
  c.SkipSpaces();
  return d;
}

// "jan-1", "23/sep/2020", "2019-sep-1": a '-' or '/' glued between a month's name and a
// figure. Skipped only when what follows is of the kind wanted (a digit or a letter).
bool SkipGlue(Cursor& c, bool digit_next) {
  std::string_view r = c.Rest();
  if (r.size() < 2 || (r[0] != '-' && r[0] != '/')) return false;
  if (digit_next ? !IsAsciiDigit(r[1]) : (IsAsciiDigit(r[1]) || !IsWordByte(r[1]))) return false;
  c.set_pos(c.pos() + 1);
  return true;
}

// "Noël", "christmas day", "nouvel an", "Yuandan": holidays on a fixed day of the calendar
// (holiday_words.cc), here where a range may join them ("from christmas to new year").
std::optional<CalendarDate> AcceptFixedHoliday(Cursor& c) {
  size_t start = c.pos();
  while (auto h = AcceptHoliday(c)) {
    if (h->kind != HolidayRule::Kind::kFixed || c.Accept("chinois")) break;
    CalendarDate d{{}, h->month, h->day, {}, DatePart::kWhole};
    d.year = AcceptJoinedYear(c);
    return d;
  }
  c.set_pos(start);
  return std::nullopt;
}

// "wed 13th", "sun, 14": an English weekday's abbreviation, only before a day in digits, since
// "sun", "sat" and "mon" are words of their own. French "mer. 24 juin", "sam 3 mai": only before
// a day and its month, since "mar" is also the English March and "dim", "sam" are words.
std::optional<int> AcceptWeekdayBeforeDay(Cursor& c, Language lang) {
  struct Abbr {
    std::string_view word;
    int weekday;
  };
  static constexpr Abbr kEnglish[] = {{"mon", 0},   {"tues", 1}, {"tue", 1}, {"wed", 2},
                                      {"thurs", 3}, {"thur", 3}, {"thu", 3}, {"fri", 4},
                                      {"sat", 5},   {"sun", 6}};
  static constexpr Abbr kFrench[] = {{"lun", 0}, {"mar", 1}, {"mer", 2}, {"jeu", 3},
                                     {"ven", 4}, {"sam", 5}, {"dim", 6}};
  bool french = lang == Language::kFrench;
  std::span<const Abbr> abbrs =
      french ? std::span<const Abbr>(kFrench) : std::span<const Abbr>(kEnglish);
  size_t start = c.pos();
  for (const auto& a : abbrs) {
    if (!c.Accept(a.word)) continue;
    bool stop = !c.AtEnd() && c.Peek() == '.';
    if (stop) c.set_pos(c.pos() + 1);
    stop = c.Accept(",") || stop;
    c.SkipSpaces();
    // "Mon, February 18", "Fri. Jul 18", "Wed, Feb13": in English also before a month and its
    // day, set off by a comma or a period ("he sat May 5 feet away" names no date).
    if (!french && stop) {
      size_t month_at = c.pos();
      bool month_day = (AcceptMonth(c) && (c.SkipSpaces(), IsAsciiDigit(c.Peek()))) ||
                       (c.set_pos(month_at), AcceptMonthGluedToDigits(c).has_value());
      c.set_pos(month_at);
      if (month_day) return a.weekday;
    }
    if (!IsAsciiDigit(c.Peek())) break;
    if (french) {
      size_t day_at = c.pos();
      bool month_next = AcceptDigits(c, 1, 2) && AcceptMonth(c);
      c.set_pos(day_at);
      if (!month_next) break;
    }
    return a.weekday;
  }
  c.set_pos(start);
  return std::nullopt;
}

// "May", "the month of May", "le mois de mai".
std::optional<int> AcceptMonthOf(Cursor& c) {
  size_t start = c.pos();
  bool named =
      !c.AcceptAny({"the month of", "month of", "le mois de", "le mois d'", "mois de", "mois d'"})
           .empty();
  if (auto month = AcceptMonth(c)) return month;
  if (named) c.set_pos(start);
  return std::nullopt;
}

// "11-2016", "11 / 2016", "2016 - 11": a month and its year, the separator spaced or a hyphen,
// which ReadNumericDate leaves to fractions and ranges. The month must be one.
std::optional<CalendarDate> ReadSpacedMonthYear(Cursor& c) {
  std::string_view s = c.Rest();
  auto digits_at = [&](size_t i) {
    size_t n = 0;
    while (i + n < s.size() && IsAsciiDigit(s[i + n])) ++n;
    return n;
  };
  size_t n1 = digits_at(0);
  if (n1 == 0) return std::nullopt;
  size_t i = n1;
  bool spaced = i < s.size() && s[i] == ' ';
  if (spaced) ++i;
  if (i >= s.size() || (s[i] != '/' && s[i] != '-')) return std::nullopt;
  char sep = s[i++];
  if (i < s.size() && s[i] == ' ') spaced = true, ++i;
  size_t n2 = digits_at(i);
  if (!spaced && sep == '/') return std::nullopt;  // "11/2016": ReadNumericDate's
  bool month_first = n1 <= 2 && n2 == 4, year_first = n1 == 4 && n2 <= 2 && n2 > 0;
  if (!month_first && !year_first) return std::nullopt;
  if (!spaced && year_first) return std::nullopt;  // "2016-11": ISO
  size_t end = i + n2;
  if (end < s.size() && (IsWordByte(s[end]) || ((s[end] == '/' || s[end] == '-' || s[end] == '.') &&
                                                end + 1 < s.size() && IsAsciiDigit(s[end + 1])))) {
    return std::nullopt;
  }
  int a = std::stoi(std::string(s.substr(0, n1))), b = std::stoi(std::string(s.substr(i, n2)));
  int month = month_first ? a : b, year = month_first ? b : a;
  if (month < 1 || month > 12) return std::nullopt;
  c.set_pos(c.pos() + end);
  c.SkipSpaces();
  return CalendarDate{year, month, {}, {}, DatePart::kWhole};
}

// A year in words where it ends the phrase ("of nineteen ninety nine"); else the cursor stays:
// "May 5, two thousand people" counts people.
std::optional<int> AcceptYearWordsEnding(Cursor& c, Language lang) {
  size_t start = c.pos();
  auto year = AcceptYearWords(c, lang);
  if (year && !IsWordByte(c.Peek())) return year;
  c.set_pos(start);
  return std::nullopt;
}

// A day in words before its month ("twenty second of june", "the tenth of september", «le
// vingt et un juin», «premier mai») or, in English, after a weekday ("thursday the twenty
// first"). Without either the words count or rank something else ("the second", «trois»).
std::optional<int> AcceptDayBeforeMonth(Cursor& c, Language lang, bool after_weekday) {
  size_t start = c.pos();
  if (lang == Language::kEnglish) c.Accept("the");
  auto day = AcceptDayWords(c, lang);
  if (!day) {
    c.set_pos(start);
    return std::nullopt;
  }
  size_t after_day = c.pos();
  if (lang == Language::kEnglish) c.Accept("of");
  bool month_next = AcceptMonth(c).has_value();
  c.set_pos(after_day);
  if (month_next || (after_weekday && lang == Language::kEnglish && !IsWordByte(c.Peek()))) {
    return day;
  }
  c.set_pos(start);
  return std::nullopt;
}

// The number of digits in `s` (a figure AcceptDigits read, with the spaces around it).
// Whether a word (letters or digits) comes next after the spaces at the cursor, which does not
// move.
bool WordFollows(const Cursor& c) {
  std::string_view rest = c.Rest();
  size_t next = rest.find_first_not_of(' ');
  return next != std::string_view::npos && IsWordByte(rest[next]);
}

// "28 june in 2020", "from april to june in 2017": English "in" before a year in four digits
// that ends the phrase (not "in 2020 dollars") gives a date without its year that year. On
// success the cursor is at the year, for the year reader after it.
bool YearInAfterDate(Cursor& c) {
  size_t start = c.pos();
  if (!c.Accept("in")) return false;
  if (FourDigitYearAt(c.Rest())) {
    Cursor after = c;
    after.set_pos(c.pos() + 4);
    if (!WordFollows(after)) return true;
  }
  c.set_pos(start);
  return false;
}

size_t DigitCount(std::string_view s) {
  size_t n = 0;
  for (char ch : s) n += IsAsciiDigit(ch);
  return n;
}

Result<CalendarDate> ParseCalendar(Cursor& c, std::string_view text, Language lang) {
  CalendarDate d;
  size_t start = c.pos();
  auto unrecognised = [&] {
    return ParseError{fmt::format("unrecognised date '{}'", text), start};
  };
  // ISO forms first: 2025, 2025-01, 2025-01-20.
  std::string_view rest = c.Rest();
  if (rest.size() >= 4 && IsAsciiDigit(rest[0]) && IsAsciiDigit(rest[1]) && IsAsciiDigit(rest[2]) &&
      IsAsciiDigit(rest[3]) && (rest.size() == 4 || !IsAsciiDigit(rest[4]))) {
    int y = std::stoi(std::string(rest.substr(0, 4)));
    size_t n = 4;
    if (rest.size() >= 7 && rest[4] == '-' && IsAsciiDigit(rest[5]) && IsAsciiDigit(rest[6]) &&
        (rest.size() == 7 || !IsAsciiDigit(rest[7]))) {
      d.month = std::stoi(std::string(rest.substr(5, 2)));
      n = 7;
      if (rest.size() >= 10 && rest[7] == '-' && IsAsciiDigit(rest[8]) && IsAsciiDigit(rest[9])) {
        d.day = std::stoi(std::string(rest.substr(8, 2)));
        n = 10;
      }
    }
    if (n > 4) {
      d.year = y;
      c.set_pos(c.pos() + n);
      c.SkipSpaces();
      return d;
    }
  }
  if (auto numeric = ReadNumericDate(c, lang)) return *numeric;
  if (auto spaced = ReadSpacedNumericDate(c, lang)) return *spaced;
  if (auto month_year = ReadSpacedMonthYear(c)) return *month_year;
  if (auto holiday = AcceptFixedHoliday(c)) return *holiday;
  std::string_view part = c.AcceptAny({"beginning of", "start of", "end of", "middle of", "début",
                                       "mi-", "mi", "fin", "early", "mid-", "mid", "late"});
  if (!part.empty()) {
    d.part = (part == "début" || part == "early" || part == "beginning of" || part == "start of")
                 ? DatePart::kEarly
             : (part == "fin" || part == "late" || part == "end of") ? DatePart::kLate
                                                                     : DatePart::kMid;
    // «fin du mois de mars», «début du mois d'avril», "end of the month of May".
    c.AcceptAny({"du mois de", "du mois d'", "the month of"}) != "" || c.Accept("de") ||
        c.Accept("d'");
  }
  // "this friday", "cette vendredi": the weekday near publication, as a weekday alone is.
  size_t before_this = c.pos();
  if (!c.AcceptAny({"this", "cette", "ce"}).empty()) {
    size_t weekday_at = c.pos();
    c.set_pos(AcceptWeekday(c) ? weekday_at : before_this);
  }
  d.weekday = AcceptWeekday(c);
  if (!d.weekday) d.weekday = AcceptWeekdayBeforeDay(c, lang);
  if (d.weekday) c.Accept(",");
  if (d.weekday && IsAsciiDigit(c.Peek())) {  // "friday 7/6", "samedi 23/06/18"
    if (auto numeric = ReadNumericDate(c, lang, true)) {
      numeric->weekday = d.weekday;
      numeric->part = d.part;
      return *numeric;
    }
  }
  // "year 2008", "l'année 2008": the word before a year in digits.
  size_t before_year_word = c.pos();
  if (!c.AcceptAny({"the year", "year", "l'année", "l'annee", "l'an"}).empty()) {
    std::string_view r = c.Rest();
    if (r.size() < 4 || !IsAsciiDigit(r[0]) || !IsAsciiDigit(r[3])) c.set_pos(before_year_word);
  }
  // "this June", "cette Oct", "next june": a month near publication, its year left open.
  size_t before_near = c.pos();
  if (!c.AcceptAny({"this", "cette", "ce", "next", "last"}).empty()) {
    size_t month_at = c.pos();
    if (AcceptMonth(c)) {
      c.set_pos(month_at);
    } else {
      c.set_pos(before_near);
    }
  }
  // "the 3rd of May": the article only before a day in digits.
  size_t before_the = c.pos();
  if (c.Accept("the") && !IsAsciiDigit(c.Peek())) c.set_pos(before_the);
  size_t day_at = c.pos();
  std::optional<int> day = AcceptDigits(c, 1, 2);
  if (!day) day = AcceptDayBeforeMonth(c, lang, d.weekday.has_value());
  if (day) {
    d.day = *day;
    size_t after_day = c.pos();
    if (!SkipGlue(c, false)) c.Accept("of");
    d.month = AcceptMonth(c);
    size_t after_month = c.pos();
    if (d.month && SkipGlue(c, true)) {  // "23/sep/2020"
      if (auto year = AcceptDigits(c, 4, 4)) return d.year = *year, d;
      c.set_pos(after_month);
    }
    if (!d.month) {
      // "friday the 22nd", "monday 21", "the 27th": a day of a month near publication. A bare
      // ordinal must end its phrase, or "the 21st century" and "the 3rd quarter" would be days.
      c.set_pos(after_day);
      std::string_view written = c.text().substr(day_at, after_day - day_at);
      bool ordinal = written.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
      if (d.part != DatePart::kWhole) return unrecognised();
      // "the 19th-century house", "the 3rd-largest": an ordinal glued to a word by a hyphen.
      std::string_view after = c.Rest();
      bool ends =
          !IsWordByte(c.Peek()) && !(after.size() > 1 && after[0] == '-' && IsWordByte(after[1]));
      if ((d.weekday && ordinal) || (ends && (d.weekday || ordinal))) return d;
      if (!d.weekday) return unrecognised();
      // "saturday 3 days from now": the figure counts something else; the weekday stands alone.
      c.set_pos(before_the);
      d.day.reset();
      return d;
    }
    // "12 Janvier, 2018", "15 April of 1987", "23 novembre de 1987": only before a year in
    // four digits; "28 june in 2020" only where the year ends the phrase (YearInAfterDate).
    size_t before_year = c.pos();
    std::string_view r = c.AcceptAny({",", "of", "de"}).empty() ? "" : c.Rest();
    bool year_next = r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[3]) &&
                     (r.size() == 4 || !IsWordByte(r[4]));
    if (!year_next) {
      c.set_pos(before_year);
      if (lang != Language::kEnglish || !YearInAfterDate(c)) c.set_pos(before_year);
    }
  } else if ((d.month = AcceptMonthOf(c))) {
    SkipGlue(c, true);  // "jan-1", "jan/1"
    size_t figure_at = c.pos();
    std::optional<int> day = AcceptDigits(c, 1, 2);
    // "July 98", «en août 99»: two digits that cannot be a day, ending the phrase, are the year
    // (the nearest to 2000 with those digits, below); "in May 45 people" counts people.
    if (day && *day > 31 && c.pos() - figure_at == 2 && !WordFollows(c)) {
      c.set_pos(figure_at);
      day.reset();
    }
    if (day) {  // English "January 20, 2025"
      d.day = *day;
    } else if (lang == Language::kEnglish) {  // "jan first", "september the twenty-first"
      size_t before_words = c.pos();
      c.Accept("the");
      if (auto words = AcceptOrdinalDayWords(c)) {
        d.day = *words;
      } else {
        c.set_pos(before_words);
      }
    }
    // "January 20, 2025", "Feb, 2001", "4th of july of 1995", «novembre 23 de 1987»: only
    // before a year.
    size_t before_year = c.pos();
    std::string_view joiner = c.AcceptAny({",", "of", "de"});
    std::string_view r = c.Rest();
    bool four_digits = r.size() >= 4 && IsAsciiDigit(r[3]) && (r.size() == 4 || !IsWordByte(r[4]));
    // "June of nineteen ninety nine": a year in words after "of", where it ends the phrase.
    std::optional<int> year_words;
    if (joiner == "of" && !IsAsciiDigit(c.Peek())) year_words = AcceptYearWordsEnding(c, lang);
    if (year_words) {
      d.year = *year_words;
    } else if (joiner.empty() || !IsAsciiDigit(c.Peek()) || (joiner == "de" && !four_digits)) {
      c.set_pos(before_year);
      if (lang != Language::kEnglish || !YearInAfterDate(c)) c.set_pos(before_year);
    }
  } else if (size_t glued_at = c.pos(); (d.month = AcceptMonthGluedToDigits(c))) {
    // "april22", "january12,2016": the day only, glued to its month.
    auto day = AcceptDigits(c, 1, 2);
    if (!day) {
      c.set_pos(glued_at);
      return unrecognised();
    }
    d.day = *day;
    size_t before_year = c.pos();
    if (c.AcceptAny({","}).empty() || !IsAsciiDigit(c.Peek())) c.set_pos(before_year);
  }
  if (d.day && d.month && !d.year) {
    // "september the twenty-first nineteen seventy eight", "the tenth of september, two
    // thousand": a year in words only after a day and its month, and only where it ends the
    // phrase ("on May 5, two thousand people" counts people).
    size_t before_year = c.pos();
    c.Accept(",");
    if (auto words = AcceptYearWordsEnding(c, lang)) {
      d.year = *words;
    } else {
      c.set_pos(before_year);
    }
  }
  size_t year_at = c.pos();
  if (auto year = d.year ? std::nullopt : AcceptDigits(c, 1, 5)) {
    d.year = *year;
    // "14th April 15", "31 octobre 74", "April of 87": a year in two digits after its month is
    // the nearest to 2000 with those digits, as in "21/04/16".
    if (d.month && DigitCount(c.text().substr(year_at, c.pos() - year_at)) == 2) {
      d.year = *year + (*year < 50 ? 2000 : 1900);
    }
    // "2016 june", "2016, nov": a year in four digits before its month.
    size_t after_year = c.pos();
    if (!d.month && !d.weekday && *year >= 1000) {
      c.Accept(",") || SkipGlue(c, false);
      if (!(d.month = AcceptMonth(c))) {
        c.set_pos(after_year);
      } else if (SkipGlue(c, true)) {  // "2019-sep-1", "2019/aug/01"
        size_t before_day = c.pos();
        if (auto day = AcceptDigits(c, 1, 2)) {
          d.day = *day;
        } else {
          c.set_pos(before_day - 1);
        }
      }
    }
  }
  // "friday", "vendredi": a lone weekday, the one nearest publication.
  bool lone_weekday = d.weekday && !d.month && !d.year && !d.day;
  if (lone_weekday) return d.part == DatePart::kWhole ? Result<CalendarDate>(d) : unrecognised();
  if (!d.month && !d.year) return unrecognised();
  if (d.weekday && !d.day) return unrecognised();
  if (d.part != DatePart::kWhole && d.day) return unrecognised();
  return d;
}

Result<CalendarDate> CheckCalendar(CalendarDate d, std::string_view text) {
  if (d.year && (*d.year < 1 || *d.year > 9999)) {
    return ParseError{fmt::format("year {} is out of range (1 to 9999) in '{}'", *d.year, text), 0};
  }
  if (d.month && (*d.month < 1 || *d.month > 12)) {
    return ParseError{fmt::format("impossible date '{}': there is no month {}", text, *d.month), 0};
  }
  if (d.day) {
    // 2024: Feb 29 exists; a day without its month may be any month's.
    int max_day = d.month ? DaysInMonth(d.year.value_or(2024), *d.month) : 31;
    if (!d.month && (*d.day < 1 || *d.day > max_day)) {
      return ParseError{fmt::format("impossible date '{}': no month has a day {}", text, *d.day),
                        0};
    }
    if (*d.day < 1 || *d.day > max_day) {
      std::string in = d.year ? fmt::format("{} {}", MonthNameEnglish(*d.month), *d.year)
                              : std::string(MonthNameEnglish(*d.month));
      return ParseError{fmt::format("impossible date '{}': {} has {} days", text, in, max_day), 0};
    }
    if (d.weekday && d.year) {
      DayNumber day = *DayFromCivil(*d.year, *d.month, *d.day);
      if (Weekday(day) != *d.weekday) {
        return ParseError{fmt::format("weekday in '{}' does not match {}, a {}", text,
                                      FormatDay(day), WeekdayNameEnglish(Weekday(day))),
                          0};
      }
    }
  }
  return d;
}

// "late last year", "earlier this month", "fin de l'année dernière", "début du mois prochain":
// a part of a relative week, month or year. RelativeDate has no part, so the phrase is read as
// the whole period, a wider reading that holds whichever part the text means.
// "dernière", "prochaine", "passée": a word after a period's noun that makes it another period.
bool AcceptRelativeSuffix(Cursor& c) {
  return !c.AcceptAny({"dernière", "derniere", "dernier", "prochaine", "prochain", "passée",
                       "passé", "suivante", "suivant", "précédente", "précédent"})
              .empty();
}

std::optional<RelativeDate> AcceptPartOfRelative(Cursor& c, Language lang) {
  size_t start = c.pos();
  using K = RelativeKind;
  // "the rest of the year", "rest of this week", «le reste de l'année»: the current period.
  if (!c.AcceptAny({"the rest of", "rest of", "the remainder of", "remainder of", "le reste de",
                    "le reste du", "reste de", "reste du"})
           .empty()) {
    c.AcceptAny({"the", "this", "my", "current", "l'", "la", "cette", "ce"});
    if (!c.AcceptAny({"week", "semaine"}).empty()) return RelativeDate{K::kThisWeek, 0, {}};
    if (!c.AcceptAny({"month", "mois"}).empty()) return RelativeDate{K::kThisMonth, 0, {}};
    if (!c.AcceptAny({"year", "année", "annee"}).empty()) return RelativeDate{K::kThisYear, 0, {}};
    c.set_pos(start);
    return std::nullopt;
  }
  if (c.AcceptAny({"beginning of", "start of", "end of", "middle of", "the beginning of",
                   "the start of", "the end of", "the middle of", "early", "late", "mid-", "mid",
                   "later", "earlier", "début", "debut", "fin", "mi-", "courant"})
          .empty()) {
    return std::nullopt;
  }
  c.AcceptAny({"du", "de", "d'"});
  size_t period_at = c.pos();
  auto rel = AcceptRelative(c, lang);
  static constexpr K kPeriods[] = {K::kLastWeek, K::kLastMonth, K::kLastYear,
                                   K::kThisWeek, K::kThisMonth, K::kThisYear,
                                   K::kNextWeek, K::kNextMonth, K::kNextYear};
  if (rel && std::find(std::begin(kPeriods), std::end(kPeriods), rel->kind) != std::end(kPeriods)) {
    return rel;
  }
  // "the end of the month", «en fin d'année», «au début de la semaine»: a part of a period named
  // without "this" is of the current one; not when a date follows ("fin de l'année 2019",
  // «début du mois de mars»), which is that date's part.
  c.set_pos(period_at);
  std::optional<K> bare;
  // English drops the article as French does («fin d'année»): "by end of year", "end of month".
  if (!c.AcceptAny({"the week", "la semaine", "semaine", "week"}).empty()) bare = K::kThisWeek;
  if (!bare && !c.AcceptAny({"the month", "le mois", "mois", "month"}).empty())
    bare = K::kThisMonth;
  if (!bare && !c.AcceptAny({"the year", "l'année", "l'annee", "année", "annee", "year"}).empty()) {
    bare = K::kThisYear;
  }
  if (bare) {
    size_t after = c.pos();
    bool date_follows = IsAsciiDigit(c.Peek()) || !c.AcceptAny({"de", "d'", "of"}).empty() ||
                        AcceptMonth(c) || AcceptRelativeSuffix(c);
    c.set_pos(after);
    if (!date_follows && !IsWordByte(c.Peek())) return RelativeDate{*bare, 0, {}};
  }
  c.set_pos(start);
  return std::nullopt;
}

bool IsWeek(const RelativeDate& r) {
  return r.kind == RelativeKind::kLastWeek || r.kind == RelativeKind::kThisWeek ||
         r.kind == RelativeKind::kNextWeek;
}

bool IsMonth(const RelativeDate& r) {
  return r.kind == RelativeKind::kLastMonth || r.kind == RelativeKind::kThisMonth ||
         r.kind == RelativeKind::kNextMonth;
}

// A weekday within a relative week ("friday next week", "next week on friday", «vendredi de la
// semaine prochaine») or an ordinal weekday of a month ("the first friday of july", «le premier
// samedi de décembre», "the second monday of this month"). The model has no weekday within a
// period, so the phrase is read as the period that holds it: the week, the month.
std::optional<DateExpr> AcceptWeekdayInPeriod(Cursor& c, Language lang) {
  size_t start = c.pos();
  c.AcceptAny({"the", "le"});
  bool ordinal = !c.AcceptAny({"first",     "second",    "third",     "fourth",   "fifth",
                               "last",      "premier",   "deuxième",  "deuxieme", "troisième",
                               "troisieme", "quatrième", "quatrieme", "dernier",  "1st",
                               "2nd",       "3rd",       "4th",       "1er",      "2e"})
                      .empty();
  if (!ordinal) c.set_pos(start);
  if (AcceptWeekday(c)) {
    c.AcceptAny({"of", "in", "du", "de", "d'"});
    if (auto rel = AcceptRelative(c, lang)) {
      if ((!ordinal && IsWeek(*rel)) || (ordinal && IsMonth(*rel))) return DateExpr(*rel);
    } else if (ordinal) {
      if (auto month = AcceptMonthOf(c)) {
        CalendarDate d{{}, *month, {}, {}, DatePart::kWhole};
        size_t before_year = c.pos();
        c.AcceptAny({",", "of", "de"});
        std::string_view r = c.Rest();
        if (r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[3]) &&
            (r.size() == 4 || !IsWordByte(r[4]))) {
          d.year = std::stoi(std::string(r.substr(0, 4)));
          c.set_pos(c.pos() + 4);
          c.SkipSpaces();
        } else {
          c.set_pos(before_year);
        }
        return DateExpr(d);
      }
    }
    c.set_pos(start);
    return std::nullopt;
  }
  c.set_pos(start);
  auto rel = AcceptRelative(c, lang);
  if (rel && IsWeek(*rel)) {
    c.Accept("on");
    if (AcceptWeekday(c)) return DateExpr(*rel);
  }
  c.set_pos(start);
  return std::nullopt;
}

// "31st of this month", "the 20th next month", «le 12 du mois prochain», "20 of the previous
// month", "the 15th day of next month": a day of a relative month, read as that month (a
// relative date has no day; the month holds it). The day needs its ordinal ending or "of",
// «du», «de»: "5 this month" counts.
std::optional<RelativeDate> AcceptDayOfRelativeMonth(Cursor& c, Language lang) {
  size_t start = c.pos();
  c.AcceptAny({"the", "le"});
  size_t day_at = c.pos();
  if (!IsAsciiDigit(c.Peek()) || !AcceptDigits(c, 1, 2)) {
    c.set_pos(start);
    return std::nullopt;
  }
  std::string_view day = c.text().substr(day_at, c.pos() - day_at);
  bool ordinal = day.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
  // "the 20th day of next month", «le 12e jour du mois prochain».
  bool day_word = !c.AcceptAny({"day", "jour"}).empty();
  // "20 of next month", "the 15th of the current month", «le 12 de ce mois»: "of", «du», «de»
  // make the figure a day of the month as an ordinal ending does.
  bool joined = !c.AcceptAny({"of", "du", "de"}).empty();
  if ((ordinal || joined) && (joined || !day_word)) {
    if (joined) c.AcceptAny({"the", "le"});
    auto rel = AcceptRelative(c, lang);
    // "5 of this month's games" counts games.
    if (rel && IsMonth(*rel) && c.Peek() != '\'') return rel;
  }
  c.set_pos(start);
  return std::nullopt;
}

// "the last day of October 2015", "the first day of 2020", "the third day of october", "the 15th
// day of March", «le dernier jour de février 2024», «le premier jour d'avril»: a day by its rank
// in a month or a year. The last day of a month without its year is that month's last day,
// except February's, which is read as the month (28 or 29 days: the month holds it).
std::optional<CalendarDate> AcceptRankedDay(Cursor& c, Language lang) {
  size_t start = c.pos();
  auto fail = [&] {
    c.set_pos(start);
    return std::nullopt;
  };
  c.AcceptAny({"the", "le"});
  constexpr int kLast = 0;
  std::optional<int> rank;
  if (!c.AcceptAny({"last", "dernier"}).empty()) {
    rank = kLast;
  } else if (!c.AcceptAny({"first", "premier", "1er"}).empty()) {
    rank = 1;
  } else if (lang == Language::kEnglish) {
    size_t at = c.pos();
    rank = IsAsciiDigit(c.Peek()) ? AcceptDigits(c, 1, 2) : AcceptOrdinalDayWords(c);
    // Digits need their ordinal ending: "15 day of" is no rank.
    if (rank && IsAsciiDigit(c.text()[at]) &&
        c.text().substr(at, c.pos() - at).find_first_of("abcdefghijklmnopqrstuvwxyz") ==
            std::string_view::npos) {
      rank.reset();
    }
  }
  if (!rank || c.AcceptAny({"day", "jour"}).empty()) return fail();
  if (c.AcceptAny({"of", "in", "de", "d'", "du mois de", "du mois d'"}).empty()) return fail();
  CalendarDate d;
  d.month = AcceptMonth(c);
  size_t before_year = c.pos();
  if (d.month) c.Accept(",");
  std::string_view r = c.Rest();
  if (r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[3]) &&
      (r.size() == 4 || !IsWordByte(r[4]))) {
    d.year = AcceptDigits(c, 4, 4);
  } else {
    c.set_pos(before_year);
  }
  if (!d.month && !d.year) return fail();
  if (!d.month) {  // "the last day of 2015", «le premier jour de 2020»
    if (*rank != 1 && *rank != kLast) return fail();
    d.month = *rank == 1 ? 1 : 12;
  }
  int length = d.year          ? DaysInMonth(*d.year, *d.month)
               : *d.month == 2 ? 29
                               : DaysInMonth(2001, *d.month);
  if (*rank > length) return fail();
  if (*rank == kLast && !d.year && *d.month == 2) return d;  // the month
  d.day = *rank == kLast ? length : *rank;
  return d;
}

Result<DateExpr> ParseExpr(Cursor& c, Language lang, std::string_view text) {
  if (auto ranked = AcceptRankedDay(c, lang)) return DateExpr(*ranked);
  if (auto rel = AcceptPartOfRelative(c, lang)) return DateExpr(*rel);
  if (auto rel = AcceptDayOfRelativeMonth(c, lang)) return DateExpr(*rel);
  if (auto in_period = AcceptWeekdayInPeriod(c, lang)) return *in_period;
  if (auto rel = AcceptRelative(c, lang)) return DateExpr(*rel);
  auto cal = ParseCalendar(c, text, lang);
  if (!cal.ok()) return cal.error();
  auto checked = CheckCalendar(cal.value(), text);
  if (!checked.ok()) return checked.error();
  return DateExpr(checked.value());
}

// "depuis", "avant", "d'ici", ... at the cursor (not the "avant" of "avant-hier").
DateBound AcceptBound(Cursor& c) {
  // "avant-hier", "avant hier": a day, not a bound ("avant hier soir" is no "before").
  for (std::string_view day :
       {"avant-hier", "après-demain", "avant hier", "après demain", "apres demain"}) {
    if (c.Rest().starts_with(day)) return DateBound::kAt;
  }
  // "on or before X", "later than or at X", «à partir du X»: a bound that takes X itself in.
  // "on or after", "no earlier than" start with X, as "since" does; "on or before", "no later
  // than", «au plus tard» end with it, as "by" does.
  if (!c.AcceptAny({"on or after", "on or later than", "after or on", "later than or at",
                    "later than or on", "later than or in", "after or in", "at or after",
                    "no earlier than", "not earlier than", "à partir du", "à partir de",
                    "à partir d'", "a partir du", "a partir de", "à compter du", "à compter de"})
           .empty()) {
    return DateBound::kSince;
  }
  if (!c.AcceptAny({"on or before", "on or earlier than", "earlier than or on",
                    "earlier than or in", "earlier than or at", "before or in", "at or before",
                    "no later than", "not later than", "au plus tard le", "au plus tard en",
                    "au plus tard"})
           .empty()) {
    return DateBound::kBy;
  }
  std::string_view bound =
      c.AcceptAny({"depuis", "since", "avant", "before or on", "before", "earlier than", "prior to",
                   "d'ici à", "d'ici", "jusqu'à", "jusqu'au", "jusqu'en", "by", "until", "till",
                   "après", "after", "later than"});
  if (bound == "depuis" || bound == "since") return DateBound::kSince;
  if (bound == "avant" || bound == "before" || bound == "earlier than" || bound == "prior to") {
    return DateBound::kBefore;
  }
  if (bound == "d'ici à" || bound == "d'ici" || bound == "jusqu'à" || bound == "jusqu'au" ||
      bound == "jusqu'en" || bound == "by" || bound == "before or on" || bound == "until" ||
      bound == "till") {
    return DateBound::kBy;
  }
  if (bound == "après" || bound == "after" || bound == "later than") return DateBound::kAfter;
  return DateBound::kAt;
}

void AcceptDuring(Cursor& c) {
  c.AcceptAny({"au cours de", "courant", "durant", "pendant", "dès", "le", "en", "in", "on"});
}

// "entre", "from", «du» («de» + «le»), and the article before a day in figures that may follow
// ("entre le 13 et le 15 juillet", "from the 13th to the 15th of July").
std::string_view AcceptRangeOpener(Cursor& c) {
  std::string_view opener = c.AcceptAny({"entre", "between", "from", "de", "du"});
  if (!opener.empty() && opener != "du") {
    size_t before_article = c.pos();
    if (c.AcceptAny({"le", "the"}).empty() || !IsAsciiDigit(c.Peek())) c.set_pos(before_article);
  }
  return opener;
}

bool AcceptRangeJoin(Cursor& c) {
  bool hyphen = !c.AtEnd() && c.Peek() == '-';  // "2019-2020"
  if (hyphen) c.set_pos(c.pos() + 1);
  return hyphen || !c.AcceptAny({"et", "and", "à", "au", "to", "till", "until", "through",
                                 "jusqu'à", "jusqu'au", "jusqu'a"})
                        .empty();
}

// The decade a French number in words names after "les années": "soixante-dix" (the 1970s),
// "quatre-vingt-dix", "deux mille", "mille neuf cent quatre-vingt": a multiple of ten from 10
// to 90 (of the 1900s) or a year.
std::optional<int> DecadeInWords(Cursor& c, Language lang) {
  size_t start = c.pos();
  if (!IsWordByte(c.Peek()) || IsAsciiDigit(c.Peek())) return std::nullopt;
  auto n = ParseNumber(c, lang);
  if (n && n->ok()) {
    const Rational& v = n->value().value;
    if (v.get_den() == 1 && v.get_num().fits_sint_p()) {
      long y = v.get_num().get_si();
      if (y % 10 == 0 && y >= 10 && y <= 90) return static_cast<int>(1900 + y);
      if (y % 10 == 0 && y >= 1000 && y <= 2990) return static_cast<int>(y);
    }
  }
  c.set_pos(start);
  return std::nullopt;
}

// "les années 1990", "les années 70", "les années quatre-vingt-dix", "the 1990s", "the '70s",
// "1990 s": the ten years as a range of years. Two digits need "les années" or an apostrophe
// ("the 70s" is as often a temperature or an age).
}  // namespace

std::optional<int> EnglishDecadeInWords(Cursor& c) {
  size_t start = c.pos();
  if (c.Accept("noughties")) return 2000;
  // Up to six words, hyphens as spaces; the longest run whose last word, made singular, ends a
  // year in words.
  std::string_view rest = c.Rest().substr(0, 64);
  std::vector<size_t> word_ends;
  for (size_t i = 0; i < rest.size() && word_ends.size() < 6;) {
    if (!IsWordByte(rest[i]) || IsAsciiDigit(rest[i])) break;
    size_t j = i;
    while (j < rest.size() && IsWordByte(rest[j]) && rest[j] != '-') ++j;
    word_ends.push_back(j);
    if (j < rest.size() && (rest[j] == ' ' || rest[j] == '-')) {
      i = j + 1;
    } else {
      break;
    }
  }
  for (size_t k = word_ends.size(); k-- > 0;) {
    std::string words(rest.substr(0, word_ends[k]));
    for (char& ch : words) ch = ch == '-' ? ' ' : ch;
    if (words.ends_with("ies")) {
      words.replace(words.size() - 3, 3, "y");
    } else if (words.ends_with("s")) {
      words.pop_back();
    } else {
      continue;
    }
    Cursor singular(words);
    auto year = AcceptYearWords(singular, Language::kEnglish);
    if (year && singular.AtEnd() && *year % 10 == 0) {
      c.set_pos(start + word_ends[k]);
      c.SkipSpaces();
      return *year;
    }
  }
  c.set_pos(start);
  return std::nullopt;
}

namespace {

std::optional<DateValue> ReadDecade(Cursor& c, Language lang) {
  size_t start = c.pos();
  bool annees = !c.AcceptAny({"les années", "les annees", "années", "annees"}).empty();
  if (!annees) c.Accept("the");
  bool apostrophe = !annees && (c.Rest().starts_with("'") || c.Rest().starts_with("’"));
  if (apostrophe) c.set_pos(c.pos() + (c.Rest().starts_with("'") ? 1 : 3));
  std::string_view rest = c.Rest();
  size_t n = 0;
  while (n < rest.size() && n < 5 && IsAsciiDigit(rest[n])) ++n;
  int year = n == 4 || n == 2 ? std::stoi(std::string(rest.substr(0, n))) : -1;
  if (year >= 0 && n == 2) year = annees || apostrophe ? 1900 + year : -1;
  if (n == 0 && !annees && !apostrophe && lang == Language::kEnglish && c.pos() > start) {
    if (auto decade = EnglishDecadeInWords(c)) {  // after "the" only
      DateValue v;
      v.from = CalendarDate{*decade, {}, {}, {}, DatePart::kWhole};
      v.to = CalendarDate{*decade + 9, {}, {}, {}, DatePart::kWhole};
      return v;
    }
  }
  if (n == 0 && annees) {
    if (auto words = DecadeInWords(c, lang)) {
      if (!c.Rest().empty() && IsWordByte(c.Peek())) {
        c.set_pos(start);
        return std::nullopt;
      }
      DateValue v;
      v.from = CalendarDate{*words, {}, {}, {}, DatePart::kWhole};
      v.to = CalendarDate{*words + 9, {}, {}, {}, DatePart::kWhole};
      return v;
    }
  }
  if (year < 0 || year % 10 != 0) {
    c.set_pos(start);
    return std::nullopt;
  }
  c.set_pos(c.pos() + n);
  if (!annees) {
    // "1990s", "1990's", "1990 s"
    std::string_view after = c.Rest();
    size_t len = after.starts_with("s")    ? 1
                 : after.starts_with("'s") ? 2
                 : after.starts_with(" s") ? 2
                                           : 0;
    if (len == 0 || (after.size() > len && IsWordByte(after[len]))) {
      c.set_pos(start);
      return std::nullopt;
    }
    c.set_pos(c.pos() + len);
  } else if (c.Rest().starts_with("s") && (c.Rest().size() == 1 || !IsWordByte(c.Rest()[1]))) {
    c.set_pos(c.pos() + 1);  // "les années 70s"
  } else if (!c.Rest().empty() && IsWordByte(c.Peek())) {
    c.set_pos(start);
    return std::nullopt;
  }
  c.SkipSpaces();
  DateValue v;
  v.from = CalendarDate{year, {}, {}, {}, DatePart::kWhole};
  v.to = CalendarDate{year + 9, {}, {}, {}, DatePart::kWhole};
  return v;
}

// The value of a Roman numeral in lower case ("xxi" = 21), or 0 when the letters are none.
int RomanValue(std::string_view s) {
  auto digit = [](char ch) {
    switch (ch) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      case 'l':
        return 50;
      default:
        return 0;
    }
  };
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    int v = digit(s[i]);
    if (v == 0) return 0;
    int next = i + 1 < s.size() ? digit(s[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  return total;
}

// "the 21st century", "le XIXe siècle", "au 20e siècle", "XVIIIème siècle":
// the hundred years of a century, counted as usually written (the 20th century is 1900-1999).
std::optional<DateValue> ReadCentury(Cursor& c) {
  size_t start = c.pos();
  c.AcceptAny({"the", "le"});
  std::string_view rest = c.Rest();
  size_t n = 0;
  while (n < rest.size() && n < 6 &&
         std::string_view("ivxl").find(rest[n]) != std::string_view::npos)
    ++n;
  int number = 0;
  if (n > 0) {
    number = RomanValue(rest.substr(0, n));
  } else {
    while (n < rest.size() && n < 2 && IsAsciiDigit(rest[n])) ++n;
    if (n > 0) number = std::stoi(std::string(rest.substr(0, n)));
  }
  std::string_view suffix = rest.substr(n);
  size_t len = 0;
  for (std::string_view s : {"ème", "eme", "e", "st", "nd", "rd", "th"}) {
    if (suffix.starts_with(s)) {
      len = s.size();
      break;
    }
  }
  if (number < 1 || number > 30 || len == 0) {
    c.set_pos(start);
    return std::nullopt;
  }
  // "a 19th-century house" describes a thing, it dates no event: the noun only.
  c.set_pos(c.pos() + n + len);
  if (c.AcceptAny({"century", "siècle", "siecle"}).empty()) {
    c.set_pos(start);
    return std::nullopt;
  }
  int first = (number - 1) * 100;
  DateValue v;
  v.from = CalendarDate{first == 0 ? 1 : first, {}, {}, {}, DatePart::kWhole};
  v.to = CalendarDate{first + 99, {}, {}, {}, DatePart::kWhole};
  return v;
}

// "Q1 2016", "2017-q1", "the third quarter of 2016", "premier trimestre 2016", "summer 2016",
// "l'été 2016": a quarter or a season of a year, as the range of its months. Seasons are the
// meteorological ones; winter runs from December into the next year. French "été" needs its
// article, being also the participle of "être" ("a été 2016 fois").
std::optional<DateValue> ReadQuarterOrSeason(Cursor& c, Language lang) {
  size_t start = c.pos();
  int first_month = 0;
  std::optional<int> year;
  std::string_view rest = c.Rest();
  bool digits4 = rest.size() >= 4 && IsAsciiDigit(rest[0]) && IsAsciiDigit(rest[1]) &&
                 IsAsciiDigit(rest[2]) && IsAsciiDigit(rest[3]);
  // "2017 q1", "2017-q1", "2018q4": the separator may be left out.
  size_t q_at = digits4 && rest.size() >= 6 && (rest[4] == ' ' || rest[4] == '-') ? 5 : 4;
  if (digits4 && rest.size() >= q_at + 2 && rest[q_at] == 'q' && rest[q_at + 1] >= '1' &&
      rest[q_at + 1] <= '4' && (rest.size() == q_at + 2 || !IsWordByte(rest[q_at + 2]))) {
    year = std::stoi(std::string(rest.substr(0, 4)));
    first_month = 3 * (rest[q_at + 1] - '1') + 1;
    c.set_pos(c.pos() + q_at + 2);
    c.SkipSpaces();
  } else {
    struct Word {
      std::string_view word;
      int first_month;
    };
    static constexpr Word kQuarters[] = {
        {"q1", 1},
        {"q2", 4},
        {"q3", 7},
        {"q4", 10},
        {"first", 1},
        {"second", 4},
        {"third", 7},
        {"fourth", 10},
        {"premier", 1},
        {"1er", 1},
        {"deuxième", 4},
        {"deuxieme", 4},
        {"second", 4},
        {"troisième", 7},
        {"troisieme", 7},
        {"quatrième", 10},
        {"quatrieme", 10},
        {"1st", 1},
        {"2nd", 4},
        {"3rd", 7},
        {"4th", 10},
        {"2ème", 4},
        {"3ème", 7},
        {"4ème", 10},
        {"2e", 4},
        {"3e", 7},
        {"4e", 10},
        // "the last quarter of 2023", «le dernier trimestre 2023»: the fourth (without a year
        // they are the quarter before publication's, ReadQuarterNearPublication).
        {"last", 10},
        {"dernier", 10},
    };
    static constexpr Word kSeasons[] = {
        {"spring", 3},       {"summer", 6},    {"autumn", 9}, {"winter", 12},
        {"le printemps", 3}, {"printemps", 3}, {"l'été", 6},  {"l'automne", 9},
        {"automne", 9},      {"l'hiver", 12},  {"hiver", 12},
    };
    c.AcceptAny({"the", "le"});
    for (const auto& q : kQuarters) {
      if (!c.Accept(q.word)) continue;
      if (q.word[0] != 'q') {
        if (!c.AtEnd() && c.Peek() == '-') c.set_pos(c.pos() + 1), c.SkipSpaces();
        if (c.AcceptAny({"quarter", "qtr", "trimestre"}).empty()) break;
      }
      first_month = q.first_month;
      break;
    }
    if (first_month == 0) {
      c.set_pos(start);
      c.Accept("the");
      for (const auto& w : kSeasons) {
        if (c.Accept(w.word)) {
          first_month = w.first_month;
          break;
        }
      }
    }
    if (first_month == 0) {
      c.set_pos(start);
      return std::nullopt;
    }
    c.AcceptAny({"of", "de", "d'", ","});
    std::string_view r = c.Rest();
    bool digits = r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[3]) &&
                  (r.size() == 4 || !IsWordByte(r[4]));
    // "the first quarter of two thousand and twenty", "the spring of nineteen seventy eight".
    std::optional<int> year_words = digits ? std::nullopt : AcceptYearWordsEnding(c, lang);
    if (year_words) {
      year = *year_words;
    } else if (!digits) {
      // "Q3 this year", «le premier trimestre de l'année prochaine»: a part of a relative year,
      // read as that year (a relative date has no part; the year holds it).
      auto rel = AcceptRelative(c, lang);
      using K = RelativeKind;
      if (rel &&
          (rel->kind == K::kLastYear || rel->kind == K::kThisYear || rel->kind == K::kNextYear)) {
        DateValue v;
        v.from = *rel;
        return v;
      }
      c.set_pos(start);
      return std::nullopt;
    } else {
      year = std::stoi(std::string(r.substr(0, 4)));
      c.set_pos(c.pos() + 4);
      c.SkipSpaces();
    }
  }
  int last_month = first_month + 2;
  DateValue v;
  v.from = CalendarDate{year, first_month, {}, {}, DatePart::kWhole};
  v.to = last_month > 12 ? CalendarDate{*year + 1, last_month - 12, {}, {}, DatePart::kWhole}
                         : CalendarDate{year, last_month, {}, {}, DatePart::kWhole};
  return v;
}

// "the third week of this month", "first week of 2015", "the last week of july", "3rd week of
// jan", «la troisième semaine de 2027»: a week by its rank in a month or a year, read as that
// month or year (the model has no week within a period; the period holds it).
std::optional<DateValue> ReadRankedWeek(Cursor& c, Language lang) {
  size_t start = c.pos();
  auto fail = [&]() -> std::optional<DateValue> {
    c.set_pos(start);
    return std::nullopt;
  };
  c.AcceptAny({"the", "la", "le"});
  if (c.AcceptAny({"first",     "second",    "third",     "fourth",    "fifth",     "last",
                   "1st",       "2nd",       "3rd",       "4th",       "5th",       "première",
                   "premiere",  "deuxième",  "deuxieme",  "seconde",   "troisième", "troisieme",
                   "quatrième", "quatrieme", "cinquième", "cinquieme", "dernière",  "derniere"})
          .empty() ||
      c.AcceptAny({"week", "semaine"}).empty()) {
    return fail();
  }
  c.AcceptAny({"of", "in", "du", "de", "d'"});
  DateValue v;
  using K = RelativeKind;
  if (auto rel = AcceptRelative(c, lang)) {
    bool period = IsMonth(*rel) || rel->kind == K::kLastYear || rel->kind == K::kThisYear ||
                  rel->kind == K::kNextYear;
    if (!period) return fail();
    v.from = *rel;
    return v;
  }
  CalendarDate d;
  d.month = AcceptMonthOf(c);
  c.SkipSpaces();
  std::string_view r = c.Rest();
  if (r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[1]) && IsAsciiDigit(r[2]) &&
      IsAsciiDigit(r[3]) && (r.size() == 4 || !IsWordByte(r[4]))) {
    d.year = std::stoi(std::string(r.substr(0, 4)));
    c.set_pos(c.pos() + 4);
    c.SkipSpaces();
  }
  if (!d.month && !d.year) return fail();
  v.from = d;
  return v;
}

// "the week of November 30th", "the week starting on february 4", "w/c feb 4", «la semaine du 6
// octobre»: the week (Monday to Sunday) that holds a day. With its year it is those seven days;
// without one, the months that may hold them (a year-less week has no slot in the model; its
// month, or the two months it may straddle, hold it, as for a ranked week).
std::optional<DateValue> ReadWeekOfDay(Cursor& c, Language lang) {
  size_t start = c.pos();
  auto fail = [&]() -> std::optional<DateValue> {
    c.set_pos(start);
    return std::nullopt;
  };
  if (c.Accept("w/c")) {
    // "w/c": week commencing.
  } else {
    c.AcceptAny({"the", "a", "la"});
    if (c.AcceptAny({"week", "semaine"}).empty()) return fail();
    if (c.AcceptAny({"starting on", "starting", "commencing on", "commencing", "beginning on",
                     "beginning", "of", "du"})
            .empty()) {
      return fail();
    }
  }
  auto day = ParseCalendar(c, c.Rest(), lang);
  if (!day.ok() || !day->day || !day->month || day->weekday || !CheckCalendar(*day, "").ok()) {
    return fail();
  }
  DateValue v;
  if (day->year) {
    DayNumber d = *DayFromCivil(*day->year, *day->month, *day->day);
    DayNumber monday = d - Weekday(d);
    int y = 0, m = 0, dd = 0;
    CivilFromDay(monday, &y, &m, &dd);
    v.from = CalendarDate{y, m, dd, {}, DatePart::kWhole};
    CivilFromDay(monday + 6, &y, &m, &dd);
    v.to = CalendarDate{y, m, dd, {}, DatePart::kWhole};
    return v;
  }
  int month = *day->month;
  int first = *day->day <= 6 ? month - 1 : month;
  int last = *day->day + 6 > DaysInMonth(2001, month) ? month + 1 : month;
  if (first < 1 || last > 12) return fail();  // a week across the new year: no year-less range
  v.from = CalendarDate{{}, first, {}, {}, DatePart::kWhole};
  if (last != first) v.to = CalendarDate{{}, last, {}, {}, DatePart::kWhole};
  return v;
}

// "this summer", "next spring", "last winter", «cet été», «le printemps prochain», «l'hiver
// dernier»: a season near publication. A relative date has no season, so the reading is the
// years that may hold it: this year for this spring, summer or autumn; last and this year for
// the last one, this and next year for the next one (which year depends on the season of
// publication); a winter straddles two years, so this winter is last to next year.
std::optional<DateValue> ReadSeasonNearPublication(Cursor& c) {
  size_t start = c.pos();
  using K = RelativeKind;
  std::string_view before = c.AcceptAny({"this", "next", "last", "cet", "cette", "ce", "prochain"});
  if (before.empty()) c.AcceptAny({"the", "le", "l'"});
  bool winter = false;
  if (!c.AcceptAny({"winter", "hiver"}).empty()) {
    winter = true;
  } else if (c.AcceptAny({"spring", "summer", "autumn", "fall", "printemps", "été", "automne"})
                 .empty()) {
    c.set_pos(start);
    return std::nullopt;
  }
  std::string_view after =
      before.empty() ? c.AcceptAny({"prochain", "dernier", "passé"}) : std::string_view();
  int offset = 0;  // -1 last, 0 this, +1 next
  if (before == "next" || before == "prochain" || after == "prochain") {
    offset = 1;
  } else if (before == "last" || after == "dernier" || after == "passé") {
    offset = -1;
  } else if (before.empty()) {
    c.set_pos(start);  // "summer", "l'été": no year to hold it
    return std::nullopt;
  }
  auto year = [](int o) {
    return RelativeDate{o < 0 ? K::kLastYear : o > 0 ? K::kNextYear : K::kThisYear, 0, {}};
  };
  DateValue v;
  if (offset == 0 && !winter) {
    v.from = year(0);
  } else if (offset == 0) {
    v.from = year(-1), v.to = year(1);
  } else {
    v.from = year(std::min(offset, 0)), v.to = year(std::max(offset, 0));
  }
  return v;
}

// "this quarter", "the next qtr", "last quarter", «ce trimestre», «le trimestre prochain», «le
// trimestre dernier», «le prochain trimestre», «le trimestre en cours»: a quarter near
// publication. A relative date has no quarter, so the reading is the years that may hold it, as
// for a season near publication: this year for this quarter, last and this year for the last
// one, this and next year for the next one. Not before "of", «de» or a year: "the last quarter
// of 2023", «le dernier trimestre 2023» are the fourth quarter of a year (ReadQuarterOrSeason).
std::optional<DateValue> ReadQuarterNearPublication(Cursor& c) {
  size_t start = c.pos();
  using K = RelativeKind;
  std::string_view article = c.AcceptAny({"the", "le", "ce"});
  std::string_view before = c.AcceptAny(
      {"current", "this", "next", "coming", "last", "past", "previous", "prochain", "dernier"});
  if (c.AcceptAny({"quarter", "qtr", "trimestre"}).empty()) {
    c.set_pos(start);
    return std::nullopt;
  }
  std::string_view after = before.empty()
                               ? c.AcceptAny({"prochain", "dernier", "passé", "en cours"})
                               : std::string_view();
  bool this_one = before == "current" || before == "this" || after == "en cours" ||
                  (article == "ce" && before.empty() && after.empty());
  int offset = 0;
  if (before == "next" || before == "coming" || before == "prochain" || after == "prochain") {
    offset = 1;
  } else if (before == "last" || before == "past" || before == "previous" || before == "dernier" ||
             after == "dernier" || after == "passé") {
    offset = -1;
  } else if (!this_one) {
    c.set_pos(start);
    return std::nullopt;
  }
  size_t end = c.pos();
  c.SkipSpaces();
  if (IsAsciiDigit(c.Peek()) || !c.AcceptAny({"of", "de", "d'", "du", "'s"}).empty()) {
    c.set_pos(start);
    return std::nullopt;
  }
  c.set_pos(end);
  auto year = [](int o) {
    return RelativeDate{o < 0 ? K::kLastYear : o > 0 ? K::kNextYear : K::kThisYear, 0, {}};
  };
  DateValue v;
  v.from = year(std::min(offset, 0));
  if (offset != 0) v.to = year(std::max(offset, 0));
  return v;
}

// "H1 2016", "2016 H2", "2016h2", "the first half of 2016", «le premier semestre 2016», «second
// semestre de 2024»: a half of a year, as the range of its six months.
std::optional<DateValue> ReadHalfYear(Cursor& c) {
  size_t start = c.pos();
  auto year_at = [](std::string_view r) {
    return r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[1]) && IsAsciiDigit(r[2]) &&
           IsAsciiDigit(r[3]) && (r.size() == 4 || !IsWordByte(r[4]));
  };
  int half = 0, year = 0;
  std::string_view r = c.Rest();
  bool digits4 = r.size() >= 6 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[1]) && IsAsciiDigit(r[2]) &&
                 IsAsciiDigit(r[3]);
  if (digits4) {  // "2016 h2", "2016h2", "2016-h2"
    size_t i = 4 + (r[4] == ' ' || r[4] == '-');
    if (i + 2 <= r.size() && r[i] == 'h' && (r[i + 1] == '1' || r[i + 1] == '2') &&
        (i + 2 == r.size() || !IsWordByte(r[i + 2]))) {
      year = std::stoi(std::string(r.substr(0, 4)));
      half = r[i + 1] - '0';
      c.set_pos(c.pos() + i + 2);
      c.SkipSpaces();
    }
  }
  if (half == 0) {
    if (c.Accept("h1")) {
      half = 1;
    } else if (c.Accept("h2")) {
      half = 2;
    } else {
      c.AcceptAny({"the", "le"});
      std::string_view which = c.AcceptAny(
          {"first", "second", "premier", "1er", "second", "deuxième", "deuxieme", "2e", "2nd"});
      if (which.empty() || c.AcceptAny({"half", "semestre"}).empty()) {
        c.set_pos(start);
        return std::nullopt;
      }
      half = which == "first" || which == "premier" || which == "1er" ? 1 : 2;
    }
    c.AcceptAny({"of", "de", "d'", ","});
    if (!year_at(c.Rest())) {
      c.set_pos(start);
      return std::nullopt;
    }
    year = std::stoi(std::string(c.Rest().substr(0, 4)));
    c.set_pos(c.pos() + 4);
    c.SkipSpaces();
  }
  DateValue v;
  v.from = CalendarDate{year, half == 1 ? 1 : 7, {}, {}, DatePart::kWhole};
  v.to = CalendarDate{year, half == 1 ? 6 : 12, {}, {}, DatePart::kWhole};
  return v;
}

// "year to date", "YTD", "so far this year", "month to date": the days from the start of the
// current year (month) to publication, the period a figure "down 20% year to date" covers.
// («depuis le début de l'année» is a bound, «depuis» X: it starts within the year.)
std::optional<DateValue> ReadToDate(Cursor& c) {
  using K = RelativeKind;
  std::optional<K> period;
  if (!c.AcceptAny(
            {"year to date", "year-to-date", "ytd", "so far this year", "so far in the year"})
           .empty()) {
    period = K::kThisYear;
  } else if (!c.AcceptAny({"month to date", "month-to-date", "mtd", "so far this month"}).empty()) {
    period = K::kThisMonth;
  }
  if (!period) return std::nullopt;
  DateValue v;
  v.from = RelativeDate{*period, 0, {}};
  v.to = RelativeDate{K::kToday, 0, {}};
  return v;
}

// «la première quinzaine d'avril», «la seconde quinzaine de mars 2024», "the first half of
// March", "the second half of April 2025": days 1-15 of the month, or the 16th to its end (a
// range to the whole month, whose end the year decides). A year may follow, as after a month.
std::optional<DateValue> ReadHalfMonth(Cursor& c) {
  size_t start = c.pos();
  auto fail = [&]() -> std::optional<DateValue> {
    c.set_pos(start);
    return std::nullopt;
  };
  c.AcceptAny({"the", "la", "le"});
  std::string_view which = c.AcceptAny({"first", "second", "latter", "last", "première", "premiere",
                                        "1re", "1ère", "seconde", "second", "deuxième", "deuxieme",
                                        "2e", "2nde", "dernière", "derniere"});
  if (which.empty()) return fail();
  bool french = c.AcceptAny({"half of", "half"}).empty();
  if (french && c.Accept("quinzaine")) {
    if (c.AcceptAny({"de", "d'", "du mois de", "du mois d'"}).empty()) return fail();
  } else if (french) {
    return fail();
  }
  auto month = AcceptMonth(c);
  if (!month) return fail();
  CalendarDate first{{}, *month, {}, {}, DatePart::kWhole};
  first.year = AcceptJoinedYear(c);
  bool first_half = which == "first" || which == "première" || which == "premiere" ||
                    which == "1re" || which == "1ère";
  DateValue v;
  CalendarDate from = first, to = first;
  from.day = first_half ? 1 : 16;
  if (first_half) to.day = 15;
  v.from = from;
  v.to = to;
  return v;
}

// "the past 3 years", "last two weeks", "next 3 days", "upcoming 2 months", "the last 2 quarters",
// «les trois dernières années», «les 3 prochains jours», «2 semaines passées»: the stretch of N
// units that ends the day before publication or starts the day after it, as the range of its days
// (the units before or after P by "N ago" / "N from now": days and weeks exact, months and years at
// their own grain). "within" and "in" stay durations (time_scan.cc): "the lowest in 10 years".
// `ahead`: English without "next", "past"... ("within 5 days", ReadAhead) is the stretch after
// publication.
std::optional<DateValue> ReadPeriodFromPublication(Cursor& c, Language lang, bool ahead = false) {
  size_t start = c.pos();
  auto fail = [&]() -> std::optional<DateValue> {
    c.set_pos(start);
    return std::nullopt;
  };
  int direction = 0;  // -1 the stretch before publication, +1 after it
  bool french = lang == Language::kFrench;
  std::string_view before_count;  // «dernières 3 semaines»
  std::string_view which;         // "past", "next", ...
  if (french) {
    c.AcceptAny({"au cours des", "lors des", "durant les", "pendant les", "ces", "les"});
    before_count = c.AcceptAny(
        {"derniers", "dernières", "dernieres", "derniere", "dernière", "prochains", "prochaines"});
  } else {
    c.AcceptAny({"over the", "the"});
    which = c.AcceptAny({"past", "last", "previous", "next", "coming", "upcoming"});
    if (which.empty() && !ahead) return fail();
    direction = which == "past" || which == "last" || which == "previous" ? -1 : 1;
    if (ahead && direction < 0) return fail();
  }
  if (!french && which != "last" && which != "next") {
    // "the past week", "upcoming month": one unit, which may be the calendar period or the
    // days up to (or from) publication; read as the two periods that hold either ("last week",
    // "next month" are the calendar periods: AcceptRelative).
    size_t unit_at = c.pos();
    using K = RelativeKind;
    std::optional<std::pair<K, K>> periods;  // last, this; this, next
    if (!c.AcceptAny({"week", "weekend"}).empty()) {
      periods = direction < 0 ? std::pair{K::kLastWeek, K::kThisWeek}
                              : std::pair{K::kThisWeek, K::kNextWeek};
    } else if (c.Accept("month")) {
      periods = direction < 0 ? std::pair{K::kLastMonth, K::kThisMonth}
                              : std::pair{K::kThisMonth, K::kNextMonth};
    } else if (c.Accept("year")) {
      periods = direction < 0 ? std::pair{K::kLastYear, K::kThisYear}
                              : std::pair{K::kThisYear, K::kNextYear};
    }
    if (periods) {
      DateValue v;
      v.from = RelativeDate{periods->first, 0, {}};
      v.to = RelativeDate{periods->second, 0, {}};
      return v;
    }
    c.set_pos(unit_at);
  }
  // "the past three quarters": a count in words before "quarters", which ParseCount would read
  // as a share (3/4).
  std::optional<Result<Interval>> count;
  size_t count_at = c.pos();
  if (!french) {
    static constexpr std::string_view kCounts[] = {"two", "three", "four", "five",
                                                   "six", "seven", "eight"};
    std::string_view word = c.AcceptAny(kCounts);
    size_t after_word = c.pos();
    if (!word.empty() && !c.AcceptAny({"quarters", "qtrs"}).empty()) {
      int n = static_cast<int>(std::find(std::begin(kCounts), std::end(kCounts), word) -
                               std::begin(kCounts)) +
              2;
      count = Result<Interval>(Interval::Point(Rational(n)));
      c.set_pos(after_word);
    } else {
      c.set_pos(count_at);
    }
  }
  if (!count) count = ParseCount(c, lang, true);
  if (!count || !count->ok()) return fail();
  std::string_view before_unit = before_count;
  if (french && before_unit.empty()) {
    before_unit =
        c.AcceptAny({"derniers", "dernières", "dernieres", "dernier", "prochains", "prochaines"});
  }
  auto unit = AcceptTimeUnit(c);
  // "the last 2 quarters", "over the past three quarters", «les 3 derniers trimestres»: a
  // quarter is three months.
  int months_per_unit = 1;
  if (!unit &&
      !c.AcceptAny({"quarters", "quarter", "qtrs", "qtr", "trimestres", "trimestre"}).empty()) {
    unit = TimeUnit::kMonth;
    months_per_unit = 3;
    size_t after_quarters = c.pos();
    if (c.Accept("of")) return fail();  // "the past three quarters of the year": a share
    c.set_pos(after_quarters);
  }
  if (!unit || *unit == TimeUnit::kHour) return fail();
  if (french) {
    std::string_view after_unit =
        before_unit.empty() ? c.AcceptAny({"passés", "passées", "passes", "passees", "derniers",
                                           "dernières", "prochains", "prochaines", "à venir"})
                            : std::string_view();
    std::string_view w = before_unit.empty() ? after_unit : before_unit;
    if (w.empty()) return fail();
    direction = w.starts_with("prochain") || w == "à venir" ? 1 : -1;
  }
  using K = RelativeKind;
  // The far end: N units back from P (or forward), weeks as 7 days.
  K kind = *unit == TimeUnit::kMonth  ? K::kMonthsAgo
           : *unit == TimeUnit::kYear ? K::kYearsAgo
                                      : K::kDaysAgo;
  int factor = *unit == TimeUnit::kWeek ? 7 : months_per_unit;
  RelativeDate far{kind, 0, Offset(count->value(), -direction * factor, 0)};
  RelativeDate near{direction < 0 ? K::kYesterday : K::kTomorrow, 0, {}};
  DateValue v;
  v.from = direction < 0 ? DateExpr(far) : DateExpr(near);
  v.to = direction < 0 ? DateExpr(near) : DateExpr(far);
  return v;
}

// "Easter 2019", "thanksgiving day 2010", «lundi de Pentecôte 2024», "father's day of 2015":
// a holiday placed by its rule (holiday_words.h) in the year written after it, which makes it
// one day. Without a year, a holiday on a fixed day is that day of a year left open, and one
// that moves is the months it may fall in ("thanksgiving" is a November, "Easter" March or
// April): the solver places them near publication, and the wider reading holds the day. Of a
// relative year ("MLK day of last year", «Pâques de l'année prochaine») it is read as that year;
// "last", "this", "next" before it (or «dernier», «prochain» after it) as the years that may
// hold it.
std::optional<DateValue> ReadHoliday(Cursor& c, Language lang) {
  size_t start = c.pos();
  // "last easter", "this thanksgiving", «Noël dernier», «Pâques prochain»: a holiday near
  // publication, read as the years that may hold it, as a season near publication is.
  std::string_view before = c.AcceptAny({"this", "next", "last", "previous", "coming", "upcoming"});
  auto rule = AcceptHoliday(c);
  if (!rule) {
    c.set_pos(start);
    return std::nullopt;
  }
  std::string_view after =
      before.empty() ? c.AcceptAny({"prochain", "prochaine", "dernier", "dernière", "passé"})
                     : std::string_view();
  if (!before.empty() || !after.empty()) {
    using K = RelativeKind;
    bool next = before == "next" || before == "coming" || before == "upcoming" ||
                after.starts_with("prochain");
    bool last =
        before == "last" || before == "previous" || after.starts_with("derni") || after == "passé";
    DateValue v;
    v.from = RelativeDate{last ? K::kLastYear : K::kThisYear, 0, {}};
    if (next) v.to = RelativeDate{K::kNextYear, 0, {}};
    if (last) v.to = RelativeDate{K::kThisYear, 0, {}};
    return v;
  }
  size_t after_name = c.pos();
  c.AcceptAny({"of", "in", "de", "d'", "en", ","});
  std::string_view r = c.Rest();
  std::optional<int> year;
  if (r.size() >= 4 && IsAsciiDigit(r[0]) && IsAsciiDigit(r[1]) && IsAsciiDigit(r[2]) &&
      IsAsciiDigit(r[3]) && (r.size() == 4 || !IsWordByte(r[4]))) {
    year = std::stoi(std::string(r.substr(0, 4)));
    c.set_pos(c.pos() + 4);
    c.SkipSpaces();
  } else if (auto words = AcceptYearWordsEnding(c, lang)) {
    year = *words;  // "Easter Sunday two thousand ten"
  } else if (auto rel = AcceptRelative(c, lang);
             rel && (rel->kind == RelativeKind::kLastYear || rel->kind == RelativeKind::kThisYear ||
                     rel->kind == RelativeKind::kNextYear)) {
    DateValue v;
    v.from = *rel;
    return v;
  } else {
    c.set_pos(after_name);
  }
  // A holiday on a fixed day is a calendar date that a range may join ("from christmas to new
  // year"): ParseCalendar reads it (AcceptFixedHoliday).
  if (rule->kind == HolidayRule::Kind::kFixed) {
    c.set_pos(start);
    return std::nullopt;
  }
  DateValue v;
  if (year) {
    auto day = HolidayIn(*rule, *year);
    if (!day) {
      c.set_pos(start);
      return std::nullopt;
    }
    int y = 0, m = 0, d = 0;
    CivilFromDay(*day, &y, &m, &d);
    v.from = CalendarDate{y, m, d, {}, DatePart::kWhole};
    return v;
  }
  int first = 0, last = 0;
  HolidayMonths(*rule, &first, &last);
  v.from = CalendarDate{{}, first, {}, {}, DatePart::kWhole};
  if (last != first) v.to = CalendarDate{{}, last, {}, {}, DatePart::kWhole};
  return v;
}

// "entre 2 et 7 février", "3 jusqu'à 12 Sep": a range of days that shares the month (and year)
// written after its second day.
std::optional<DateValue> ReadDayRange(Cursor& c, Language lang, std::string_view shown) {
  size_t start = c.pos();
  auto day = AcceptDigits(c, 1, 2);
  if (!day || !AcceptRangeJoin(c)) {
    c.set_pos(start);
    return std::nullopt;
  }
  // "from 4 to 22 this month", «entre 4 et 22 du mois prochain»: days of a relative month, read
  // as that month (a relative date has no days; the month holds them).
  size_t second_at = c.pos();
  if (auto last = AcceptDigits(c, 1, 2); last && *last > *day && *last <= 31) {
    c.AcceptAny({"of", "in", "du", "de"});
    auto rel = AcceptRelative(c, lang);
    if (rel && IsMonth(*rel)) {
      DateValue v;
      v.from = *rel;
      return v;
    }
  }
  c.set_pos(second_at);
  c.AcceptAny({"le", "the"});  // «entre le 13 et le 15 juillet»
  auto second = ParseExpr(c, lang, shown);
  const CalendarDate* to = second.ok() ? std::get_if<CalendarDate>(&second.value()) : nullptr;
  if (!to || !to->day || !to->month || *day >= *to->day) {
    c.set_pos(start);
    return std::nullopt;
  }
  CalendarDate from = *to;
  from.day = *day;
  from.weekday.reset();
  DateValue v;
  v.from = from;
  v.to = *to;
  return v;
}

// "novembre 19 au 20", "19-20 novembre" read as "19 novembre" then a bare day: the first
// date's month (and year) with that day.
std::optional<CalendarDate> ReadSecondDay(Cursor& c, const DateExpr& first) {
  const CalendarDate* from = std::get_if<CalendarDate>(&first);
  if (!from || !from->day || !from->month) return std::nullopt;
  size_t start = c.pos();
  auto day = AcceptDigits(c, 1, 2);
  if (!day || *day <= *from->day || *day > 31 || AcceptMonth(c)) {
    c.set_pos(start);
    return std::nullopt;
  }
  CalendarDate to = *from;
  to.day = *day;
  to.weekday.reset();
  if (!CheckCalendar(to, "").ok()) {
    c.set_pos(start);
    return std::nullopt;
  }
  return to;
}

// What one end of a range writes for both ("August 27th - 29th": the month; "from January to
// April 2015", "Nov-Feb 2017": the year, the year before for a start in a later month), given to
// the other end, which would otherwise be a day of a month near publication or a year-less date.
// `first` is the text of the start: "from this May to Oct 2020" keeps May near publication.
void ShareRangeParts(DateValue& v, std::string_view first) {
  auto* from = std::get_if<CalendarDate>(&v.from);
  auto* to = v.to ? std::get_if<CalendarDate>(&*v.to) : nullptr;
  if (!from || !to || !from->month) return;
  if (to->day && !to->month && !to->year && !to->weekday && from->day && *to->day > *from->day) {
    to->month = from->month;
    to->year = from->year;
  }
  bool near = first.starts_with("this ") || first.starts_with("next ") ||
              first.starts_with("last ") || first.starts_with("ce ") || first.starts_with("cette ");
  if (!from->year && to->year && to->month && !near) {
    bool later = *from->month > *to->month ||
                 (*from->month == *to->month && from->day && to->day && *from->day > *to->day);
    from->year = *to->year - (later ? 1 : 0);
    if (!CheckCalendar(*from, "").ok()) from->year.reset();
  }
}

// "2012 or after", "1/1/2016 and later", "2019 onwards", "May or earlier": a bound written after
// its date, which takes the date in (as "since", "by"). Only where it ends the phrase: "in 2012
// and after the merger" dates two things.
void AcceptBoundAfter(Cursor& c, DateValue& v) {
  if (v.bound != DateBound::kAt) return;
  size_t start = c.pos();
  std::string_view w =
      c.AcceptAny({"and later", "and after", "or later", "or after", "onwards", "and beyond",
                   "or before", "or earlier", "and before", "and earlier"});
  if (w.empty()) return;
  std::string_view rest = c.Rest();
  size_t next = rest.find_first_not_of(' ');
  if (next != std::string_view::npos && IsWordByte(rest[next])) {
    c.set_pos(start);
    return;
  }
  v.bound = w.ends_with("before") || w.ends_with("earlier") ? DateBound::kBy : DateBound::kSince;
}

// "2 weeks before May 13 1999", "3 days after January 12th", "16 days from 01/02/2018", «trois
// jours avant le 12 janvier», «deux semaines après Noël»: a count of units before or after a
// day the text names, the day it lands on. The day must be one day of the calendar (with or
// without its year); a day without its year moves by days or weeks only, and only where the
// move stays clear of the end of February (a leap day would shift it); a month moves only to a
// day the month has. Not after "the", "past", "over", "for", "within", «les», «pendant»...:
// "in the 2 weeks before May 13", "for 10 days from 18th Dec" are stretches, not a day.
std::optional<CalendarDate> ReadOffsetFromDay(Cursor& c, Language lang, std::string_view text) {
  size_t start = c.pos();
  auto fail = [&]() -> std::optional<CalendarDate> {
    c.set_pos(start);
    return std::nullopt;
  };
  {
    // The word before, from a bounded look back: a megabyte without spaces costs the same.
    size_t from = start > 32 ? start - 32 : 0;
    std::string_view before = c.text().substr(from, start - from);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    size_t space = before.find_last_of(' ');
    std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
    for (std::string_view stretch :
         {"the", "past", "last", "next", "first", "over", "for", "during", "within", "les", "ces",
          "des", "aux", "pendant", "durant"}) {
      if (word == stretch) return std::nullopt;
    }
  }
  // Cheap first: the words that turn a count into an offset stand within a few words (the
  // extractor tries this reader at every date opener; a count's hedges and words cost more).
  {
    std::string_view ahead = c.Rest().substr(0, 48);
    bool direction_ahead = false;
    for (std::string_view w : {" before ", " after ", " from ", " avant ", " après ", " apres "}) {
      direction_ahead = direction_ahead || ahead.find(w) != std::string_view::npos;
    }
    if (!direction_ahead) return std::nullopt;
  }
  auto count = ParseCount(c, lang, true);
  if (!count || !count->ok() || count->value().low.value != count->value().high.value ||
      !count->value().low.value) {
    return fail();
  }
  long n = Floor(*count->value().low.value).get_num().get_si();
  auto unit = AcceptTimeUnit(c);
  if (!unit || *unit == TimeUnit::kHour || n <= 0 || n > 1000) return fail();
  int direction = !c.AcceptAny({"before", "avant"}).empty()                   ? -1
                  : !c.AcceptAny({"after", "from", "après", "apres"}).empty() ? 1
                                                                              : 0;
  if (direction == 0) return fail();
  c.AcceptAny({"le", "the"});
  auto anchor = ParseExpr(c, lang, text);
  if (!anchor.ok()) return fail();
  const auto* day = std::get_if<CalendarDate>(&anchor.value());
  if (!day || !day->month || !day->day || day->weekday || day->part != DatePart::kWhole) {
    return fail();
  }
  // A year-less day is moved by days or weeks within a common year (2023), and refused where
  // that year's February would decide the result; by months or years it would lose the year
  // it is counted from ("a year from Christmas": which Christmas?).
  if (!day->year && *unit != TimeUnit::kDay && *unit != TimeUnit::kWeek) return fail();
  int year = day->year.value_or(2023);
  auto from = DayFromCivil(year, *day->month, *day->day);
  if (!from) return fail();
  DayNumber to = *from;
  if (*unit == TimeUnit::kDay || *unit == TimeUnit::kWeek) {
    to = *from + static_cast<DayNumber>(direction * n * (*unit == TimeUnit::kWeek ? 7 : 1));
  } else {
    long months = direction * n * (*unit == TimeUnit::kYear ? 12 : 1);
    long total = static_cast<long>(year) * 12 + (*day->month - 1) + months;
    auto moved =
        DayFromCivil(static_cast<int>(total / 12), static_cast<int>(total % 12) + 1, *day->day);
    if (!moved) return fail();  // 31 January + 1 month: no such day
    to = *moved;
  }
  CalendarDate out;
  int y = 0, m = 0, d = 0;
  CivilFromDay(to, &y, &m, &d);
  if (!day->year) {
    // Did the move cross the end of a February? Then a leap year would land elsewhere.
    DayNumber lo = std::min(*from, to), hi = std::max(*from, to);
    for (int fy = year - 3; fy <= year + 3; ++fy) {
      DayNumber march = *DayFromCivil(fy, 3, 1);
      if (lo < march && march <= hi && (*unit == TimeUnit::kDay || *unit == TimeUnit::kWeek)) {
        return fail();
      }
    }
  } else {
    out.year = y;
  }
  out.month = m;
  out.day = d;
  return out;
}

}  // namespace

std::optional<DateValue> ReadAhead(Cursor& c, Language lang) {
  size_t start = c.pos();
  if (lang != Language::kEnglish) return std::nullopt;
  // "in 2 days from today", "within 5 days of the attack": counted from another day.
  auto anchored = [&] {
    size_t end = c.pos();
    bool other = !c.AcceptAny({"of", "after", "from", "since", "before", "later", "ago", "hence",
                               "on", "in the"})
                      .empty();
    c.set_pos(other ? start : end);
    return other;
  };
  if (c.Rest().starts_with("in ")) {
    auto rel = AcceptRelative(c, lang, true);
    if (!rel || anchored()) {
      c.set_pos(start);
      return std::nullopt;
    }
    DateValue v;
    v.from = *rel;
    return v;
  }
  if (!c.Accept("within")) return std::nullopt;
  auto period = ReadPeriodFromPublication(c, lang, true);
  if (!period || anchored()) {
    c.set_pos(start);
    return std::nullopt;
  }
  // "within 5 days" from publication may be today: from the publication day to N days after.
  period->from = RelativeDate{RelativeKind::kToday, 0, {}};
  return period;
}

std::optional<DateValue> ReadDate(Cursor& c, Language lang) {
  size_t start = c.pos();
  auto fail = [&] {
    c.set_pos(start);
    return std::nullopt;
  };
  DateValue v;
  v.bound = AcceptBound(c);
  AcceptDuring(c);
  std::string_view opener = AcceptRangeOpener(c);
  // The text only names the date in errors, which this reader drops: a short one is enough.
  std::string_view shown = c.Rest().substr(0, 32);
  if (auto decade = ReadDecade(c, lang)) return decade->bound = v.bound, *decade;
  if (auto century = ReadCentury(c)) return century->bound = v.bound, *century;
  if (opener.empty()) {
    if (auto part = ReadQuarterOrSeason(c, lang)) return part->bound = v.bound, *part;
    if (auto season = ReadSeasonNearPublication(c)) return season->bound = v.bound, *season;
    if (auto quarter = ReadQuarterNearPublication(c)) return quarter->bound = v.bound, *quarter;
    if (auto week = ReadRankedWeek(c, lang)) return week->bound = v.bound, *week;
    if (auto week = ReadWeekOfDay(c, lang)) return week->bound = v.bound, *week;
    if (auto half = ReadHalfYear(c)) return half->bound = v.bound, *half;
    if (auto half = ReadHalfMonth(c)) return half->bound = v.bound, *half;
    if (auto to_date = ReadToDate(c)) return to_date->bound = v.bound, *to_date;
    if (auto holiday = ReadHoliday(c, lang)) return holiday->bound = v.bound, *holiday;
    if (auto period = ReadPeriodFromPublication(c, lang)) return period->bound = v.bound, *period;
  }
  if (auto days = ReadDayRange(c, lang, shown)) return days->bound = v.bound, *days;
  if (opener.empty()) {
    if (auto day = ReadOffsetFromDay(c, lang, shown)) {
      v.from = *day;
      return v;
    }
  }
  size_t first_at = c.pos();
  auto first = ParseExpr(c, lang, shown);
  if (!first.ok()) return fail();
  v.from = first.value();
  size_t after_first = c.pos();
  // In running text "et", "and" join a range only after "entre", "between": "en 2023 et 2024"
  // names two years, each its own date.
  bool lone_and = opener.empty() && !c.AcceptAny({"et", "and"}).empty();
  c.set_pos(after_first);
  if (!lone_and && AcceptRangeJoin(c)) {
    c.AcceptAny({"le", "en", "in", "the"});
    size_t second_at = c.pos();
    auto second = ParseExpr(c, lang, shown);
    if (second.ok()) {
      v.to = second.value();
      ShareRangeParts(v, c.text().substr(first_at));
      return v;
    }
    c.set_pos(second_at);
    if (auto day = ReadSecondDay(c, v.from)) return v.to = *day, v;
  }
  if (!opener.empty()) return fail();
  c.set_pos(after_first);
  AcceptBoundAfter(c, v);
  return v;
}

// Whether a date expression names a single day ("samedi", "hier", "20 janvier"), after which a
// part of the day may follow.
static bool NamesOneDay(const DateExpr& e) {
  if (const auto* cal = std::get_if<CalendarDate>(&e)) {
    return cal->part == DatePart::kWhole && (cal->day || (cal->weekday && !cal->month));
  }
  switch (std::get<RelativeDate>(e).kind) {
    case RelativeKind::kToday:
    case RelativeKind::kYesterday:
    case RelativeKind::kDayBeforeYesterday:
    case RelativeKind::kTomorrow:
    case RelativeKind::kDayAfterTomorrow:
    case RelativeKind::kLastWeekday:
    case RelativeKind::kNextWeekday:
      return true;
    default:
      return false;
  }
}

Result<DateValue> ParseDate(std::string_view text, Language lang) {
  std::string key = NameKey(text);
  Cursor c(key);
  DateValue v;
  v.bound = AcceptBound(c);
  size_t during_at = c.pos();  // "in 3 weeks": AcceptDuring takes the "in" ReadAhead needs
  AcceptDuring(c);
  std::string_view opener = AcceptRangeOpener(c);
  size_t first_at = c.pos();
  auto range = ReadDecade(c, lang);
  if (!range) range = ReadCentury(c);
  if (!range) range = ReadQuarterOrSeason(c, lang);
  if (!range) range = ReadSeasonNearPublication(c);
  if (!range) range = ReadQuarterNearPublication(c);
  if (!range) range = ReadRankedWeek(c, lang);
  if (!range) range = ReadWeekOfDay(c, lang);
  if (!range) range = ReadHalfYear(c);
  if (!range) range = ReadHalfMonth(c);
  if (!range && opener.empty()) range = ReadToDate(c);
  if (!range && opener.empty()) range = ReadHoliday(c, lang);
  if (!range && opener.empty()) range = ReadPeriodFromPublication(c, lang);
  // A date's value "in 3 weeks", "within 5 days" can only count from publication: the duration
  // these words may also be is not a date (in running text the extractor asks for the future
  // tense before reading them so).
  if (!range && opener.empty() && v.bound == DateBound::kAt) {
    size_t at = c.pos();
    c.set_pos(during_at);
    range = ReadAhead(c, lang);
    if (!range) c.set_pos(at);
  }
  if (!range) range = ReadDayRange(c, lang, text);
  if (!range && opener.empty()) {
    if (auto day = ReadOffsetFromDay(c, lang, text)) {
      range = DateValue{};
      range->from = *day;
    }
  }
  if (range) {
    v.from = range->from;
    v.to = range->to;
  } else {
    first_at = c.pos();
    auto first = ParseExpr(c, lang, text);
    if (!first.ok()) return first.error();
    v.from = first.value();
  }
  DateBound written_before = v.bound;
  if (!range) AcceptBoundAfter(c, v);  // "1/1/2016 and later" is no range
  if (!range && v.bound == written_before && AcceptRangeJoin(c)) {
    c.AcceptAny({"le", "en", "in", "the"});
    size_t second_at = c.pos();
    auto second = ParseExpr(c, lang, text);
    if (!second.ok()) {
      c.set_pos(second_at);
      auto day = ReadSecondDay(c, v.from);
      if (!day) return second.error();
      v.to = *day;
    } else {
      v.to = second.value();
      ShareRangeParts(v, c.text().substr(first_at));
    }
  } else if (!range && !opener.empty()) {
    return ParseError{fmt::format("unfinished date range '{}'", text), c.pos()};
  }
  // «samedi soir», "Monday morning": a part of the day after a date of one day leaves the day as
  // it is (the model dates events to the day, not the hour).
  if (!v.to && NamesOneDay(v.from)) {
    c.AcceptAny({"en fin de matinée", "en début de soirée", "dans la soirée", "dans la matinée",
                 "après-midi", "apres-midi", "matinée", "matinee", "soirée", "soiree", "matin",
                 "soir", "midi", "nuit", "afternoon", "morning", "evening", "night"});
  }
  if (!c.AtEnd()) {
    return ParseError{fmt::format("unexpected words after the date: '{}'", c.Rest()), c.pos()};
  }
  return v;
}

Result<AgeValue> ParseAge(std::string_view text, Language lang) {
  std::string key = NameKey(text);
  Cursor c(key);
  struct Decade {
    std::string_view words;
    int low;
  };
  static constexpr Decade kDecades[] = {
      {"vingtenaire", 20},     {"trentenaire", 30},     {"quadragénaire", 40},
      {"quinquagénaire", 50},  {"sexagénaire", 60},     {"septuagénaire", 70},
      {"octogénaire", 80},     {"nonagénaire", 90},     {"la vingtaine", 20},
      {"la trentaine", 30},    {"la quarantaine", 40},  {"la cinquantaine", 50},
      {"la soixantaine", 60},  {"in his forties", 40},  {"in her forties", 40},
      {"in his thirties", 30}, {"in her thirties", 30}, {"in his fifties", 50},
      {"in her fifties", 50},
  };
  bool opener = !c.AcceptAny({"âgé de", "âgée de", "âgés de", "aged", "age"}).empty();
  size_t after_opener = c.pos();
  for (const auto& d : kDecades) {
    if (c.Accept(d.words)) {
      if (!c.AtEnd()) break;
      return AgeValue{Interval::Closed(d.low, d.low + 9)};
    }
  }
  auto count = ParseCount(c, lang, true);
  if (!count) return ParseError{fmt::format("expected an age such as '40 ans' in '{}'", text), 0};
  if (!count->ok()) return count->error();
  // "Jane Doe, 53,": the press gives an age in apposition as a bare whole number; the property
  // says it is an age, so a value of digits alone is years. Only digits alone: "aged over 60"
  // without "years" more often speaks of a group than of the person.
  // The same after an age's own word ("aged 87", "a man of age 87").
  std::string_view figure = std::string_view(key).substr(opener ? after_opener : 0);
  bool digits_only = !figure.empty() && std::all_of(figure.begin(), figure.end(),
                                                    [](char ch) { return ch >= '0' && ch <= '9'; });
  if (c.AtEnd() && digits_only) return AgeValue{count->value()};
  if (c.AcceptAny({"ans", "an", "years old", "year old", "-year-old", "years", "yo"}).empty()) {
    return ParseError{fmt::format("an age needs 'ans' or 'years' after the figure: '{}'", text),
                      c.pos()};
  }
  if (!c.AtEnd()) {
    return ParseError{fmt::format("unexpected words after the age: '{}'", c.Rest()), c.pos()};
  }
  return AgeValue{count->value()};
}

Result<DurationValue> ParseDuration(std::string_view text, Language lang) {
  std::string key = NameKey(text);
  Cursor c(key);
  if (c.Accept("une petite semaine")) {
    return DurationValue{Interval::Closed(5, 7), TimeUnit::kDay};
  }
  auto count = ParseCount(c, lang, false);
  if (!count)
    return ParseError{fmt::format("expected a duration such as 'deux mois' in '{}'", text), 0};
  if (!count->ok()) return count->error();
  auto unit = AcceptTimeUnit(c);
  // Minutes and seconds are durations ("45 minutes"), never the unit of "il y a N": an event
  // minutes before publication is dated by the publication day.
  if (!unit && !c.AcceptAny({"minutes", "minute", "min", "mn"}).empty()) unit = TimeUnit::kMinute;
  if (!unit && !c.AcceptAny({"secondes", "seconde", "seconds", "second", "sec"}).empty()) {
    unit = TimeUnit::kSecond;
  }
  if (!unit) return ParseError{fmt::format("unknown time unit in '{}'", text), c.pos()};
  if (!c.AtEnd()) {
    return ParseError{fmt::format("unexpected words after the duration: '{}'", c.Rest()), c.pos()};
  }
  return DurationValue{count->value(), *unit};
}

}  // namespace crosscheck::parse
