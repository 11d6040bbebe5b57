#include "report/notes_text.h"

#include <fmt/format.h>

namespace crosscheck::report {

std::string UncomparedRatesText(const UncomparedRates& g) {
  auto list = [](const std::vector<ClaimMention>& claims, bool with_when) {
    std::string out;
    for (size_t i = 0; i < claims.size(); ++i) {
      const ClaimMention& c = claims[i];
      if (i > 0) out += i + 1 == claims.size() ? " and " : ", ";
      out += fmt::format("«{}» ({}", c.value, c.id);
      if (with_when && !c.when.empty()) out += fmt::format(", over «{}»", c.when);
      out += ")";
    }
    return out;
  };
  bool one = g.with_period.size() == 1, none_one = g.without_period.size() == 1;
  return fmt::format(
      "Not compared: {}'s {} {} {} over a stated period, and {} {} none ({} at publication): a "
      "rate over a period and a rate without one are values of different times. Give them the "
      "same `when` to compare them.",
      g.subject, g.property, list(g.with_period, true), one ? "holds" : "hold",
      list(g.without_period, false), none_one ? "has" : "have",
      none_one ? "it holds" : "they hold");
}

std::string AcceptanceText(const CheckResult& result, const std::string& id) {
  if (!result.accepted.count(id)) return "";
  auto it = result.acceptances.find(id);
  if (it == result.acceptances.end()) return "accepted: baseline or expected";
  const Acceptance& a = it->second;
  std::string out = "accepted";
  if (!a.by.empty()) out += " by " + a.by;
  if (!a.on.empty()) out += " on " + a.on;
  if (!a.reason.empty()) out += ": " + a.reason;
  return out;
}

std::vector<std::string> NoteLines(const CheckResult& result) {
  std::vector<std::string> lines = result.notes;
  lines.reserve(result.notes.size() + result.uncompared_rates.size());
  for (const auto& g : result.uncompared_rates) lines.push_back(UncomparedRatesText(g));
  return lines;
}

}  // namespace crosscheck::report
