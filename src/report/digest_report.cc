#include "report/digest_report.h"

#include <fmt/format.h>

#include "common/strings.h"

namespace crosscheck::report {

std::string DigestReport(const CheckResult& result) {
  std::string out;
  for (const auto& f : result.findings) {
    std::vector<std::string> ids;
    for (const auto& c : f.claims) ids.push_back(c.id);
    out += fmt::format("{} {} {}.{} [{}]", FindingKindName(f.kind), FindingSeverityName(f.severity),
                       f.subject, f.property, Join(ids));
    if (f.kind == FindingKind::kContradiction) {
      out += fmt::format(" sets={} retract=[{}] holds_in=\"{}\"", f.minimal_sets.size(),
                         Join(f.retract), f.holds_in);
    }
    if (f.window) out += fmt::format(" window={}..{}", f.window->low, f.window->high);
    out += fmt::format("\n  {}\n", f.summary);
  }
  if (result.findings.empty()) out += "no findings\n";
  for (const auto& note : result.notes) out += fmt::format("note: {}\n", note);
  for (const auto& d : result.diagnostics.items()) {
    out += fmt::format("not checked: {} ({})\n", d.claim_id, d.message);
  }
  return out;
}

}  // namespace crosscheck::report
