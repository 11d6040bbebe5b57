#include "suite_resolution.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdio>

#include "parse/date_parser.h"

namespace crosscheck::suite {
namespace {

using nlohmann::json;

std::string StringField(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<double> Seconds(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end) return std::nullopt;
  return v;
}

// One resolution object: {"type": "date", "value": D}, {"type": "daterange", "start": S, "end":
// E} (either may be missing: an open end), {"type": "duration", "value": seconds}, or the old
// parser shape {"date": D} / {"startDate": S, "endDate": E} / {"duration": seconds}.
std::optional<ExpectedResolution> ReadOne(const json& r) {
  if (!r.is_object()) return std::nullopt;
  std::string type = StringField(r, "type");
  ExpectedResolution out;
  if (type == "duration" || r.contains("duration")) {
    out.seconds = Seconds(StringField(r, type == "duration" ? "value" : "duration"));
    return out.seconds ? std::optional(out) : std::nullopt;
  }
  std::string single = type == "date" ? StringField(r, "value") : StringField(r, "date");
  if (!single.empty()) {
    auto d = DayOfTimestamp(single);
    if (!d || single.size() > 10) return std::nullopt;  // a time of day: out of the day model
    out.days = DayBounds{*d, *d + 1};
    return out;
  }
  if (type == "daterange" || r.contains("startDate") || r.contains("endDate")) {
    std::string start = StringField(r, type == "daterange" ? "start" : "startDate");
    std::string end = StringField(r, type == "daterange" ? "end" : "endDate");
    if (start.empty() && end.empty()) return std::nullopt;
    DayBounds b;
    if (!start.empty() && !(b.from = DayOfTimestamp(start))) return std::nullopt;
    if (!end.empty() && !(b.to = DayOfTimestamp(end))) return std::nullopt;
    out.days = b;
    return out;
  }
  return std::nullopt;
}

// The seconds of the product's ISO 8601 duration ("P3.5Y", "PT1H30M", "P2BD"), with the suites'
// convention: a year is 365 days, a month 30, a week 7 (both suites and TIMEX use it).
std::optional<double> IsoSeconds(const std::string& iso) {
  if (iso.size() < 3 || iso[0] != 'P') return std::nullopt;
  double total = 0;
  bool in_time = false;
  size_t i = 1;
  while (i < iso.size()) {
    if (iso[i] == 'T') {
      in_time = true;
      ++i;
      continue;
    }
    char* end = nullptr;
    double n = std::strtod(iso.c_str() + i, &end);
    if (end == iso.c_str() + i) return std::nullopt;
    i = static_cast<size_t>(end - iso.c_str());
    std::string unit;
    while (i < iso.size() && std::isalpha(static_cast<unsigned char>(iso[i])) && iso[i] != 'T') {
      unit += iso[i++];
      if (unit != "B") break;  // "BD" is the only two-letter designator
    }
    constexpr double kDay = 86400;
    if (unit == "Y")
      total += n * 365 * kDay;
    else if (unit == "M")
      total += n * (in_time ? 60 : 30 * kDay);
    else if (unit == "W")
      total += n * 7 * kDay;
    else if (unit == "D" || unit == "BD")
      total += n * kDay;
    else if (unit == "H")
      total += n * 3600;
    else if (unit == "S")
      total += n;
    else
      return std::nullopt;
  }
  return total;
}

bool Inside(const DayBounds& inner, const DayBounds& outer) {
  if (!inner.from || !inner.to || !outer.from || !outer.to) return false;
  return *outer.from <= *inner.from && *inner.to <= *outer.to;
}

// The product's readings of a date mention: its placements near P and, for a range, the same
// range ending where its last part starts, which is how Recognizers-Text writes "from 4 to 22"
// (end 22) where Duckling writes [4, 23).
std::vector<DayBounds> Readings(const DateValue& v, DayNumber p) {
  std::vector<DayBounds> out = PlacementsNear(v, p);
  if (v.to && v.bound == DateBound::kAt) {
    for (const DayBounds& a : PlacementsNear(DateValue{DateBound::kAt, v.from, std::nullopt}, p)) {
      for (const DayBounds& b : PlacementsNear(DateValue{DateBound::kAt, *v.to, std::nullopt}, p)) {
        if (a.from && b.from && *a.from < *b.from) out.push_back({a.from, b.from});
      }
    }
  }
  return out;
}

// The readings docs/semantics.md widens on purpose are relative dates (a part of a relative
// period read whole, "N years ago" give or take a part of a year) and months or years that hold
// a finer date the model has no slot for (an ordinal weekday or week of a month); a day is a day.
bool WiderByDesign(const DateValue& v) {
  auto wide = [](const DateExpr& e) {
    const auto* cal = std::get_if<CalendarDate>(&e);
    return !cal || cal->grain() != DateGrain::kDay;
  };
  return wide(v.from) || (v.to && wide(*v.to));
}

std::optional<DateValue> ReadDateMention(const extract::Mention& m, parse::Language lang) {
  auto date = parse::ParseDate(m.text, lang);
  if (!date.ok()) return std::nullopt;
  return date.value();
}

}  // namespace

std::optional<DayNumber> DayOfTimestamp(const std::string& text) {
  int y = 0, mo = 0, d = 0;
  if (text.size() < 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d", &y, &mo, &d) != 3) {
    return std::nullopt;
  }
  return DayFromCivil(y, mo, d);
}

std::vector<ExpectedResolution> ReadExpectedResolutions(const json& expected) {
  std::vector<ExpectedResolution> out;
  auto it = expected.find("resolution");
  if (it == expected.end() || it->is_null()) return out;
  const json& r = *it;
  std::vector<const json*> items;
  if (r.is_array()) {
    for (const auto& x : r) items.push_back(&x);
  } else if (r.is_object() && r.contains("values") && r["values"].is_array()) {
    for (const auto& x : r["values"]) items.push_back(&x);
  } else if (r.is_object()) {
    for (const char* key : {"FutureResolution", "PastResolution"}) {
      if (r.contains(key)) items.push_back(&r[key]);
    }
  }
  for (const json* x : items) {
    if (auto one = ReadOne(*x)) out.push_back(*one);
  }
  return out;
}

Resolved CheckResolution(const extract::Mention& m, parse::Language lang, DayNumber publication,
                         const std::vector<ExpectedResolution>& expected) {
  if (m.kind == extract::Mention::kDuration) {
    auto seconds = IsoSeconds(m.value);
    for (const auto& e : expected) {
      if (seconds && e.seconds && std::fabs(*seconds - *e.seconds) < 0.5) return Resolved::kExact;
    }
    return Resolved::kWrong;
  }
  auto date = ReadDateMention(m, lang);
  if (!date) return Resolved::kWrong;
  std::vector<DayBounds> readings = Readings(*date, publication);
  Resolved best = Resolved::kWrong;
  for (const auto& e : expected) {
    if (!e.days) continue;
    for (const DayBounds& r : readings) {
      if (r == *e.days) return Resolved::kExact;
      if (Inside(*e.days, r) && WiderByDesign(*date)) best = Resolved::kWider;
    }
  }
  return best;
}

std::string DescribeReading(const extract::Mention& m, parse::Language lang,
                            DayNumber publication) {
  if (m.kind == extract::Mention::kDuration) {
    auto seconds = IsoSeconds(m.value);
    return seconds ? fmt::format("{} s", *seconds) : "no duration";
  }
  auto date = ReadDateMention(m, lang);
  if (!date) return "no date read";
  std::string out;
  for (const DayBounds& r : PlacementsNear(*date, publication)) {
    if (!out.empty()) out += " | ";
    out += fmt::format("[{}, {})", r.from ? FormatDay(*r.from) : "...",
                       r.to ? FormatDay(*r.to) : "...");
  }
  return out.empty() ? "no placement" : out;
}

}  // namespace crosscheck::suite
