#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "extract/scan.h"
#include "parse/number_parser.h"

namespace crosscheck::extract::detail {
namespace {

struct UnitWord {
  std::string_view word;
  std::string_view code;  // Y M W D BD H MIN S DE
};

// Longer words first; "h" last so that "heures" wins.
constexpr std::array kUnits = {
    UnitWord{"années", "Y"},
    UnitWord{"annees", "Y"},
    UnitWord{"année", "Y"},
    UnitWord{"annee", "Y"},
    UnitWord{"ans", "Y"},
    UnitWord{"an", "Y"},
    UnitWord{"years", "Y"},
    UnitWord{"year", "Y"},
    UnitWord{"yrs", "Y"},
    UnitWord{"yr", "Y"},
    UnitWord{"mois", "M"},
    UnitWord{"months", "M"},
    UnitWord{"month", "M"},
    UnitWord{"semaines", "W"},
    UnitWord{"semaine", "W"},
    UnitWord{"weeks", "W"},
    UnitWord{"week", "W"},
    UnitWord{"wks", "W"},
    UnitWord{"wk", "W"},
    UnitWord{"journées", "D"},
    UnitWord{"journée", "D"},
    UnitWord{"journee", "D"},
    UnitWord{"jours", "D"},
    UnitWord{"jour", "D"},
    UnitWord{"business days", "BD"},
    UnitWord{"business day", "BD"},
    UnitWord{"days", "D"},
    UnitWord{"day", "D"},
    UnitWord{"heures", "H"},
    UnitWord{"heure", "H"},
    UnitWord{"hours", "H"},
    UnitWord{"hour", "H"},
    UnitWord{"hrs", "H"},
    UnitWord{"hr", "H"},
    UnitWord{"minutes", "MIN"},
    UnitWord{"minute", "MIN"},
    UnitWord{"mins", "MIN"},
    UnitWord{"min", "MIN"},
    UnitWord{"secondes", "S"},
    UnitWord{"seconde", "S"},
    UnitWord{"seconds", "S"},
    UnitWord{"second", "S"},
    UnitWord{"secs", "S"},
    UnitWord{"sec", "S"},
    UnitWord{"décennies", "DE"},
    UnitWord{"décennie", "DE"},
    UnitWord{"decades", "DE"},
    UnitWord{"decade", "DE"},
    UnitWord{"fortnight", "FN"},
    UnitWord{"quinzaine", "FN"},
    UnitWord{"h", "H"},
};

std::string_view AcceptUnit(parse::Cursor& c) {
  size_t save = c.pos();
  if (c.Peek() == '-') c.set_pos(c.pos() + 1);  // "30-minutes", "demi-heure"
  for (const auto& u : kUnits) {
    if (c.Accept(u.word)) return u.code;
  }
  c.set_pos(save);
  return {};
}

// "1/2 hour", "3/4 h", «1/2 heure», «2/3 d'une journée»: halves, thirds and quarters in digits
// before a unit, the numerator below the denominator (time is told in these shares; "4/22" or
// "1/12" are dates). The cursor does not move when none stands here.
std::optional<Rational> AcceptDigitFraction(parse::Cursor& c) {
  size_t start = c.pos();
  c.SkipSpaces();
  std::string_view rest = c.Rest();
  bool fraction = rest.size() >= 3 && rest[0] >= '1' && rest[0] <= '3' && rest[1] == '/' &&
                  rest[2] >= '2' && rest[2] <= '4' && rest[0] < rest[2] &&
                  (rest.size() == 3 || !parse::IsAsciiDigit(rest[3]));
  if (!fraction) {
    c.set_pos(start);
    return std::nullopt;
  }
  c.set_pos(c.pos() + 3);
  return Rational(rest[0] - '0', rest[2] - '0');
}

// "2 more minutes", "two extra days", "3 additional weeks", "two fewer hours": a word between a
// count and its unit that says the time is added or taken away; the count is still the
// duration. French puts it after the unit («deux jours supplémentaires», «trois heures de
// plus»), where the duration already ends.
void AcceptMoreOrLess(parse::Cursor& c) {
  size_t start = c.pos();
  if (c.AcceptAny({"more", "extra", "additional", "further", "less", "fewer"}).empty()) return;
  size_t after = c.pos();
  bool unit = !AcceptUnit(c).empty();
  c.set_pos(unit ? after : start);
}

// "3 quarters", "two semesters", «3 trimestres», «deux semestres»: quarters and halves of a year
// as units of three and six months. English "quarters" only after a count in digits and never
// before "of": "three quarters of the staff", "three quarters voted" are fractions.
int AcceptMonthsUnit(parse::Cursor& c, bool digits) {
  size_t start = c.pos();
  if (!c.AcceptAny({"trimestres", "trimestre"}).empty()) return 3;
  if (!c.AcceptAny({"semestres", "semestre", "semesters", "semester"}).empty()) return 6;
  if (digits && !c.AcceptAny({"quarters", "quarter", "qtrs", "qtr"}).empty()) {
    size_t after = c.pos();
    if (c.AcceptAny({"of", "-"}).empty()) {
      c.set_pos(after);
      return 3;
    }
  }
  c.set_pos(start);
  return 0;
}

bool AcceptHalf(parse::Cursor& c) {
  return !c.AcceptAny({"et demie", "et demi", "and a half", "and half"}).empty();
}

// "one and a quarter hour", "two and three quarters of hours", «une heure et quart»: quarters
// added to a whole count (a mixed number), before or after the unit. After it, never before
// "of" ("2 years and three quarters of the staff"). 0 when none stands here.
Rational AcceptQuarters(parse::Cursor& c, bool before_unit) {
  size_t start = c.pos();
  if (c.AcceptAny({"and", "et"}).empty()) return Rational(0);
  c.AcceptAny({"a", "un"});
  std::string_view n = c.AcceptAny({"one", "two", "three", "trois"});
  int quarters = n == "two" ? 2 : (n == "three" || n == "trois") ? 3 : 1;
  if (c.AcceptAny({"quarters", "quarter", "quarts", "quart"}).empty()) {
    c.set_pos(start);
    return Rational(0);
  }
  size_t after = c.pos();
  if (!c.AcceptAny({"of an", "of a", "of", "d'"}).empty() && !before_unit) {
    c.set_pos(start);
    return Rational(0);
  }
  if (!before_unit) c.set_pos(after);
  return Rational(quarters, 4);
}

// False when a figure in digits stands at the cursor and no unit follows it ("139
// chercheurs"): most figures of an article, told apart without computing their value. The
// cursor does not move.
bool UnitAfterFigure(parse::Cursor& c) {
  size_t start = c.pos();
  c.SkipSpaces();
  size_t n = parse::DigitFigureLength(c.text(), c.pos());
  if (n == 0) {
    c.set_pos(start);
    return true;
  }
  if (!AcceptDigitFraction(c)) c.set_pos(c.pos() + n);
  AcceptHalf(c);
  AcceptQuarters(c, true);
  AcceptMoreOrLess(c);
  bool unit = !AcceptUnit(c).empty() || AcceptMonthsUnit(c, true) != 0;
  c.set_pos(start);
  return unit;
}

// The amount before a unit: nullopt if none, a zero Rational for a vague one ("quelques").
std::optional<Rational> AcceptAmount(parse::Cursor& c, parse::Language lang, bool* vague) {
  if (!c.AcceptAny({"une demi", "un demi", "a half", "half an", "half a", "demi", "half"})
           .empty()) {
    return Rational(1, 2);
  }
  if (!c.AcceptAny({"quelques", "quelqués", "quel ques", "plusieurs", "a few", "few", "several",
                    "a couple of", "couple of", "une couple de"})
           .empty()) {
    *vague = true;
    return Rational(0);
  }
  if (!c.AcceptAny({"another", "une", "un", "an", "a"}).empty()) return Rational(1);
  if (auto fraction = AcceptDigitFraction(c)) return fraction;
  auto n = parse::ParseNumber(c, lang);
  if (!n || !n->ok()) return std::nullopt;
  return n->value().value;
}

void AppendIso(std::string* iso, bool* in_time, const Rational& amount, std::string_view code) {
  bool time = code == "H" || code == "MIN" || code == "S";
  if (time && !*in_time) {
    *iso += 'T';
    *in_time = true;
  }
  Rational n = amount;
  std::string_view designator = code;
  if (code == "DE") n *= 10, designator = "Y";
  if (code == "FN") n *= 2, designator = "W";
  if (code == "MIN") designator = "M";
  *iso += FormatDecimal(n);
  *iso += designator;
}

}  // namespace

std::optional<DurationRead> ReadDuration(parse::Cursor& c, parse::Language lang) {
  size_t start = c.pos();
  DurationRead read;
  std::string iso = "P";
  bool in_time = false, vague = false;
  // "toute la semaine", "all day", "full-week": one whole unit.
  if (!c.AcceptAny({"toute la", "toute le", "tout le", "toute l'", "all", "full", "whole"})
           .empty()) {
    std::string_view unit = AcceptUnit(c);
    if (unit.empty()) {
      c.set_pos(start);
      return std::nullopt;
    }
    AppendIso(&iso, &in_time, 1, unit);
    return DurationRead{iso, std::string(unit), "1"};
  }
  for (int part = 0; part < 4; ++part) {
    size_t part_start = c.pos();
    // "2 years, 3 months and 4 days", «un an et deux mois»: later parts may follow a comma and
    // "and"; the joiner is kept only when a whole part follows it.
    if (part > 0) {
      c.Accept(",");
      c.AcceptAny({"and", "et"});
    }
    if (!UnitAfterFigure(c)) {
      c.set_pos(part_start);
      break;
    }
    bool part_vague = false;
    c.SkipSpaces();
    size_t amount_at = c.pos();
    auto amount = AcceptAmount(c, lang, &part_vague);
    if (!amount) {
      c.set_pos(part_start);
      break;
    }
    if (AcceptHalf(c)) *amount += Rational(1, 2);
    *amount += AcceptQuarters(c, true);
    // "one and a quarter of hour", "three quarters of an hour": a fraction takes "of" before
    // its unit.
    if (amount->get_den() != 1) {
      size_t before_of = c.pos();
      if (!c.AcceptAny({"of an", "of a", "of"}).empty()) {
        size_t after_of = c.pos();
        bool unit_next = !AcceptUnit(c).empty();
        c.set_pos(unit_next ? after_of : before_of);
      }
    }
    AcceptMoreOrLess(c);
    std::string_view unit = AcceptUnit(c);
    if (unit.empty()) {
      c.SkipSpaces();
      int months = AcceptMonthsUnit(c, parse::IsAsciiDigit(c.text()[amount_at]));
      if (months != 0) {
        *amount *= months;
        unit = "M";
      }
    }
    if (unit.empty()) {
      c.set_pos(part_start);
      break;
    }
    if (AcceptHalf(c)) *amount += Rational(1, 2);
    *amount += AcceptQuarters(c, false);
    vague = vague || part_vague;
    if (part == 0) read.amount = FormatDecimal(*amount);
    read.unit = std::string(unit);
    AppendIso(&iso, &in_time, *amount, unit);
    // "1 hour thirty", "2 hours and 10": minutes left unnamed after whole hours, where the
    // count ends the phrase (1 to 59; "2 hours 10 people" counts people).
    if (unit == "H" && amount->get_den() == 1) {
      size_t before_minutes = c.pos();
      c.AcceptAny({"and", "et"});
      auto minutes = parse::ParseNumber(c, lang);
      std::string_view rest = c.Rest();
      size_t next = rest.find_first_not_of(' ');
      bool ends = next == std::string_view::npos || !parse::IsWordByte(rest[next]);
      if (minutes && minutes->ok() && ends && minutes->value().value.get_den() == 1 &&
          minutes->value().value >= 1 && minutes->value().value <= 59) {
        AppendIso(&iso, &in_time, minutes->value().value, "MIN");
        read.unit = "MIN";
        break;
      }
      c.set_pos(before_minutes);
    }
    if (c.AtEnd()) break;
  }
  if (read.unit.empty()) {
    c.set_pos(start);
    return std::nullopt;
  }
  read.value = vague ? "" : iso;
  return read;
}

}  // namespace crosscheck::extract::detail
