#include "encode/claim_time.h"

#include <fmt/format.h>

namespace crosscheck::encode {
namespace {

// `when: aujourd'hui` / "today" says what a present tense says: the figure holds now, which is
// read as a claim without `when` (the publication year), so that two articles a week apart
// that both say "employs 2,300 today" share one variable instead of a one-day slot each.
bool IsToday(const DateValue& v) {
  const auto* rel = std::get_if<RelativeDate>(&v.from);
  return rel && rel->kind == RelativeKind::kToday && !v.to && v.bound == DateBound::kAt;
}

}  // namespace

int ClaimTime::PublicationYear(const Article* a) const {
  int y = years_.second - 1, m, d;
  if (a && (a->published.from || a->published.to)) {
    CivilFromDay(a->published.from ? *a->published.from : *a->published.to, &y, &m, &d);
  }
  return y;
}

bool ClaimTime::AtPublication(const Claim& c) { return !c.when || IsToday(*c.when); }

std::string ClaimTime::TimeKey(const Claim& c, const Property& p, const Article* a) const {
  if (!p.time_indexed) return "";
  if (AtPublication(c)) return fmt::format("published {}", PublicationYear(a));
  if (auto days = StaticDays(*c.when, a)) return FormatDayInterval(*days);
  return c.when_text;
}

std::optional<DayInterval> ClaimTime::StaticDays(const DateValue& v, const Article* a) const {
  auto expr_days = [&](const DateExpr& e) -> std::optional<DayInterval> {
    if (const auto* cal = std::get_if<CalendarDate>(&e)) {
      int year = years_.second - 1;
      if (a && (a->published.from || a->published.to)) {
        int y, m, d;
        CivilFromDay(a->published.to ? *a->published.to : *a->published.from, &y, &m, &d);
        year = y;
      }
      return DaysOf(*cal, cal->year.value_or(year));
    }
    if (!a || !a->published.from || !a->published.to) return std::nullopt;
    DayInterval first = ResolveRelative(std::get<RelativeDate>(e), *a->published.from, precision_);
    DayInterval last = ResolveRelative(std::get<RelativeDate>(e), *a->published.to, precision_);
    return DayInterval{first.from, last.to};
  };
  auto from = expr_days(v.from);
  if (!from) return std::nullopt;
  if (!v.to) return from;
  auto to = expr_days(*v.to);
  if (!to) return std::nullopt;
  return DayInterval{from->from, to->to};
}

// The days a relative date at a point of time names over its article's publication days, from
// the metadata (one day or a span); nullopt for a date with a side left open ("avant hier"), a
// calendar part without its year, or a publication without both bounds.
std::optional<DayInterval> ClaimTime::ResolvedOverPublication(const DateValue& v,
                                                              const Article* a) const {
  if (v.bound != DateBound::kAt || !a || !a->published.from || !a->published.to || !IsRelative(v)) {
    return std::nullopt;
  }
  auto placed = [](const DateExpr& e) {
    const auto* cal = std::get_if<CalendarDate>(&e);
    return !cal || cal->year;
  };
  if (!placed(v.from) || (v.to && !placed(*v.to))) return std::nullopt;
  return StaticDays(v, a);
}

std::optional<DayInterval> ClaimTime::ResolvedOnKnownDay(const DateValue& v,
                                                         const Article* a) const {
  if (!a || !a->published.exact()) return std::nullopt;
  return ResolvedOverPublication(v, a);
}

std::optional<DayInterval> ClaimTime::ResolvedOverPublicationRange(const DateValue& v,
                                                                   const Article* a) const {
  if (!a || a->published.exact()) return std::nullopt;
  return ResolvedOverPublication(v, a);
}

}  // namespace crosscheck::encode
