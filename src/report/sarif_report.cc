#include "report/sarif_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "common/strings.h"
#include "common/version.h"
#include "report/finding_text.h"
#include "report/notes_text.h"

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

// Paths are relative to the folder crosscheck ran in (the repository root in CI): the base id
// lets a viewer resolve them wherever the job's checkout lives (SARIF 3.4.4, 3.14.14).
constexpr const char* kSourceRoot = "SRCROOT";

// A path as a URI path: bytes outside RFC 3986's unreserved set (and '/') percent-encoded.
std::string UriPath(std::string_view path) {
  std::string out;
  for (char ch : path) {
    auto b = static_cast<unsigned char>(ch);
    if (std::isalnum(b) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
      out += ch;
    } else {
      out += fmt::format("%{:02X}", b);
    }
  }
  return out;
}

Json PhysicalLocation(const std::string& file, int line, int column) {
  Json region = {{"startLine", std::max(line, 1)}};
  if (column > 0) region["startColumn"] = column;
  // An absolute path (a baseline named so on the command line) is a file URI of its own; a
  // relative one resolves against the source root.
  Json artifact = file.starts_with('/') ? Json{{"uri", "file://" + UriPath(file)}}
                                        : Json{{"uri", file}, {"uriBaseId", kSourceRoot}};
  return {{"artifactLocation", artifact}, {"region", region}};
}

Json Location(const FindingClaim& c, int id) {
  Json j;
  if (id >= 0) j["id"] = id;
  j["physicalLocation"] = PhysicalLocation(c.file, c.line, c.column);
  j["message"] = {
      {"text", c.id + ": " + c.value + (c.quote.empty() ? "" : " («" + c.quote + "»)")}};
  return j;
}

// A rule as GitHub's code scanning shows it: a one-line and a full description, and help. Its
// name is a readable identifier that differs from its id (SARIF 3.49.7; the validator's
// SARIF1001); with a docs URL, `helpUri` links the reading of findings (GitHub's GH2012).
Json Rule(std::string_view id, std::string_view name, std::string_view short_text,
          std::string_view full_text, std::string_view help, std::string_view docs_url) {
  Json rule = {{"id", id},
               {"name", name},
               {"shortDescription", {{"text", short_text}}},
               {"fullDescription", {{"text", full_text}}},
               {"help", {{"text", help}, {"markdown", help}}}};
  if (!docs_url.empty()) rule["helpUri"] = fmt::format("{}/docs/semantics.md#findings", docs_url);
  return rule;
}

Json Rules(std::string_view docs_url) {
  Json rules = Json::array();
  rules.push_back(Rule(
      "contradiction", "ClaimsCannotAllHold", "Claims that cannot all be true together",
      "No state of the world satisfies every claim of the group, with the implied precision of "
      "each figure and date (docs/semantics.md). The result is located at the claim the "
      "cheapest correction doubts; the other claims of the dispute are related locations.",
      "Check the located claim against its article and a primary source first: it is the "
      "cheapest correction (fewest and least trusted claims to doubt). If the claim is right, "
      "doubt the related claims instead, or accept the finding with --baseline.",
      docs_url));
  rules.push_back(
      Rule("tension", "ClaimsAgreeOnlyInANarrowWindow", "Claims that agree only in a narrow window",
           "The claims can all hold, but only if the value falls in a window narrower than any of "
           "them alone allows (a quarter of the narrowest claim, or at most 90 days for dates).",
           "Worth a look: check the window against a primary source. A tension never fails a run.",
           docs_url));
  rules.push_back(
      Rule("unknown", "Undecided", "Claims the solver could not decide",
           "The solver gave up on this group of claims within its resource limit (--rlimit).",
           "Re-run with a higher --rlimit, or split the claims of the group.", docs_url));
  rules.push_back(Rule(
      "to_review", "ToReview", "A finding that rests on claims read with low confidence",
      "A contradiction, tension or inference that holds only if claims read with low confidence "
      "(automatic extraction: an assumed subject, an ambiguous figure) are right.",
      "Check the claims marked 'To check' against their articles before acting on the finding. "
      "It never fails a run.",
      docs_url));
  return rules;
}

}  // namespace

void SarifReport(const CheckResult& result, TextSink& out) {
  SarifReportWithDocs(result, DocsUrl(), out);
}

void SarifReportWithDocs(const CheckResult& result, std::string_view docs_url, TextSink& out) {
  Json results = Json::array();
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kContradiction && f.kind != FindingKind::kTension &&
        f.kind != FindingKind::kUnknown && f.kind != FindingKind::kToReview) {
      continue;
    }
    // The claim to doubt is the one location (GitHub shows only the first); the others of the
    // dispute are related locations (SARIF 3.27.12, 3.27.22).
    const FindingClaim* primary = nullptr;
    for (const auto& c : f.claims) {
      bool doubted = std::find(f.retract.begin(), f.retract.end(), c.id) != f.retract.end();
      if (c.line > 0 && doubted) {
        primary = &c;
        break;
      }
    }
    for (const auto& c : f.claims) {
      if (!primary && c.line > 0) primary = &c;
    }
    Json locations = Json::array(), related = Json::array();
    if (primary) locations.push_back(Location(*primary, -1));
    int next_id = 0;
    for (const auto& c : f.claims) {
      if (c.line > 0 && &c != primary) related.push_back(Location(c, next_id++));
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
    if (!related.empty()) r["relatedLocations"] = related;
    r["partialFingerprints"] = {{"crosscheckFindingId/v1", f.id}};
    if (result.accepted.count(f.id)) {
      r["suppressions"] =
          Json::array({{{"kind", "external"}, {"justification", AcceptanceText(result, f.id)}}});
    }
    // With a baseline (or expect marks): "new" is what fails this run; the rest is unchanged.
    if (result.regression) {
      const auto& fresh = result.regression->fresh;
      const auto& joined = result.regression->new_evidence;
      bool is_new = std::find(fresh.begin(), fresh.end(), f.id) != fresh.end();
      // An accepted dispute a new source joins is the baseline's result, changed: "updated".
      bool updated = std::find(joined.begin(), joined.end(), f.id) != joined.end();
      r["baselineState"] = updated ? "updated" : is_new ? "new" : "unchanged";
    }
    r["properties"] = {{"severity", std::string(FindingSeverityName(f.severity))},
                       {"retract", f.retract}};
    if (!f.equally_cheap.empty()) r["properties"]["equally_cheap"] = f.equally_cheap;
    results.push_back(r);
  }
  // Accepted findings the run no longer finds: absent from this run, as the baseline knew them.
  if (result.regression) {
    for (const auto& id : result.regression->resolved) {
      Json r;
      r["ruleId"] = id.starts_with("U-") ? "unknown" : "contradiction";
      r["level"] = "none";
      r["kind"] = "pass";
      r["message"] = {{"text", fmt::format("Accepted finding {} is no longer found.", id)}};
      r["partialFingerprints"] = {{"crosscheckFindingId/v1", id}};
      r["baselineState"] = "absent";
      // Located at its entry in the baseline, the line to remove (GitHub requires a location).
      auto line = result.regression->baseline_lines.find(id);
      r["locations"] = Json::array(
          {{{"physicalLocation",
             PhysicalLocation(result.regression->baseline_file,
                              line == result.regression->baseline_lines.end() ? 1 : line->second,
                              0)}}});
      results.push_back(r);
    }
  }
  // Each input problem (a claim left out, a file that does not load) as a notification of the
  // invocation: a partial check is not a successful one (exit 2).
  Json notifications = Json::array();
  bool errors = false;
  for (const auto& d : result.diagnostics.items()) {
    errors = errors || d.severity == Severity::kError;
    Json n;
    n["level"] = d.severity == Severity::kError ? "error" : "warning";
    n["message"] = {{"text", d.claim_id.empty() ? d.message : d.claim_id + ": " + d.message}};
    if (!d.pos.file.empty()) {
      n["locations"] = Json::array(
          {{{"physicalLocation", PhysicalLocation(d.pos.file, d.pos.line, d.pos.column)}}});
    }
    notifications.push_back(n);
  }
  Json invocation = {{"executionSuccessful", !errors}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  Json run;
  run["tool"] = {{"driver",
                  {{"name", "crosscheck"},
                   {"version", std::string(ToolVersion())},
                   {"semanticVersion", std::string(ToolVersion())},
                   {"rules", Rules(docs_url)}}}};
  if (!docs_url.empty()) {
    run["tool"]["driver"]["informationUri"] = fmt::format("{}/README.md", docs_url);
  }
  run["originalUriBaseIds"] = {
      {kSourceRoot,
       {{"description", {{"text", "The folder crosscheck ran in (the repository root in CI)"}}}}}};
  run["invocations"] = Json::array({invocation});
  run["results"] = results;
  Json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = Json::array({run});
  // Results are contradictions, tensions and undecided groups, never variations: small beside
  // the findings, so one document.
  out.Write(root.dump(2) + "\n");
}

}  // namespace crosscheck::report
