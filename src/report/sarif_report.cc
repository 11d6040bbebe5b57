#include "report/sarif_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "report/finding_text.h"

namespace crosscheck::report {
namespace {

using Json = nlohmann::ordered_json;

std::string Level(const Finding& f) {
  if (f.kind == FindingKind::kTension || f.kind == FindingKind::kToReview) return "note";
  if (f.kind == FindingKind::kUnknown) return "warning";
  switch (f.severity) {
    case FindingSeverity::kHigh:
      return "error";
    case FindingSeverity::kMedium:
      return "warning";
    case FindingSeverity::kLow:
      return "note";
  }
  return "warning";
}

Json Location(const FindingClaim& c) {
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", c.file}}},
            {"region", {{"startLine", c.line}, {"startColumn", c.column}}}}},
          {"message",
           {{"text", c.id + ": " + c.value + (c.quote.empty() ? "" : " («" + c.quote + "»)")}}}};
}

}  // namespace

std::string SarifReport(const CheckResult& result) {
  Json rules = Json::array();
  rules.push_back({{"id", "contradiction"},
                   {"shortDescription", {{"text", "Claims that cannot all be true together"}}}});
  rules.push_back({{"id", "tension"},
                   {"shortDescription", {{"text", "Claims that agree only in a narrow window"}}}});
  rules.push_back(
      {{"id", "unknown"}, {"shortDescription", {{"text", "Claims the solver could not decide"}}}});
  rules.push_back({{"id", "to_review"},
                   {"shortDescription",
                    {{"text", "A finding that rests on claims read with low confidence"}}}});
  Json results = Json::array();
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kContradiction && f.kind != FindingKind::kTension &&
        f.kind != FindingKind::kUnknown && f.kind != FindingKind::kToReview) {
      continue;
    }
    Json locations = Json::array();
    for (const auto& c : f.claims) {
      if (c.line > 0) locations.push_back(Location(c));
    }
    Json r;
    r["ruleId"] = std::string(FindingKindName(f.kind));
    r["level"] = Level(f);
    std::string to_check;
    for (const auto& c : f.claims) {
      if (c.confidence.low()) {
        to_check += fmt::format(" To check {}: {}.", c.id, Join(c.confidence.reasons, "; "));
      }
    }
    r["message"] = {{"text", Summary(f) + " " + Explanation(f) + to_check}};
    r["locations"] = locations;
    r["partialFingerprints"] = {{"crosscheckFindingId/v1", f.id}};
    if (result.accepted.count(f.id)) {
      r["suppressions"] = Json::array(
          {{{"kind", "external"}, {"justification", "accepted by the baseline or expected"}}});
    }
    r["properties"] = {{"severity", std::string(FindingSeverityName(f.severity))},
                       {"retract", f.retract}};
    if (!f.equally_cheap.empty()) r["properties"]["equally_cheap"] = f.equally_cheap;
    results.push_back(r);
  }
  Json run;
  run["tool"] = {{"driver", {{"name", "crosscheck"}, {"rules", rules}}}};
  run["results"] = results;
  Json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = Json::array({run});
  return root.dump(2) + "\n";
}

}  // namespace crosscheck::report
