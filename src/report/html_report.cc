#include "report/html_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "common/strings.h"
#include "report/finding_text.h"
#include "report/headline_text.h"
#include "report/html_parts.h"
#include "report/legend_text.h"
#include "report/notes_text.h"
#include "report/reading_text.h"
#include "report/sink_text.h"
#include "report/triage.h"
#include "report/variation_counts.h"

namespace crosscheck::report {
namespace {

using html::Escape;

constexpr std::array kKinds = {FindingKind::kContradiction, FindingKind::kTension,
                               FindingKind::kInference,     FindingKind::kVariation,
                               FindingKind::kUnknown,       FindingKind::kToReview};
constexpr std::array kSeverities = {FindingSeverity::kHigh, FindingSeverity::kMedium,
                                    FindingSeverity::kLow};

// The filter's name for the reference ledger, which is no article; '@' cannot start an id.
constexpr std::string_view kLedger = "@ledger";

using ArticleMap = std::map<std::string, const ArticleInfo*, std::less<>>;

// A link out of the report (an article, a source, a Wikidata item): opened without giving the
// page a handle on the report.
std::string Link(const std::string& url, const std::string& text_html) {
  return fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", Escape(url), text_html);
}

std::string AttributionText(const Attribution& a) {
  switch (a.kind) {
    case AttributionKind::kReported:
      return "reported, from " + a.source;
    case AttributionKind::kAlleged:
      return "alleged by " + a.source;
    case AttributionKind::kReference:
      return "reference: " + a.source;
    default:
      return "asserted by the article";
  }
}

// Claim ids as chips; hovering one lights up its column in the card (see kScript).
std::string Chips(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    out += fmt::format("<code class=\"chip\" data-claim=\"{0}\">{0}</code> ", Escape(id));
  }
  return out;
}

// "A tie: doubting ... costs as much" when the cheapest correction was chosen by the tie-break.
std::string EquallyCheap(const Finding& f) {
  if (f.equally_cheap.empty()) return "";
  std::string others;
  for (const auto& set : f.equally_cheap) others += (others.empty() ? "" : "or ") + Chips(set);
  return "<br>A tie: doubting " + others +
         "costs as much; the tie-break (low confidence, then the vaguer claim, then the id) "
         "chose the first.";
}

std::string SourceLine(const FindingClaim& c, const ArticleMap& articles) {
  if (c.article.empty()) return "<b>reference ledger</b>";
  auto it = articles.find(c.article);
  if (it == articles.end()) return fmt::format("<b>{}</b>", Escape(c.article));
  const ArticleInfo& a = *it->second;
  return fmt::format("<b>{}</b> · {} · <span class=\"date\">{}</span>", Escape(a.id),
                     a.outlet.empty() ? "<i>outlet not named</i>" : Escape(a.outlet),
                     Escape(html::PublishedText(a)));
}

std::string ClaimColumn(const Finding& f, const FindingClaim& c, const ArticleMap& articles) {
  std::string tags;
  for (const auto& id : f.retract) {
    if (id == c.id) tags += "<span class=\"tag doubt\">doubt this</span>";
  }
  for (size_t i = 0; i < f.camps.size() && f.camps.size() > 1; ++i) {
    for (const auto& id : f.camps[i]) {
      if (id == c.id)
        tags += fmt::format("<span class=\"tag camp\">camp {}</span>", static_cast<char>('A' + i));
    }
  }
  std::string quote;
  if (c.has_span && !c.article.empty()) {
    auto it = articles.find(c.article);
    if (it != articles.end())
      quote = html::QuoteInContext(it->second->text, c.span_begin, c.span_end);
  }
  if (quote.empty() && !c.quote.empty()) quote = "<mark>" + Escape(c.quote) + "</mark>";
  std::string fact = c.subject + "." + c.property;
  std::string out = fmt::format(
      "<div class=\"claim{}\" data-claim=\"{}\">\n<div "
      "class=\"claim-head\"><code>{}</code>{}</div>\n"
      "<div class=\"src\">{}</div>\n",
      tags.find("doubt") != std::string::npos ? " doubt" : "", Escape(c.id), Escape(c.id), tags,
      SourceLine(c, articles));
  if (fact != f.subject + "." + f.property) {
    out += fmt::format("<div class=\"other-fact\">on <code>{}</code></div>\n", Escape(fact));
  }
  if (!quote.empty()) out += "<blockquote>" + quote + "</blockquote>\n";
  out += "<dl>";
  out += fmt::format("<dt>as written</dt><dd>{}{}</dd>", Escape(c.value),
                     c.when.empty() ? "" : " <span class=\"when\">(" + Escape(c.when) + ")</span>");
  std::string normalized = NormalizedText(c, "−∞", "+∞");
  if (!normalized.empty()) {
    out += fmt::format("<dt>normalised</dt><dd class=\"num\">{}</dd>", Escape(normalized));
  }
  out += fmt::format("<dt>reading</dt><dd>{}</dd>", Escape(fmt::format("{}", c.reading)));
  if (c.confidence.low()) {
    out += fmt::format("<dt>to check</dt><dd class=\"to-check\">{}</dd>",
                       Escape(Join(c.confidence.reasons, "; ")));
  }
  std::string attribution = Escape(AttributionText(c.attribution));
  if (!c.attribution.url.empty()) attribution = Link(c.attribution.url, attribution);
  out += fmt::format("<dt>attribution</dt><dd>{}</dd></dl>\n", attribution);
  if (!c.file.empty()) {
    out += fmt::format("<div class=\"loc\">{}:{}:{}</div>\n", Escape(c.file), c.line, c.column);
  }
  return out + "</div>\n";
}

std::string Card(size_t number, const Finding& f, const std::string& headline,
                 const CheckResult& result, const ArticleMap& articles) {
  std::set<std::string> in;
  for (const auto& c : f.claims) in.insert(c.article.empty() ? std::string(kLedger) : c.article);
  std::string kind(FindingKindName(f.kind)), severity(FindingSeverityName(f.severity));
  std::string out = fmt::format(
      "<article class=\"card {0} sev-{1}\" id=\"{2}\" data-kind=\"{0}\" data-severity=\"{1}\" "
      "data-subject=\"{3}\" data-articles=\"{4}\">\n<header class=\"card-head\">"
      "<span class=\"num\">{5}</span><span class=\"badge kind\">{0}</span>"
      "<span class=\"badge sev\">{1}</span>{6}<h3>{9}</h3>"
      "<a class=\"fid\" href=\"#{2}\">{2}</a><code class=\"fact\">{3}.{7}</code></header>\n"
      "<p class=\"summary\">{8}</p>\n",
      kind, severity, Escape(f.id), Escape(f.subject),
      Escape(Join(std::vector<std::string>(in.begin(), in.end()), " ")), number,
      (f.review_of
           ? fmt::format("<span class=\"badge\">possible {}</span>", FindingKindName(*f.review_of))
           : std::string()) +
          (result.accepted.count(f.id)
               ? fmt::format("<span class=\"badge accepted\" title=\"{}\">accepted</span>",
                             Escape(AcceptanceText(result, f.id)))
               : ""),
      Escape(f.property), Escape(report::Summary(f)), Escape(headline));
  if (!f.wikidata.empty()) {
    std::string links;
    for (const auto& [id, item] : f.wikidata) {
      auto name = f.names.find(id);
      links += (links.empty() ? "" : ", ") +
               Link(WikidataUrl(item), Escape(name == f.names.end() ? id : name->second));
    }
    out += "<p class=\"wikidata\">Wikidata: " + links + "</p>\n";
  }
  out += "<div class=\"claims\">\n";
  for (const auto& c : f.claims) out += ClaimColumn(f, c, articles);
  out += "</div>\n<div class=\"why\">";
  out += fmt::format("<p><b>Why.</b> {}</p>\n", Escape(report::Explanation(f)));
  if (f.window) {
    out += fmt::format("<p><b>Window.</b> <span class=\"num\">{} to {}</span></p>\n",
                       FormatDay(f.window->first), FormatDay(f.window->last));
  }
  if (f.evidence_kind() == FindingKind::kContradiction) {
    out += fmt::format("<p class=\"retract\"><b>Cheapest correction.</b> {}</p>\n",
                       f.retract.empty()
                           ? "Doubt nothing here (the correction lies in a related finding)."
                           : "Doubt " + Chips(f.retract) + EquallyCheap(f));
    if (f.camps.size() > 1) {
      out += "<p><b>Camps</b> (claims that agree with each other):";
      for (size_t i = 0; i < f.camps.size(); ++i) {
        out += fmt::format(" <span class=\"camp-list\">{}: {}</span>", static_cast<char>('A' + i),
                           Chips(f.camps[i]));
      }
      out += "</p>\n";
    }
    out += fmt::format(
        "<details class=\"sets\"><summary><b>Minimal sets</b> of claims that cannot all hold "
        "({})</summary><ol>",
        f.minimal_sets.size());
    for (const auto& set : f.minimal_sets) out += "<li>" + Chips(set) + "</li>";
    out += "</ol></details>\n";
  }
  return out + "</div>\n</article>\n";
}

std::string Summary(const CheckResult& result) {
  std::map<std::pair<FindingKind, FindingSeverity>, size_t> counts;
  for (const auto& f : result.findings) ++counts[{f.kind, f.severity}];
  std::string out =
      "<section class=\"panel\"><h2>Findings by kind and severity</h2>\n<table class=\"counts\">"
      "<thead><tr><th>kind</th>";
  for (auto s : kSeverities) out += fmt::format("<th>{}</th>", FindingSeverityName(s));
  out += "<th>total</th></tr></thead><tbody>\n";
  std::map<FindingSeverity, size_t> by_severity;
  for (auto k : kKinds) {
    // A desk's own claims are never low-confidence: no row for what cannot happen there.
    if (k == FindingKind::kToReview &&
        !std::any_of(kSeverities.begin(), kSeverities.end(), [&](auto s) {
          return counts[{k, s}] > 0;
        })) {
      continue;
    }
    size_t total = 0;
    std::string row;
    for (auto s : kSeverities) {
      size_t n = counts[{k, s}];
      total += n;
      by_severity[s] += n;
      row += n ? fmt::format("<td>{}</td>", n) : "<td class=\"zero\">0</td>";
    }
    out += fmt::format(
        "<tr class=\"{0}\"><th><span class=\"dot\"></span>{0}</th>{1}<td>{2}</td></tr>\n",
        FindingKindName(k), row, total);
  }
  out += "</tbody><tfoot><tr><th>total</th>";
  for (auto s : kSeverities) out += fmt::format("<td>{}</td>", by_severity[s]);
  out += fmt::format("<td>{}</td></tr></tfoot></table></section>\n", result.findings.size());

  // Publication days the claims pin down, next to what the metadata says.
  // Each links its finding and carries that finding's caveat: it may hold only once the
  // suggested retractions are made, or rest on a claim to review.
  std::map<std::string, std::string> inferred;  // article id -> HTML
  for (const auto& f : result.findings) {
    if (f.evidence_kind() != FindingKind::kInference || f.property != "published" || !f.window) {
      continue;
    }
    std::string days =
        f.window->first == f.window->last
            ? FormatDay(f.window->first)
            : fmt::format("{} to {}", FormatDay(f.window->first), FormatDay(f.window->last));
    std::string caveat = f.kind == FindingKind::kToReview ? " (to review)"
                         : f.after_retractions ? " (once the suggested retractions are made)"
                                               : "";
    inferred[f.subject] =
        fmt::format("<a href=\"#{}\">{}</a>{}", Escape(f.id), Escape(days), Escape(caveat));
  }
  out +=
      "<section class=\"panel grow\"><h2>Articles</h2>\n<table class=\"articles\"><thead><tr>"
      "<th>id</th><th>outlet</th><th>authors</th><th>lang</th><th>published</th>"
      "<th>inferred</th></tr></thead><tbody>\n";
  for (const auto& a : result.articles) {
    std::string published = html::PublishedText(a);
    out += fmt::format(
        "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td class=\"num{}\">{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        a.url.empty() ? Escape(a.id) : Link(a.url, Escape(a.id)),
        a.outlet.empty() ? "<i>not named</i>" : Escape(a.outlet), Escape(Join(a.authors, ", ")),
        Escape(a.language), published == "unknown" ? " zero" : "", Escape(published),
        inferred.count(a.id) ? inferred[a.id] : "");
  }
  return out + "</tbody></table></section>\n";
}

// What the kinds and severities mean, folded under the heading until a reader opens it.
std::string KeyToFindings() {
  std::string out =
      "<details class=\"key\"><summary>What the kinds and severities mean</summary><dl>";
  for (const auto& [name, meaning] : KindLegend()) {
    out += fmt::format("<dt>{}</dt><dd>{}</dd>", Escape(std::string(name)),
                       Escape(std::string(meaning)));
  }
  for (const auto& [name, meaning] : SeverityLegend()) {
    out += fmt::format("<dt>{} severity</dt><dd>{}</dd>", Escape(std::string(name)),
                       Escape(std::string(meaning)));
  }
  return out + "</dl></details>\n";
}

// The first screen: per article, each claim the cheapest corrections doubt, one line each,
// linked to its finding.
std::string WhatToDoubt(const CheckResult& result, const std::vector<std::string>& headlines) {
  std::vector<ArticleDoubts> doubts = DoubtsByArticle(result);
  if (doubts.empty()) return "";
  std::string out =
      "<section class=\"panel triage\" id=\"what-to-doubt\"><h2>What to doubt</h2>\n"
      "<p class=\"lede\">The claims each contradiction's cheapest correction doubts, by "
      "article. Each line opens its finding.</p>\n<div class=\"triage-articles\">";
  for (const auto& a : doubts) {
    out += fmt::format(
        "<div><h3>{}</h3><ul>",
        a.article.empty()
            ? std::string("reference ledger")
            : fmt::format("<code>{}</code> <span class=\"outlet\">{}</span>", Escape(a.article),
                          a.outlet.empty() ? "outlet not named" : Escape(a.outlet)));
    for (const auto& d : a.doubts) {
      const Finding& f = result.findings[d.finding];
      out += fmt::format(
          "<li class=\"sev-{1}\"><a href=\"#{0}\"><span class=\"badge sev\">{2}</span> «{3}» "
          "<code>{4}</code></a> "
          "<span class=\"why-doubt\">{5}. {6}</span></li>",
          Escape(f.id), FindingSeverityName(f.severity), FindingSeverityName(f.severity),
          Escape(d.claim->value), Escape(d.claim->id), d.finding + 1, Escape(headlines[d.finding]));
    }
    out += "</ul></div>";
  }
  return out + "</div></section>\n";
}

// Filters over the findings shown as cards (every finding but counted variations).
std::string Filters(const CheckResult& result, bool counted_variations) {
  std::map<std::string, size_t> kinds, severities, subjects;
  for (const auto& f : result.findings) {
    if (counted_variations && f.kind == FindingKind::kVariation) continue;
    ++kinds[std::string(FindingKindName(f.kind))];
    ++severities[std::string(FindingSeverityName(f.severity))];
    ++subjects[f.subject];
  }
  std::string out =
      "<form class=\"filters\" id=\"filters\" autocomplete=\"off\" aria-label=\"filters\">"
      "<div class=\"group\" aria-label=\"kind\">";
  for (auto k : kKinds) {
    std::string name(FindingKindName(k));
    if (!kinds.count(name)) continue;
    out += fmt::format(
        "<label class=\"{0}\"><input type=\"checkbox\" name=\"kind\" value=\"{0}\" checked>"
        "<span class=\"dot\"></span>{0} <small>{1}</small></label>",
        name, kinds[name]);
  }
  out += "</div><div class=\"group\" aria-label=\"severity\">";
  for (auto s : kSeverities) {
    std::string name(FindingSeverityName(s));
    if (!severities.count(name)) continue;
    out += fmt::format(
        "<label><input type=\"checkbox\" name=\"severity\" value=\"{0}\" checked>{0} "
        "<small>{1}</small></label>",
        name, severities[name]);
  }
  out +=
      "</div><label class=\"pick\"><span class=\"lbl\">subject</span> <select name=\"subject\">"
      "<option value=\"\">all</option>";
  for (const auto& [subject, n] : subjects) {
    out += fmt::format("<option value=\"{0}\">{0} ({1})</option>", Escape(subject), n);
  }
  out +=
      "</select></label><label class=\"pick\"><span class=\"lbl\">article</span> <select "
      "name=\"article\">"
      "<option value=\"\">all</option>";
  for (const auto& a : result.articles) {
    out += fmt::format("<option value=\"{0}\">{0}</option>", Escape(a.id));
  }
  out += fmt::format("<option value=\"{}\">reference ledger</option></select></label>", kLedger);
  return out +
         "<button type=\"button\" id=\"show-all\">show all</button>"
         "<output id=\"shown\"></output></form>\n";
}

}  // namespace

void HtmlReport(const CheckResult& result, TextSink& sink) {
  ArticleMap articles;
  for (const auto& a : result.articles) articles[a.id] = &a;
  std::map<FindingKind, size_t> counts;
  for (const auto& f : result.findings) ++counts[f.kind];

  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n";
  // The error hook comes first so that it sees every later script's failure (browser test).
  out += fmt::format("<script>{}</script>\n", html::kErrorHook);
  out +=
      "<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"crosscheck\">\n<title>crosscheck report</title>\n";
  out += fmt::format("<style>{}</style>\n</head>\n<body>\n", html::kStyle);
  out += fmt::format(
      "<header class=\"page-head\"><h1>crosscheck report</h1><p class=\"lede\">{} articles, {} "
      "claims in {} independent groups: <b class=\"contradiction\">{} contradictions</b>, {} "
      "tensions, {} inferences, {} variations, {} undecided{}.</p></header>\n<main>\n",
      result.articles.size(), result.claims, result.components, counts[FindingKind::kContradiction],
      counts[FindingKind::kTension], counts[FindingKind::kInference],
      counts[FindingKind::kVariation], counts[FindingKind::kUnknown],
      counts[FindingKind::kToReview] == 0
          ? ""
          : fmt::format("; {} more to review", counts[FindingKind::kToReview]));
  if (std::vector<std::string> notes = NoteLines(result); !notes.empty()) {
    out += "<ul class=\"notes\">";
    for (const auto& note : notes) out += "<li>" + Escape(note) + "</li>";
    out += "</ul>\n";
  }
  std::vector<std::string> headlines = Headlines(result);
  out += WhatToDoubt(result, headlines);
  out += "<div class=\"overview\">\n" + Summary(result) + "</div>\n";
  // Past a thousand variations they are counted per fact (report/variation_counts.h).
  bool counted = CountsVariations(result);
  out += html::TimelineSection(result, counted);
  out += "<section id=\"findings\"><h2>Findings</h2>\n" + KeyToFindings() +
         Filters(result, counted) +
         "<p class=\"none-shown\" hidden>No finding matches these filters.</p>\n";
  if (counted) {
    out += fmt::format(
        "<p class=\"lede\">The {} variations are counted per fact under <a "
        "href=\"#variations\">Variations</a>, not shown as cards: the JSON report lists each "
        "with its claims.</p>\n",
        counts[FindingKind::kVariation]);
  }
  bool review_section = false;
  for (size_t i = 0; i < result.findings.size(); ++i) {
    // Findings to review sort last (solve/checker.h): their own section, after the others.
    if (result.findings[i].review_of && !review_section) {
      review_section = true;
      out +=
          "</section>\n<section id=\"to-review\"><style>.to_review{--k:#8d6e63}</style>"
          "<h2>To review</h2>\n<p class=\"lede\">Each of these would be a finding if the claims "
          "it rests on were read right, but crosscheck read some of them with low confidence: "
          "check what <b>to check</b> lists before reporting it.</p>\n";
    }
    if (counted && result.findings[i].kind == FindingKind::kVariation) continue;
    out += Card(i + 1, result.findings[i], headlines[i], result, articles);
    FlushLarge(out, sink);
  }
  out += "</section>\n";
  if (counted) {
    out += fmt::format(
        "<section class=\"panel\" id=\"variations\"><h2>Variations</h2>\n<p>{} facts on which "
        "claims differ but can all hold: how many claims and articles each has (the finding's "
        "number and id lead to it in the JSON report).</p>\n<table class=\"counts\"><thead><tr>"
        "<th>#</th><th>fact</th><th>claims</th><th>articles</th><th>finding</th></tr></thead>"
        "<tbody>\n",
        counts[FindingKind::kVariation]);
    for (const auto& v : VariationCounts(result)) {
      out += fmt::format(
          "<tr><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td><td "
          "class=\"num\">{}</td><td><code>{}</code></td></tr>\n",
          v.finding + 1, Escape(v.fact), v.claims, v.articles,
          Escape(result.findings[v.finding].id));
      FlushLarge(out, sink);
    }
    out += "</tbody></table></section>\n";
  }
  if (!result.diagnostics.empty()) {
    out += "<section class=\"panel\" id=\"not-checked\"><h2>Claims not checked</h2><ul>\n";
    for (const auto& d : result.diagnostics.items()) {
      out += fmt::format("<li><code>{}:{}</code>: {}</li>\n", Escape(d.pos.file), d.pos.line,
                         Escape(d.message));
    }
    out += "</ul></section>\n";
  }
  out += fmt::format("</main>\n<script>{}</script>\n</body>\n</html>\n", html::kScript);
  sink.Write(out);
}

}  // namespace crosscheck::report
