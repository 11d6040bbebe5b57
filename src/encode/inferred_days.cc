#include "encode/inferred_days.h"

#include <map>
#include <optional>
#include <string>

#include "encode/claim_time.h"

namespace crosscheck::encode {
namespace {

// The days a date names when its article was published some day in `window`: a relative date
// read on the window's first and last days; a date without its year, the span of the placements
// near either end (the solver chooses among them as it does on a known day).
std::optional<DayInterval> OverWindow(const ClaimTime& time, const DateValue& v,
                                      DayInterval window) {
  if (v.bound != DateBound::kAt || !DependsOnPublication(v)) return std::nullopt;
  if (auto days = time.ResolvedOverInferredDays(v, window)) return days;
  auto placed = ClaimTime::PlacedNear(v, window.from, window.to - 1);
  if (!placed) return std::nullopt;
  return placed->span;
}

}  // namespace

void ShowOverInferredPublication(const CorpusFacts& facts, PrecisionMode precision,
                                 Encoding& encoding, std::vector<Finding>& findings) {
  std::map<std::string, DayInterval, std::less<>> windows;  // article id -> inferred days
  for (const Finding& f : findings) {
    if (f.kind == FindingKind::kInference && f.property == "published" && f.window) {
      windows[f.subject] = DayInterval{f.window->first, f.window->last + 1};
    }
  }
  if (windows.empty()) return;
  ClaimTime time(facts.years, precision);
  std::map<std::string, const FindingClaim*, std::less<>> shown;  // claim id -> its new view
  for (EncodedClaim& ec : encoding.claims) {
    if (ec.view.days || !ec.article || !ec.claim) continue;
    auto window = windows.find(ec.article->id);
    const auto* value = std::get_if<DateValue>(&ec.claim->value);
    if (window == windows.end() || !value) continue;
    auto days = OverWindow(time, *value, window->second);
    if (!days) continue;
    ec.view.low = FormatDay(days->from);
    ec.view.high = FormatDay(days->to - 1);
    ec.view.unit = "day";
    ec.view.scale = IntervalScale::kCalendarDays;
    ec.view.days = *days;
    ec.view.days_source = DaysSource::kInferredPublication;
    shown[ec.view.id] = &ec.view;
  }
  for (Finding& f : findings) {
    for (FindingClaim& c : f.claims) {
      auto it = shown.find(c.id);
      if (it == shown.end() || c.article != it->second->article) continue;
      c.low = it->second->low;
      c.high = it->second->high;
      c.unit = it->second->unit;
      c.scale = it->second->scale;
      c.days = it->second->days;
      c.days_source = it->second->days_source;
    }
  }
}

}  // namespace crosscheck::encode
