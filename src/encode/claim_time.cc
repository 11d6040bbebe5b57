#include "encode/claim_time.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

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
  return DaysOver(v, a ? a->published : PublicationDate{});
}

std::optional<DayInterval> ClaimTime::DaysOver(const DateValue& v,
                                               const PublicationDate& published) const {
  auto expr_days = [&](const DateExpr& e) -> std::optional<DayInterval> {
    if (const auto* cal = std::get_if<CalendarDate>(&e)) {
      int year = years_.second - 1;
      if (published.from || published.to) {
        int y, m, d;
        CivilFromDay(published.to ? *published.to : *published.from, &y, &m, &d);
        year = y;
      }
      return DaysOf(*cal, cal->year.value_or(year));
    }
    if (!published.from || !published.to) return std::nullopt;
    DayInterval first = ResolveRelative(std::get<RelativeDate>(e), *published.from, precision_);
    DayInterval last = ResolveRelative(std::get<RelativeDate>(e), *published.to, precision_);
    return DayInterval{first.from, last.to};
  };
  auto from = expr_days(v.from);
  if (!from) return std::nullopt;
  if (!v.to) return from;
  auto to = expr_days(*v.to);
  if (!to) return std::nullopt;
  return DayInterval{from->from, to->to};
}

// The days a relative date at a point of time names over publication days (one day or a
// span); nullopt for a date with a side left open ("avant hier"), a calendar part without its
// year, or a publication without both bounds.
std::optional<DayInterval> ClaimTime::ResolvedOverPublication(
    const DateValue& v, const PublicationDate& published) const {
  if (v.bound != DateBound::kAt || !published.from || !published.to || !IsRelative(v)) {
    return std::nullopt;
  }
  auto placed = [](const DateExpr& e) {
    const auto* cal = std::get_if<CalendarDate>(&e);
    return !cal || cal->year;
  };
  if (!placed(v.from) || (v.to && !placed(*v.to))) return std::nullopt;
  return DaysOver(v, published);
}

std::optional<DayInterval> ClaimTime::ResolvedOnKnownDay(const DateValue& v,
                                                         const Article* a) const {
  if (!a || !a->published.exact()) return std::nullopt;
  return ResolvedOverPublication(v, a->published);
}

std::optional<DayInterval> ClaimTime::ResolvedOverPublicationRange(const DateValue& v,
                                                                   const Article* a) const {
  if (!a || a->published.exact()) return std::nullopt;
  return ResolvedOverPublication(v, a->published);
}

std::optional<DayInterval> ClaimTime::ResolvedOverInferredDays(const DateValue& v,
                                                               DayInterval days) const {
  if (days.to <= days.from) return std::nullopt;
  return ResolvedOverPublication(v, PublicationDate{days.from, days.to - 1});
}

std::optional<ClaimTime::Placed> ClaimTime::PlacedNear(const DateValue& v, DayNumber first,
                                                       DayNumber last) {
  std::vector<DayInterval> seen;
  for (DayNumber day : {first, last}) {
    for (const DayBounds& b : PlacementsNear(v, day)) {
      if (!b.from || !b.to) return std::nullopt;
      DayInterval days{*b.from, *b.to};
      if (std::find(seen.begin(), seen.end(), days) == seen.end()) seen.push_back(days);
    }
  }
  if (seen.empty()) return std::nullopt;
  Placed out{seen.front(), seen.size()};
  for (const DayInterval& d : seen) {
    out.span.from = std::min(out.span.from, d.from);
    out.span.to = std::max(out.span.to, d.to);
  }
  return out;
}

}  // namespace crosscheck::encode
