#include "report/claimreview_report.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "report/finding_text.h"

namespace crosscheck::report {
namespace {

using Json = nlohmann::ordered_json;
using ArticleMap = std::map<std::string, const ArticleInfo*, std::less<>>;

// The rating scale (README): 1 is the strongest doubt a checker can state without a primary
// source, "contradicted by other sources"; a near miss (low severity) is a 3, "inconclusive".
// Nothing is rated true: crosscheck shows what cannot hold together, not what is right.
struct Rating {
  int value;
  std::string_view name;
};
Rating RatingOf(const Finding& f) {
  switch (f.severity) {
    case FindingSeverity::kHigh:
      return {1, "Contradicted by other sources"};
    case FindingSeverity::kMedium:
      return {2, "Disputed by other sources"};
    case FindingSeverity::kLow:
      break;
  }
  return {3, "Inconclusive: close to what other sources say"};
}

// Where a claim appeared: the article with its address, outlet, authors and day when known.
Json Appearance(const FindingClaim& c, const ArticleMap& articles) {
  Json j;
  j["@type"] = "NewsArticle";
  auto it = articles.find(c.article);
  if (it == articles.end()) {  // the reference ledger
    j["name"] = "crosscheck reference ledger";
    return j;
  }
  const ArticleInfo& a = *it->second;
  j["identifier"] = a.id;
  if (!a.url.empty()) j["url"] = a.url;
  if (!a.title.empty()) j["headline"] = a.title;
  if (!a.outlet.empty()) j["publisher"] = {{"@type", "Organization"}, {"name", a.outlet}};
  if (!a.authors.empty()) {
    Json authors = Json::array();
    for (const auto& name : a.authors) authors.push_back({{"@type", "Person"}, {"name", name}});
    j["author"] = authors;
  }
  if (a.published.exact()) j["datePublished"] = FormatDay(*a.published.from);
  return j;
}

Json Review(const Finding& f, const ArticleMap& articles) {
  std::vector<const FindingClaim*> doubted, other;
  for (const auto& c : f.claims) {
    bool retract = std::find(f.retract.begin(), f.retract.end(), c.id) != f.retract.end();
    (retract ? doubted : other).push_back(&c);
  }
  Json j;
  j["@type"] = "ClaimReview";
  j["identifier"] = f.id;
  j["name"] = Summary(f);
  std::string reviewed;
  Json appearances = Json::array();
  for (const FindingClaim* c : doubted) {
    if (!reviewed.empty()) reviewed += " / ";
    reviewed += c->quote.empty() ? c->value : c->quote;
    appearances.push_back(Appearance(*c, articles));
  }
  j["claimReviewed"] = reviewed;
  j["itemReviewed"] = {{"@type", "Claim"}, {"appearance", appearances}};
  Rating rating = RatingOf(f);
  j["reviewRating"] = {{"@type", "Rating"},
                       {"ratingValue", rating.value},
                       {"bestRating", 5},
                       {"worstRating", 1},
                       {"alternateName", rating.name}};
  j["reviewBody"] = Explanation(f);
  // The claims that disagree with the reviewed ones: the evidence, each where it appeared.
  Json evidence = Json::array();
  for (const FindingClaim* c : other) {
    Json e = Appearance(*c, articles);
    e["text"] = c->quote.empty() ? c->value : c->quote;
    evidence.push_back(e);
  }
  j["isBasedOn"] = evidence;
  j["author"] = {{"@type", "Organization"}, {"name", "crosscheck"}};
  return j;
}

}  // namespace

void ClaimReviewReport(const CheckResult& result, TextSink& out) {
  ArticleMap articles;
  for (const auto& a : result.articles) articles.emplace(a.id, &a);
  Json graph = Json::array();
  for (const auto& f : result.findings) {
    // A contradiction only, and one with a correction to review: a tension or a finding "to
    // review" is not a verdict a desk publishes.
    if (f.kind != FindingKind::kContradiction || f.retract.empty()) continue;
    graph.push_back(Review(f, articles));
  }
  Json doc;
  doc["@context"] = "https://schema.org";
  doc["@graph"] = graph;
  // Contradictions only: small beside the findings, so one document.
  out.Write(doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

}  // namespace crosscheck::report
