// The HTML report's timeline: every dated claim and every publication date on one date axis,
// one row per article and one for the reference ledger, drawn as inline SVG.
//
// Axis range: a news corpus dates most claims within a few years of publication, plus a few
// far outliers (a 1957 launch, a 1985 birth year). Clipping would hide those claims, and one
// linear axis would squeeze the recent years into a sliver, so the axis is broken: wherever
// nothing is dated for more than kBreakGap days the axis skips ahead, and each stretch gets a
// width about proportional to its span. Every dated claim stays visible. Within a stretch the
// scale follows the claims: a news corpus dates most of them in the year or two around
// publication, which one linear scale over a decade would squeeze into a few pixels, so each
// year (each month, in a stretch of two years or less) gets a width half from its length and
// half from the share of bars it holds. A second panel zooms on the publication period, where
// relative dates and inferred publication days live. A date read against its article's
// publication day (relative, or without its year) is drawn dashed.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "model/date_value.h"
#include "report/finding_text.h"
#include "report/html_parts.h"

namespace crosscheck::report::html {
namespace {

constexpr DayNumber kBreakGap = 3 * 365;
constexpr size_t kMaxSegments = 4;
constexpr double kWidth = 1160, kLabelWidth = 210, kRightMargin = 14, kBreakWidth = 26;
constexpr double kAxisHeight = 30, kLane = 9, kLaneGap = 3, kRowPad = 7, kMinRow = 32;
constexpr double kMinBar = 3;          // a single day stays visible however long the axis
constexpr double kTickSpacing = 64;    // least pixels between axis ticks
constexpr double kCharWidth = 6.4;     // of a bold axis label, to keep labels apart
constexpr double kDensityShare = 0.5;  // of a stretch's width shared out by bars, not by days
constexpr double kMonthsFrom = 120;    // pixels from which a year's months are scaled apart
constexpr double kDenseFrom = 4;       // bars from which a stretch or a year is scaled apart

enum class BarKind { kClaim, kConflict, kPublished, kPublishedInterval, kInferred };

struct Bar {
  DayNumber from = 0, to = 0;  // inclusive days
  BarKind kind = BarKind::kClaim;
  size_t row = 0;
  std::string title, href;
  bool derived = false;  // a claim's days read against its article's publication day: dashed
};

struct Row {
  std::string label, sublabel;
};

// A piece of the axis with one linear scale: days [start, end) drawn from x over width
// pixels. `joined` when it continues the previous piece's stretch (no break between them).
struct Segment {
  DayNumber start = 0, end = 0;
  double x = 0, width = 0;
  bool joined = false;
};

DayNumber MonthStart(DayNumber day) {
  int y = 0, m = 0, d = 0;
  CivilFromDay(day, &y, &m, &d);
  return *DayFromCivil(y, m, 1);
}
DayNumber NextMonthStart(DayNumber day) {  // the first of a month strictly after `day - 1`
  int y = 0, m = 0, d = 0;
  CivilFromDay(day - 1, &y, &m, &d);
  return m == 12 ? *DayFromCivil(y + 1, 1, 1) : *DayFromCivil(y, m + 1, 1);
}
DayNumber YearStart(DayNumber day) {
  int y = 0, m = 0, d = 0;
  CivilFromDay(day, &y, &m, &d);
  return *DayFromCivil(y, 1, 1);
}

DayNumber NextYearStart(DayNumber day) {
  int y = 0, m = 0, d = 0;
  CivilFromDay(day, &y, &m, &d);
  return *DayFromCivil(y + 1, 1, 1);
}

// One stretch cut at its years (at its months when it spans two years or less), each piece as
// wide as its share of the stretch's days and of the bars whose middle day it holds, half and
// half: the years a corpus dates most get the room, the others keep a readable minimum.
std::vector<Segment> ByDensity(const Segment& stretch, const std::vector<Bar>& bars) {
  bool by_year = stretch.end - stretch.start > 2 * 365;
  std::vector<Segment> pieces;
  for (DayNumber d = stretch.start; d < stretch.end;) {
    DayNumber next = std::min(stretch.end, by_year ? NextYearStart(d) : NextMonthStart(d + 1));
    pieces.push_back({d, next, 0, 0, !pieces.empty()});
    d = next;
  }
  std::vector<double> held(pieces.size(), 0);
  double total_held = 0;
  for (const auto& b : bars) {
    DayNumber mid = b.from + (b.to - b.from) / 2;
    if (mid < stretch.start || mid >= stretch.end) continue;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (mid < pieces[i].end) {
        held[i] += 1;
        total_held += 1;
        break;
      }
    }
  }
  // A stretch of a few bars (a lone 1957 launch) keeps one scale: there is no density to follow.
  if (total_held < kDenseFrom) return {stretch};
  double days = stretch.end - stretch.start, x = stretch.x;
  for (size_t i = 0; i < pieces.size(); ++i) {
    double by_days = (pieces[i].end - pieces[i].start) / days;
    double share = total_held == 0
                       ? by_days
                       : (1 - kDensityShare) * by_days + kDensityShare * held[i] / total_held;
    pieces[i].x = x;
    pieces[i].width = stretch.width * share;
    x += pieces[i].width;
  }
  pieces.front().joined = stretch.joined;
  if (!by_year) return pieces;
  // A year wide enough to show its months shares its width among them the same way: the
  // weeks around publication get the room within the year that holds them.
  std::vector<Segment> out;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].width < kMonthsFrom || held[i] < kDenseFrom) {
      out.push_back(pieces[i]);
      continue;
    }
    std::vector<Segment> months = ByDensity(pieces[i], bars);
    out.insert(out.end(), months.begin(), months.end());
  }
  return out;
}

// Stretches of the axis: the bars' days, merged across gaps up to kBreakGap, rounded out to
// whole months (whole years at the start of long stretches), then given widths.
std::vector<Segment> Segments(const std::vector<Bar>& bars) {
  std::vector<std::pair<DayNumber, DayNumber>> spans;
  spans.reserve(bars.size());
  for (const auto& b : bars) spans.emplace_back(b.from, b.to + 1);
  std::sort(spans.begin(), spans.end());
  std::vector<Segment> segs;
  for (const auto& [from, to] : spans) {
    if (!segs.empty() && from <= segs.back().end + kBreakGap) {
      segs.back().end = std::max(segs.back().end, to);
    } else {
      segs.push_back({from, to});
    }
  }
  while (segs.size() > kMaxSegments) {  // close the narrowest gap
    size_t best = 1;
    for (size_t i = 1; i < segs.size(); ++i) {
      if (segs[i].start - segs[i - 1].end < segs[best].start - segs[best - 1].end) best = i;
    }
    segs[best - 1].end = segs[best].end;
    segs.erase(segs.begin() + static_cast<std::ptrdiff_t>(best));
  }
  double total = 0;
  for (auto& s : segs) {
    s.start = s.end - s.start > 2 * 365 ? YearStart(s.start) : MonthStart(s.start);
    s.end = NextMonthStart(s.end);
    total += s.end - s.start;
  }
  // Short stretches get at least a tenth of the days, so a lone year stays readable.
  double weights = 0;
  for (const auto& s : segs) weights += std::max<double>(s.end - s.start, total / 10);
  double avail =
      kWidth - kLabelWidth - kRightMargin - kBreakWidth * static_cast<double>(segs.size() - 1);
  double x = kLabelWidth;
  for (auto& s : segs) {
    s.x = x;
    s.width = avail * std::max<double>(s.end - s.start, total / 10) / weights;
    x += s.width + kBreakWidth;
  }
  std::vector<Segment> pieces;
  for (const auto& s : segs) {
    std::vector<Segment> split = ByDensity(s, bars);
    pieces.insert(pieces.end(), split.begin(), split.end());
  }
  return pieces;
}

double XOf(const std::vector<Segment>& segs, DayNumber day) {
  for (const auto& s : segs) {
    if (day <= s.end) return s.x + s.width * std::max(0, day - s.start) / (s.end - s.start);
  }
  return segs.back().x + segs.back().width;
}

const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Axis labels for one stretch: the finest of days, weeks, months and years whose labels do
// not collide; a label carries the year where the reader would otherwise lose it.
// The previous tick and label drawn, across the pieces of one stretch.
struct TickState {
  double last_x = -kTickSpacing, last_end = -kTickSpacing;
};

std::string Ticks(const Segment& s, double top, double bottom, TickState& state) {
  double per_day = s.width / (s.end - s.start);
  struct Step {
    int days, months, years;
  };
  static const Step kSteps[] = {{1, 0, 0}, {7, 0, 0}, {14, 0, 0}, {0, 1, 0},
                                {0, 2, 0}, {0, 3, 0}, {0, 6, 0},  {0, 0, 1},
                                {0, 0, 2}, {0, 0, 5}, {0, 0, 10}, {0, 0, 25}};
  Step step = kSteps[std::size(kSteps) - 1];
  for (const auto& st : kSteps) {
    double approx = st.days + st.months * 30.44 + st.years * 365.25;
    if (approx * per_day >= kTickSpacing) {
      step = st;
      break;
    }
  }
  std::string out;
  double& last_x = state.last_x;
  double& last_end = state.last_end;
  for (DayNumber d = s.start; d < s.end; ++d) {
    int y = 0, m = 0, dom = 0;
    CivilFromDay(d, &y, &m, &dom);
    bool start = d == s.start && !s.joined;  // every stretch names where it starts, in full
    bool tick = step.days
                    ? (step.days == 1 || Weekday(d) == 0) && (step.days < 14 || (d / 7) % 2 == 0)
                : step.months ? dom == 1 && (m - 1) % step.months == 0
                              : dom == 1 && m == 1 && y % step.years == 0;
    // Where a piece of a stretch starts, the scale changes: a tick there, named as the piece
    // (a year, or a month with its year in January), when it has room.
    bool piece = d == s.start && s.joined;
    double x = XOf({s}, d);
    if (!start && !tick && !piece) continue;
    std::string month = kMonths[m - 1];
    std::string label;
    if (piece && !tick) {
      label = s.end - s.start > 31 ? std::to_string(y)
              : m == 1             ? fmt::format("{} {}", month, y)
                                   : month;
    } else if (step.years) {
      label = start && !(m == 1 && dom == 1) ? fmt::format("{} {}", month, y) : std::to_string(y);
    } else if (step.months) {
      label = start || m == 1
                  ? fmt::format("{}{} {}", dom == 1 ? "" : std::to_string(dom) + " ", month, y)
                  : month;
    } else {
      label = start || (m == 1 && dom <= step.days) ? fmt::format("{} {} {}", dom, month, y)
                                                    : fmt::format("{} {}", dom, month);
    }
    double width = kCharWidth * static_cast<double>(label.size());  // labels are ASCII
    double left = start ? x + 3 : x - width / 2;
    if (!start && (x - last_x < kTickSpacing || left < last_end + 10)) continue;
    last_x = x;
    last_end = left + width;
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\"/>"
        "<text class=\"tick{5}\" x=\"{3:.1f}\" y=\"{4:.1f}\">{6}</text>\n",
        x, top - 4, bottom, start ? x + 3 : x, top - 9, start ? " start" : "", label);
  }
  return out;
}

const char* BarClass(BarKind k) {
  switch (k) {
    case BarKind::kConflict:
      return "bar conflict";
    case BarKind::kPublished:
      return "pub exact";
    case BarKind::kPublishedInterval:
      return "pub interval";
    case BarKind::kInferred:
      return "pub inferred";
    default:
      return "bar";
  }
}

// Draws `bars` over `segs`, only those wholly inside: in the zoom, a year-long claim cut to a
// few weeks would only mislead.
std::string Svg(const std::vector<Row>& rows, std::vector<Bar> bars,
                const std::vector<Segment>& segs, std::string_view label) {
  DayNumber first = segs.front().start, last = segs.back().end - 1;
  std::erase_if(bars, [&](const Bar& b) { return b.from < first || b.to > last; });
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
    return std::tie(a.row, a.from, a.to) < std::tie(b.row, b.from, b.to);
  });
  // Lanes per row: publication intervals on top, then claims; a bar takes the first lane
  // where it does not overlap the previous bar.
  std::map<std::pair<size_t, bool>, std::vector<double>> lane_ends;
  std::vector<std::pair<size_t, size_t>> lane_of(bars.size());  // (is claim, lane)
  std::vector<std::pair<double, double>> xs(bars.size());
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    double x0 = XOf(segs, b.from), x1 = XOf(segs, b.to + 1);
    if (x1 - x0 < kMinBar) {
      double mid = (x0 + x1) / 2;
      x0 = mid - kMinBar / 2;
      x1 = mid + kMinBar / 2;
    }
    xs[i] = {x0, x1};
    if (b.kind == BarKind::kPublished) continue;
    bool claim = b.kind == BarKind::kClaim || b.kind == BarKind::kConflict;
    auto& ends = lane_ends[{b.row, claim}];
    size_t lane = 0;
    while (lane < ends.size() && ends[lane] + 2 > x0) ++lane;
    if (lane == ends.size()) ends.push_back(0);
    ends[lane] = x1;
    lane_of[i] = {claim, lane};
  }
  std::vector<double> row_top(rows.size() + 1);
  std::vector<size_t> pub_lanes(rows.size());
  row_top[0] = kAxisHeight;
  for (size_t r = 0; r < rows.size(); ++r) {
    pub_lanes[r] = lane_ends[{r, false}].size();
    size_t lanes = std::max<size_t>(1, pub_lanes[r] + lane_ends[{r, true}].size());
    row_top[r + 1] =
        row_top[r] +
        std::max(kMinRow, 2 * kRowPad + static_cast<double>(lanes) * (kLane + kLaneGap) - kLaneGap);
  }
  double height = row_top.back() + 6;
  std::string out = fmt::format(
      "<svg class=\"timeline\" viewBox=\"0 0 {} {:.0f}\" role=\"group\" aria-label=\"{}\">\n",
      kWidth, height, Escape(label));
  for (size_t r = 0; r < rows.size(); ++r) {
    double mid = (row_top[r] + row_top[r + 1]) / 2;
    out += fmt::format(
        "<rect class=\"row{}\" x=\"0\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\"/>"
        "<text class=\"row-label\" x=\"8\" y=\"{:.1f}\">{}</text>"
        "<text class=\"row-sub\" x=\"8\" y=\"{:.1f}\">{}</text>\n",
        r % 2 ? " odd" : "", row_top[r], kWidth, row_top[r + 1] - row_top[r], mid - 2,
        Escape(rows[r].label), mid + 10, Escape(Truncate(rows[r].sublabel, 30)));
  }
  TickState ticks;
  for (size_t i = 0; i < segs.size(); ++i) {
    if (!segs[i].joined) ticks = TickState{};
    out += Ticks(segs[i], kAxisHeight, row_top.back(), ticks);
    if (i == 0 || segs[i].joined) continue;
    double gx = segs[i - 1].x + segs[i - 1].width;
    out += fmt::format(
        "<rect class=\"gap\" x=\"{0:.1f}\" y=\"{1:.1f}\" width=\"{2}\" height=\"{3:.1f}\"/>"
        "<path class=\"break\" d=\"M{4:.1f} {5:.1f}l6 -10M{6:.1f} {5:.1f}l6 -10\"/>\n",
        gx, kAxisHeight - 4, kBreakWidth, row_top.back() - kAxisHeight + 4, gx + 4, kAxisHeight + 2,
        gx + kBreakWidth - 10);
  }
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    auto [x0, x1] = xs[i];
    double y = 0, h = kLane;
    if (b.kind == BarKind::kPublished) {  // a line through the whole row: "published here"
      x0 = (x0 + x1) / 2 - 1;
      x1 = x0 + 2;
      y = row_top[b.row] + 2;
      h = row_top[b.row + 1] - row_top[b.row] - 4;
    } else {
      auto [claim, lane] = lane_of[i];
      y = row_top[b.row] + kRowPad +
          static_cast<double>(lane + (claim ? pub_lanes[b.row] : 0)) * (kLane + kLaneGap);
    }
    std::string rect = fmt::format(
        "<rect class=\"{}{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
        "rx=\"1.5\"><title>{}</title></rect>",
        BarClass(b.kind), b.derived ? " derived" : "", x0, y, x1 - x0, h, Escape(b.title));
    out += b.href.empty() ? rect + "\n"
                          : fmt::format("<a href=\"#{}\">{}</a>\n", Escape(b.href), rect);
  }
  return out + "</svg>\n";
}

}  // namespace

std::string TimelineSection(const CheckResult& result, bool counted_variations) {
  auto drawn = [&](const Finding& f) {
    return !counted_variations || f.kind != FindingKind::kVariation;
  };
  // Articles with a claim drawn (every article, unless variations are counted).
  std::set<std::string, std::less<>> shown;
  if (counted_variations) {
    for (const auto& f : result.findings) {
      if (!drawn(f)) continue;
      for (const auto& c : f.claims) shown.insert(c.article);
      if (f.kind == FindingKind::kInference) shown.insert(f.subject);
    }
  }
  auto article_shown = [&](const std::string& id) {
    return !counted_variations || shown.count(id) > 0;
  };
  std::vector<Row> rows;
  std::map<std::string, size_t, std::less<>> row_of;
  for (const auto& a : result.articles) {
    if (!article_shown(a.id)) continue;
    row_of[a.id] = rows.size();
    rows.push_back({a.id, a.outlet.empty() ? "outlet not named" : a.outlet});
  }
  auto row_for = [&](const std::string& article) {
    std::string key = article.empty() ? "\x01ledger" : article;  // no article id starts so
    auto it = row_of.find(key);
    if (it != row_of.end()) return it->second;
    row_of[key] = rows.size();
    rows.push_back({article.empty() ? "reference ledger" : article,
                    article.empty() ? "facts from outside the articles" : ""});
    return rows.size() - 1;
  };
  // Which findings each claim takes part in: contradictions first, for colour and the link.
  std::map<std::string, std::vector<std::string>> conflicts, mentions;
  for (const auto& f : result.findings) {
    if (!drawn(f)) continue;
    for (const auto& c : f.claims) {
      (f.kind == FindingKind::kContradiction ? conflicts : mentions)[c.id].push_back(f.id);
    }
  }
  std::vector<Bar> bars;
  for (const auto& c : result.claim_views) {
    if (!c.days || c.days->to <= c.days->from) continue;
    if (counted_variations && !conflicts.count(c.id) && !mentions.count(c.id)) continue;
    DayNumber low = c.days->from, high = c.days->to - 1;
    Bar b{low, high, BarKind::kClaim, row_for(c.article), "", ""};
    b.title = fmt::format("{}: {}.{} «{}» = {}", c.id, c.subject, c.property, c.value,
                          NormalizedText(c, "", ""));
    b.derived = c.days_source != DaysSource::kAsWritten;
    if (auto it = conflicts.find(c.id); it != conflicts.end()) {
      b.kind = BarKind::kConflict;
      b.href = it->second.front();
      b.title += "\ncontradiction: ";
      for (size_t i = 0; i < it->second.size(); ++i) b.title += (i ? ", " : "") + it->second[i];
    } else if (auto m = mentions.find(c.id); m != mentions.end()) {
      b.href = m->second.front();
    }
    bars.push_back(std::move(b));
  }
  row_for("");  // the ledger row comes after every article, even with nothing dated in it
  std::vector<Bar> publication;
  for (const auto& a : result.articles) {
    std::optional<DayNumber> from = a.published.from, to = a.published.to;
    if ((!from && !to) || !article_shown(a.id)) continue;
    Bar b{from ? *from : *to, to ? *to : *from, BarKind::kPublishedInterval, row_of[a.id], "", ""};
    if (from && to && *from == *to) b.kind = BarKind::kPublished;
    b.title = fmt::format("{} published {}{}", a.id,
                          !from ? "on or before "
                          : !to ? "on or after "
                                : "",
                          PublishedText(a));
    publication.push_back(std::move(b));
  }
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kInference || f.property != "published" || !f.window) continue;
    DayNumber low = f.window->first, high = f.window->last;
    publication.push_back({low, high, BarKind::kInferred, row_for(f.subject),
                           fmt::format("{} inferred: published {}{}", f.subject, FormatDay(low),
                                       low == high ? "" : " to " + FormatDay(high)),
                           f.id});
  }
  bars.insert(bars.end(), publication.begin(), publication.end());

  std::string out = "<section class=\"panel\" id=\"timeline\"><h2>Timeline of dated claims</h2>\n";
  if (bars.empty()) return out + "<p>No claim or publication date pins a day.</p></section>\n";
  out +=
      "<p class=\"legend\"><span class=\"sw bar\"></span>dated claim "
      "<span class=\"sw conflict\"></span>claim in a contradiction "
      "<span class=\"sw derived\"></span>date derived from the publication day "
      "<span class=\"sw exact\"></span>publication day "
      "<span class=\"sw interval\"></span>publication interval (metadata) "
      "<span class=\"sw inferred\"></span>publication inferred from the claims "
      "<span class=\"hint\">hover a bar for its claim, click to open its finding</span></p>\n";
  std::vector<Segment> segs = Segments(bars);
  out += Svg(rows, bars, segs, "Timeline of every dated claim and publication date");
  bool broken = std::any_of(segs.begin() + 1, segs.end(), [](const auto& s) { return !s.joined; });
  out += fmt::format(
      "<p class=\"note\">{}Years (months, on a stretch of two years or less) that date more "
      "claims are drawn wider: each takes its share of the width half by its length and half by "
      "the claims it holds, so the scale changes at each of them.</p>\n",
      broken ? "The axis is broken (╱╱) where nothing is dated for more than three years. " : "");
  // The zoom: publication days and what is dated around them, when the overview squeezes them.
  DayNumber zoom_from = publication.empty() ? 0 : publication.front().from, zoom_to = zoom_from;
  for (const auto& b : publication) {
    zoom_from = std::min(zoom_from, b.from);
    zoom_to = std::max(zoom_to, b.to);
  }
  Segment zoom{zoom_from - 7, zoom_to + 8, kLabelWidth, kWidth - kLabelWidth - kRightMargin};
  DayNumber overall = segs.back().end - segs.front().start;
  if (!publication.empty() && (zoom.end - zoom.start) * 4 < overall) {
    out += fmt::format("<h3>Around publication: {} to {}</h3>\n", FormatDay(zoom.start),
                       FormatDay(zoom.end - 1));
    out += Svg(rows, bars, {zoom}, "Timeline around the publication dates");
  }
  return out + "</section>\n";
}

}  // namespace crosscheck::report::html
