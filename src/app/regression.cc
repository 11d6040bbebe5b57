#include "app/regression.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "report/finding_text.h"

namespace crosscheck::app {

Result<Baseline> ReadBaseline(const std::string& path, const io::FileSystem& files) {
  Result<std::string> text = files.ReadUpTo(path, io::kAnySize);
  if (!text) return Error{fmt::format("cannot read baseline {}: {}", path, text.error().message)};
  // nlohmann reports malformed JSON by exception: caught here, where it is thrown, and made a
  // value.
  try {
    auto json = nlohmann::json::parse(*text);
    Baseline b;
    for (const auto& item : json.at("accepted"))
      b.accepted.insert(item.at("id").get<std::string>());
    return b;
  } catch (const nlohmann::json::exception& e) {
    return Error{fmt::format("{}: not a crosscheck baseline: {}", path, e.what())};
  }
}

std::string BaselineJson(const CheckResult& result) {
  nlohmann::ordered_json accepted = nlohmann::ordered_json::array();
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kContradiction && f.kind != FindingKind::kUnknown) continue;
    accepted.push_back({{"id", f.id},
                        {"kind", std::string(FindingKindName(f.kind))},
                        {"fact", f.subject + "." + f.property},
                        {"summary", report::Summary(f)}});
  }
  nlohmann::ordered_json root;
  root["crosscheck_baseline"] = 1;
  root["accepted"] = accepted;
  return root.dump(2) + "\n";
}

RegressionVerdict Evaluate(const CheckResult& result, const std::optional<Baseline>& baseline) {
  RegressionVerdict v;
  std::map<std::string, Expectation> expect;  // claim id -> what its file expects
  for (const auto& c : result.claim_views) {
    if (c.expect != Expectation::kNone) expect[c.id] = c.expect;
  }
  std::set<std::string> in_conflict, found;
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kContradiction && f.kind != FindingKind::kUnknown) continue;
    found.insert(f.id);
    bool violates = false;
    for (const auto& c : f.claims) {
      in_conflict.insert(c.id);
      violates |= expect.count(c.id) && expect[c.id] == Expectation::kConsistent;
    }
    bool expected = f.kind == FindingKind::kContradiction && !f.minimal_sets.empty();
    for (const auto& set : f.minimal_sets) {
      bool marked = false;
      for (const auto& id : set) marked |= expect.count(id) && expect[id] == Expectation::kConflict;
      expected &= marked;
    }
    bool known = baseline && baseline->accepted.count(f.id);
    if (!violates && (known || expected)) {
      v.accepted.push_back(&f);
    } else {
      v.fresh.push_back(&f);
    }
  }
  for (const auto& [id, what] : expect) {
    if (what == Expectation::kConflict && !in_conflict.count(id)) {
      v.unmet.push_back(fmt::format("claim {} was expected to conflict but does not", id));
      v.unmet_claims.push_back(id);
    }
  }
  if (baseline) {
    for (const auto& id : baseline->accepted) {
      if (!found.count(id)) v.resolved.push_back(id);
    }
  }
  v.exit_code = v.fresh.empty() && v.unmet.empty() ? ExitCode::kOk : ExitCode::kFindings;
  return v;
}

std::vector<std::string> RegressionVerdict::Lines() const {
  std::vector<std::string> out;
  out.push_back(fmt::format(
      "{} new, {} accepted, {} resolved{}", fresh.size(), accepted.size(), resolved.size(),
      unmet.empty() ? "" : fmt::format(", {} unmet expectations", unmet.size())));
  for (const auto* f : fresh) out.push_back(fmt::format("new {}: {}", f->id, report::Summary(*f)));
  for (const auto& id : resolved) out.push_back(fmt::format("resolved {}", id));
  for (const auto& u : unmet) out.push_back(u);
  return out;
}

}  // namespace crosscheck::app
