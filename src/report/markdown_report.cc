#include "report/markdown_report.h"

#include <fmt/format.h>

#include <map>

#include "common/strings.h"
#include "report/finding_text.h"
#include "report/headline_text.h"
#include "report/legend_text.h"
#include "report/notes_text.h"
#include "report/sink_text.h"
#include "report/triage.h"
#include "report/variation_counts.h"

namespace crosscheck::report {
namespace {

// Table cells: pipes and line breaks would break the table.
std::string Cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string PublishedText(const ArticleInfo& a) {
  const PublicationDate& p = a.published;
  if (p.unknown()) return "unknown";
  if (p.exact()) return FormatDay(*p.from);
  return fmt::format("{} to {}", p.from ? FormatDay(*p.from) : "?", p.to ? FormatDay(*p.to) : "?");
}

std::string Who(const FindingClaim& c, const std::map<std::string, const ArticleInfo*>& articles) {
  std::string base = "reference ledger";
  if (!c.article.empty()) {
    auto it = articles.find(c.article);
    const ArticleInfo* a = it == articles.end() ? nullptr : it->second;
    base = a ? fmt::format("{} ({}, {})", c.article,
                           a->outlet.empty() ? "outlet not named" : a->outlet, PublishedText(*a))
             : c.article;
  }
  switch (c.attribution.kind) {
    case AttributionKind::kReported:
      return base + ", reporting " + c.attribution.source;
    case AttributionKind::kAlleged:
      return base + ", allegation by " + c.attribution.source;
    case AttributionKind::kReference:
      return base + ": " + c.attribution.source +
             (c.attribution.url.empty() ? "" : " <" + c.attribution.url + ">");
    default:
      return base;
  }
}

// The first screen: per article, each claim the cheapest corrections doubt, with its finding.
std::string WhatToDoubt(const CheckResult& result, const std::vector<std::string>& headlines) {
  std::vector<ArticleDoubts> doubts = DoubtsByArticle(result);
  if (doubts.empty()) return "";
  std::string out =
      "## What to doubt\n\nThe claims each contradiction's cheapest correction doubts, by article "
      "(numbers are the findings below).\n\n";
  for (const auto& a : doubts) {
    out += a.article.empty() ? "- **reference ledger**\n"
                             : fmt::format("- **{}** ({})\n", a.article,
                                           a.outlet.empty() ? "outlet not named" : a.outlet);
    for (const auto& d : a.doubts) {
      const Finding& f = result.findings[d.finding];
      out +=
          fmt::format("  - «{}» ({}): finding {} ({}), {}\n", Cell(d.claim->value), d.claim->id,
                      d.finding + 1, FindingSeverityName(f.severity), Cell(headlines[d.finding]));
    }
  }
  return out + "\n";
}

std::string Title(FindingKind k) {
  switch (k) {
    case FindingKind::kToReview:
      return "To review";
    case FindingKind::kContradiction:
      return "Contradiction";
    case FindingKind::kTension:
      return "Tension";
    case FindingKind::kVariation:
      return "Variation";
    case FindingKind::kInference:
      return "Inference";
    case FindingKind::kUnknown:
      return "Undecided";
  }
  return "Finding";
}

}  // namespace

void MarkdownReport(const CheckResult& result, TextSink& sink) {
  std::map<std::string, const ArticleInfo*> articles;
  for (const auto& a : result.articles) articles[a.id] = &a;
  std::map<FindingKind, size_t> counts;
  for (const auto& f : result.findings) ++counts[f.kind];

  std::string out = "# crosscheck report\n\n";
  out += fmt::format(
      "{} articles, {} claims in {} independent groups: **{} contradictions**, {} tensions, "
      "{} inferences, {} variations, {} undecided.\n\n",
      result.articles.size(), result.claims, result.components, counts[FindingKind::kContradiction],
      counts[FindingKind::kTension], counts[FindingKind::kInference],
      counts[FindingKind::kVariation], counts[FindingKind::kUnknown]);
  if (counts[FindingKind::kToReview] > 0) {
    out += fmt::format(
        "{} more to review: they rest on claims read with low confidence, and are not counted "
        "as contradictions until a desk has checked them.\n\n",
        counts[FindingKind::kToReview]);
  }

  std::vector<std::string> headlines = Headlines(result);
  out += WhatToDoubt(result, headlines);

  std::vector<std::string> notes = NoteLines(result);
  for (const auto& note : notes) out += fmt::format("> {}\n", note);
  if (!notes.empty()) out += "\n";
  out += "## Articles\n\n| id | outlet | authors | published | file |\n|---|---|---|---|---|\n";
  for (const auto& a : result.articles) {
    std::string authors;
    for (const auto& name : a.authors) authors += (authors.empty() ? "" : ", ") + name;
    out += fmt::format(
        "| {} | {} | {} | {} | {} |\n", a.url.empty() ? a.id : fmt::format("[{}]({})", a.id, a.url),
        Cell(a.outlet.empty() ? "not named" : a.outlet), Cell(authors), PublishedText(a), a.file);
  }

  // Past a thousand variations they are counted per fact (report/variation_counts.h).
  bool counted = CountsVariations(result);
  auto listed = [&](const Finding& f) { return !counted || f.kind != FindingKind::kVariation; };
  out += "\n## Summary\n\n| # | kind | severity | fact | finding |\n|---|---|---|---|---|\n";
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    if (!listed(f)) continue;
    out += fmt::format("| {} | {} | {} | {}.{} | {} |\n", i + 1, FindingKindName(f.kind),
                       FindingSeverityName(f.severity), f.subject, f.property, Cell(Summary(f)));
    FlushLarge(out, sink);
  }
  if (counted) {
    out += fmt::format(
        "\nThe {} variations are counted per fact under [Variations](#variations), not listed "
        "with their claims: the JSON report lists each.\n",
        counts[FindingKind::kVariation]);
  }

  out += "\n**Kinds.**";
  for (const auto& [name, meaning] : KindLegend()) out += fmt::format(" *{}*: {}.", name, meaning);
  out += "\n**Severity.**";
  for (const auto& [name, meaning] : SeverityLegend()) {
    out += fmt::format(" *{}*: {}.", name, meaning);
  }
  out += "\n";

  out += "\n## Findings\n";
  bool review_section = false;
  for (size_t i = 0; i < result.findings.size(); ++i) {
    const Finding& f = result.findings[i];
    if (!listed(f)) continue;
    // Findings to review sort last (solve/checker.h): one heading above all of them.
    if (f.review_of && !review_section) {
      review_section = true;
      out +=
          "\n## To review\n\nEach of these would be a finding if the claims it rests on were read "
          "right, but crosscheck read some of them with low confidence: check what each one's "
          "**To check** lists before reporting it.\n";
    }
    out += fmt::format("\n### {}. {} ({}): {}\n\n", i + 1,
                       f.review_of
                           ? fmt::format("To review, possible {}", FindingKindName(*f.review_of))
                           : Title(f.kind),
                       FindingSeverityName(f.severity), headlines[i]);
    std::string acceptance = AcceptanceText(result, f.id);
    out += fmt::format("{}\n\n`{}` on `{}.{}`{}\n\n", Summary(f), f.id, f.subject, f.property,
                       acceptance.empty() ? "" : " (" + acceptance + ")");
    if (!f.wikidata.empty()) {
      std::string links;
      for (const auto& [id, item] : f.wikidata) {
        auto name = f.names.find(id);
        links += fmt::format("{}[{}]({})", links.empty() ? "" : ", ",
                             name == f.names.end() ? id : name->second, WikidataUrl(item));
      }
      out += "Wikidata: " + links + "\n\n";
    }
    out += "| claim | source | quote | value | normalised |\n|---|---|---|---|---|\n";
    for (const auto& c : f.claims) {
      out += fmt::format("| {} | {} | {} | {}{} | {} |\n", c.id, Cell(Who(c, articles)),
                         c.quote.empty() ? "—" : "«" + Cell(c.quote) + "»", Cell(c.value),
                         c.when.empty() ? "" : Cell(" (" + c.when + ")"),
                         Cell(NormalizedText(c, "-inf", "+inf")));
    }
    std::string to_check;
    for (const auto& c : f.claims) {
      if (!c.confidence.low()) continue;
      to_check += fmt::format("- {} «{}»: {}\n", c.id, c.value, Join(c.confidence.reasons, "; "));
    }
    if (!to_check.empty()) out += "\n**To check.**\n\n" + to_check;
    out += fmt::format("\n**Why.** {}{}\n", Explanation(f),
                       f.holds_in == PrecisionHold::kUnchecked
                           ? ""
                           : fmt::format(" Holds in {}.", PrecisionHoldText(f.holds_in)));
    if (f.window)
      out += fmt::format("\n**Window.** {} to {}\n", FormatDay(f.window->first),
                         FormatDay(f.window->last));
    if (f.evidence_kind() == FindingKind::kContradiction) {
      out += "\n**Minimal sets of claims that cannot all hold.**";
      for (const auto& set : f.minimal_sets) {
        std::string ids;
        for (const auto& id : set) ids += (ids.empty() ? "" : ", ") + id;
        out += fmt::format(" {{{}}}", ids);
      }
      out += "\n\n**Camps (claims that agree with each other).**";
      for (const auto& camp : f.camps) {
        std::string ids;
        for (const auto& id : camp) ids += (ids.empty() ? "" : ", ") + id;
        out += fmt::format(" [{}]", ids);
      }
      std::string retract;
      for (const auto& id : f.retract) retract += (retract.empty() ? "" : ", ") + id;
      out += fmt::format(
          "\n\n**Cheapest correction.** Doubt {}.",
          retract.empty() ? "nothing here (the correction lies in a related finding)" : retract);
      if (!f.equally_cheap.empty()) {
        std::string others;
        for (const auto& set : f.equally_cheap) {
          std::string ids;
          for (const auto& id : set) ids += (ids.empty() ? "" : ", ") + id;
          others += (others.empty() ? "" : "; or ") + ids;
        }
        out += fmt::format(
            " A tie: doubting {} costs as much; the tie-break (low confidence, then the vaguer "
            "claim, then the id) chose the first.",
            others);
      }
      out += "\n";
    }
    FlushLarge(out, sink);
  }
  if (counted) {
    out += fmt::format(
        "\n## Variations\n\n{} facts on which claims differ but can all hold: how many claims "
        "and articles each has (the finding's number and id lead to it in the JSON report).\n\n"
        "| # | fact | claims | articles | finding |\n|---|---|---|---|---|\n",
        counts[FindingKind::kVariation]);
    for (const auto& v : VariationCounts(result)) {
      out += fmt::format("| {} | {} | {} | {} | `{}` |\n", v.finding + 1, Cell(v.fact), v.claims,
                         v.articles, result.findings[v.finding].id);
      FlushLarge(out, sink);
    }
  }
  if (!result.diagnostics.empty()) {
    out += "\n## Claims not checked\n\n";
    for (const auto& d : result.diagnostics.items()) {
      out += fmt::format("- {}:{}: {}\n", d.pos.file, d.pos.line, d.message);
    }
  }
  sink.Write(out);
}

}  // namespace crosscheck::report
