#include "report/json_report.h"

#include <oneapi/tbb/parallel_for.h>

#include <nlohmann/json.hpp>

#include "common/version.h"
#include "report/finding_text.h"
#include "report/notes_text.h"
#include "report/reading_text.h"

namespace crosscheck::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kSchemaVersion = 1;

Json Published(const ArticleInfo& a) {
  const PublicationDate& p = a.published;
  if (p.unknown()) return nullptr;
  if (p.exact()) return FormatDay(*p.from);
  Json j = Json::object();
  j["from"] = p.from ? Json(FormatDay(*p.from)) : Json(nullptr);
  j["to"] = p.to ? Json(FormatDay(*p.to)) : Json(nullptr);
  return j;
}

// How a date's days were derived from its article's publication day (docs/report.schema.json).
std::string DaysSourceName(DaysSource s) {
  switch (s) {
    case DaysSource::kFromPublication:
      return "from_publication";
    case DaysSource::kOnlyPlacement:
      return "only_placement";
    case DaysSource::kPlacementsSpan:
      return "placements_span";
    case DaysSource::kPublicationRange:
      return "publication_range";
    case DaysSource::kInferredPublication:
      return "inferred_publication";
    case DaysSource::kAsWritten:
      break;
  }
  return "as_written";
}

Json ClaimJson(const FindingClaim& c) {
  Json j;
  j["id"] = c.id;
  j["article"] = c.article.empty() ? Json(nullptr) : Json(c.article);
  j["subject"] = c.subject;
  j["property"] = c.property;
  j["quote"] = c.quote;
  j["value"] = c.value;
  if (!c.when.empty()) j["when"] = c.when;
  j["attribution"] = {{"kind", std::string(AttributionKindName(c.attribution.kind))},
                      {"source", c.attribution.source}};
  if (!c.attribution.url.empty()) j["attribution"]["url"] = c.attribution.url;
  Json n;
  n["low"] = c.low.empty() ? Json(nullptr) : Json(c.low);
  n["high"] = c.high.empty() ? Json(nullptr) : Json(c.high);
  n["unit"] = c.unit;
  if (c.scale == IntervalScale::kFigure) {  // days are whole: their bounds are closed
    n["low_open"] = c.low_open;
    n["high_open"] = c.high_open;
  }
  if (c.days_source != DaysSource::kAsWritten) n["derived"] = DaysSourceName(c.days_source);
  j["normalized"] = n;
  j["reading"] = fmt::format("{}", c.reading);
  if (c.confidence.low()) {  // absent: high (a desk's own claims)
    j["confidence"] = {{"level", std::string(ConfidenceLevelName(c.confidence.level))},
                       {"reasons", c.confidence.reasons}};
  }
  j["location"] = {{"file", c.file}, {"line", c.line}, {"column", c.column}};
  if (c.has_span) j["span"] = {{"begin", c.span_begin}, {"end", c.span_end}};
  return j;
}

// One finding as dump(2) writes it two levels down (strings never hold a raw newline).
std::string FindingElement(const Finding& f, bool accepted, const Acceptance* acceptance) {
  Json j;
  j["id"] = f.id;
  j["kind"] = std::string(FindingKindName(f.kind));
  if (f.review_of) j["review_of"] = std::string(FindingKindName(*f.review_of));
  j["severity"] = std::string(FindingSeverityName(f.severity));
  j["subject"] = f.subject;
  j["property"] = f.property;
  j["summary"] = Summary(f);
  if (!f.wikidata.empty()) j["wikidata"] = f.wikidata;
  if (accepted) j["accepted"] = true;
  if (acceptance) {
    j["acceptance"] = {
        {"by", acceptance->by}, {"on", acceptance->on}, {"reason", acceptance->reason}};
  }
  j["explanation"] = Explanation(f);
  Json claims = Json::array();
  for (const auto& c : f.claims) claims.push_back(ClaimJson(c));
  j["claims"] = claims;
  if (f.evidence_kind() == FindingKind::kContradiction) {
    j["minimal_sets"] = f.minimal_sets;
    j["camps"] = f.camps;
    j["retract"] = f.retract;
    if (!f.equally_cheap.empty()) j["equally_cheap"] = f.equally_cheap;
    if (f.gap && f.gap->scale == IntervalScale::kFigure) {
      j["gap"] = {{"distance", ToDecimalString(f.gap->distance)},
                  {"vaguest_claim", f.gap->vaguest_claim},
                  {"vaguest_claim_width", ToDecimalString(f.gap->vaguest_claim_width)},
                  {"unit", f.gap->unit},
                  {"near_miss", f.gap->near_miss()}};
    } else if (f.gap) {
      j["gap"] = {{"days", f.gap->days},
                  {"vaguest_claim", f.gap->vaguest_claim},
                  {"vaguest_claim_days", f.gap->vaguest_claim_days},
                  {"near_miss", f.gap->near_miss()}};
    }
    j["holds_in"] = PrecisionHoldText(f.holds_in);
  }
  if (f.window)
    j["window"] = {
        {"low", FormatDay(f.window->first)}, {"high", FormatDay(f.window->last)}, {"unit", "day"}};
  std::string element = j.dump(2);
  std::string out;
  out.reserve(element.size() + element.size() / 8);
  for (char ch : element) {
    out += ch;
    if (ch == '\n') out += "    ";
  }
  return out;
}

}  // namespace

void JsonReport(const CheckResult& result, TextSink& out) {
  Json root;
  root["tool"] = "crosscheck";
  root["tool_version"] = std::string(ToolVersion());
  // The layout docs/report.schema.json describes: raised when a key changes meaning or goes.
  root["schema_version"] = kSchemaVersion;
  Json articles = Json::array();
  for (const auto& a : result.articles) {
    articles.push_back({{"id", a.id},
                        {"file", a.file},
                        {"outlet", a.outlet.empty() ? Json(nullptr) : Json(a.outlet)},
                        {"url", a.url.empty() ? Json(nullptr) : Json(a.url)},
                        {"published", Published(a)}});
  }
  root["articles"] = articles;
  Json counts = {{"claims", result.claims}, {"components", result.components}};
  for (auto kind : {FindingKind::kContradiction, FindingKind::kTension, FindingKind::kVariation,
                    FindingKind::kInference, FindingKind::kUnknown}) {
    size_t n = 0;
    for (const auto& f : result.findings) n += f.kind == kind;
    counts[std::string(FindingKindName(kind))] = n;
  }
  // Only when there are some: a desk's own claims are never low-confidence.
  size_t to_review = 0;
  for (const auto& f : result.findings) to_review += f.kind == FindingKind::kToReview;
  if (to_review > 0) counts[std::string(FindingKindName(FindingKind::kToReview))] = to_review;
  root["summary"] = counts;
  root["notes"] = NoteLines(result);
  if (result.regression) {  // only when a baseline or `expect` marks were given
    const RegressionResult& r = *result.regression;
    root["regression"] = {{"new", r.fresh},
                          {"new_evidence", r.new_evidence},
                          {"accepted", r.accepted},
                          {"resolved", r.resolved},
                          {"unmet_expectations", r.unmet}};
  }
  root["findings"] = Json::array();
  Json unchecked = Json::array();
  for (const auto& d : result.diagnostics.items()) {
    unchecked.push_back({{"claim", d.claim_id},
                         {"file", d.pos.file},
                         {"line", d.pos.line},
                         {"column", d.pos.column},
                         {"message", d.message}});
  }
  root["not_checked"] = unchecked;
  // Everything but the findings is one small document, dumped with an empty findings array
  // that the findings then replace: they are written as text, block by block, never built
  // into one document (at a million claims that would be gigabytes of nodes), each block's
  // elements formatted in parallel.
  std::string frame = root.dump(2) + "\n";
  const std::string placeholder = "\n  \"findings\": []";
  size_t at = frame.find(placeholder);
  out.Write(std::string_view(frame).substr(0, at));
  out.Write("\n  \"findings\": [");
  constexpr size_t kBlock = 4096;
  std::vector<std::string> elements;
  std::string block;
  for (size_t first = 0; first < result.findings.size(); first += kBlock) {
    size_t last = std::min(result.findings.size(), first + kBlock);
    elements.assign(last - first, std::string());
    tbb::parallel_for(first, last, [&](size_t i) {
      const Finding& f = result.findings[i];
      auto acceptance = result.acceptances.find(f.id);
      elements[i - first] =
          FindingElement(f, result.accepted.count(f.id) > 0,
                         acceptance == result.acceptances.end() ? nullptr : &acceptance->second);
    });
    block.clear();
    for (size_t i = 0; i < elements.size(); ++i) {
      block += first + i == 0 ? "\n    " : ",\n    ";
      block += elements[i];
    }
    out.Write(block);
  }
  out.Write(result.findings.empty() ? "]" : "\n  ]");
  out.Write(std::string_view(frame).substr(at + placeholder.size()));
}

}  // namespace crosscheck::report
