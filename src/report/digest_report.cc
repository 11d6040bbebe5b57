#include "report/digest_report.h"

#include <fmt/format.h>

#include "common/strings.h"
#include "report/finding_text.h"
#include "report/notes_text.h"

namespace crosscheck::report {

std::string DigestReport(const CheckResult& result) {
  std::string out;
  for (const auto& f : result.findings) {
    std::vector<std::string> ids;
    for (const auto& c : f.claims) ids.push_back(c.id);
    out += fmt::format("{} {} {}.{} [{}]", FindingKindName(f.kind), FindingSeverityName(f.severity),
                       f.subject, f.property, Join(ids));
    if (f.review_of) out += fmt::format(" review_of={}", FindingKindName(*f.review_of));
    if (f.evidence_kind() == FindingKind::kContradiction) {
      out += fmt::format(" sets={} retract=[{}] holds_in=\"{}\"", f.minimal_sets.size(),
                         Join(f.retract), PrecisionHoldText(f.holds_in));
      for (const auto& set : f.equally_cheap) out += fmt::format(" or=[{}]", Join(set));
      if (f.gap && f.gap->scale == IntervalScale::kFigure) {
        out += fmt::format(" gap={}/{}{}", ToDisplayString(f.gap->distance),
                           ToDisplayString(f.gap->vaguest_claim_width),
                           f.gap->near_miss() ? " near-miss" : "");
      } else if (f.gap) {
        out += fmt::format(" gap={}d/{}d{}", f.gap->days, f.gap->vaguest_claim_days,
                           f.gap->near_miss() ? " near-miss" : "");
      }
    }
    if (f.window)
      out += fmt::format(" window={}..{}", FormatDay(f.window->first), FormatDay(f.window->last));
    out += fmt::format("\n  {}\n", Summary(f));
    for (const auto& c : f.claims) {
      if (c.confidence.low())
        out += fmt::format("  to check {}: {}\n", c.id, Join(c.confidence.reasons, "; "));
    }
  }
  if (result.findings.empty()) out += "no findings\n";
  for (const auto& note : NoteLines(result)) out += fmt::format("note: {}\n", note);
  for (const auto& d : result.diagnostics.items()) {
    out += fmt::format("not checked: {} ({})\n", d.claim_id, d.message);
  }
  return out;
}

}  // namespace crosscheck::report
