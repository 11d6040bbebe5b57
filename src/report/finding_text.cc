#include "report/finding_text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "report/law_text.h"
#include "report/reading_text.h"

namespace crosscheck::report {
namespace {

std::string Who(const FindingClaim& c) {
  return c.article.empty() ? "reference ledger" : c.article;
}

// "«A100» (lemonde-liang, reuters-r2) and «H800» (ft-1)": each distinct value once, with who
// said it.
std::string DescribeCamp(const std::vector<const FindingClaim*>& camp) {
  std::vector<std::pair<std::string, std::set<std::string>>> values;
  for (const auto* c : camp) {
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const auto& p) { return p.first == c->value; });
    if (it == values.end()) {
      values.push_back({c->value, {}});
      it = values.end() - 1;
    }
    it->second.insert(Who(*c));
  }
  std::string out;
  for (const auto& [v, who] : values) {
    std::string names;
    for (const auto& w : who) names += (names.empty() ? "" : ", ") + w;
    out += fmt::format("{}«{}» ({})", out.empty() ? "" : " and ", v, names);
  }
  return out;
}

std::vector<const FindingClaim*> AllClaims(const Finding& f) {
  std::vector<const FindingClaim*> views;
  views.reserve(f.claims.size());
  for (const auto& c : f.claims) views.push_back(&c);
  return views;
}

const FindingClaim* ClaimById(const Finding& f, const std::string& id) {
  for (const auto& c : f.claims) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

// How a summary names a subject: the catalogue's name of each entity, without what its
// parentheses add ("Fire-Flyer II (High-Flyer's second supercomputer)" -> "Fire-Flyer II"),
// so that a reader sees "High-Flyer", not the id `high-flyer` (ids stay in titles and tables).
std::string Named(const Finding& f, const std::string& subject) {
  std::string out;
  size_t from = 0;
  while (from <= subject.size()) {
    size_t plus = subject.find(" + ", from);
    std::string id =
        subject.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
    std::string name = id;
    if (auto it = f.names.find(id); it != f.names.end() && !it->second.empty()) {
      name = it->second.substr(0, it->second.find(" ("));
    }
    out += (out.empty() ? "" : " + ") + name;
    if (plus == std::string::npos) break;
    from = plus + 3;
  }
  return out;
}

// "High-Flyer's", "Global stock markets'".
// " (once the suggested retractions are made)" for a finding that holds only then.
std::string Caveat(const Finding& f) {
  return f.after_retractions ? " (once the suggested retractions are made)" : "";
}

// One sentence per claim saying how it was read.
std::string Readings(const std::vector<const FindingClaim*>& claims) {
  std::string why;
  for (const auto* c : claims)
    why += fmt::format("«{}» ({}) is {}. ", c->value, Source(*c), c->reading);
  return why;
}

std::string_view UndecidedText(UndecidedStep step) {
  switch (step) {
    case UndecidedStep::kCheck:
      return "the solver could not decide these claims within its resource limit";
    case UndecidedStep::kListing:
      return "the solver ran out of its resource limit while listing the conflicts";
    case UndecidedStep::kCorrection:
      return "the solver could not choose a correction within its resource limit";
  }
  return "";
}

std::string ContradictionSummary(const Finding& f) {
  if (f.single_fact) {
    std::string camps;
    for (const auto& camp : f.camps) {
      std::vector<const FindingClaim*> views;
      views.reserve(camp.size());
      for (const auto& id : camp) views.push_back(ClaimById(f, id));
      camps += (camps.empty() ? "" : " versus ") + DescribeCamp(views);
    }
    return fmt::format("The sources disagree on {} {}: {}.", NamedPossessive(f, f.subject),
                       f.property, camps);
  }
  std::set<std::string> named;  // "High-Flyer's founding_date", for people
  for (const auto& c : f.claims) named.insert(NamedPossessive(f, c.subject) + " " + c.property);
  std::string facts;
  for (const auto& k : named) facts += (facts.empty() ? "" : ", ") + k;
  return fmt::format("{} cannot all be true together: {}.", facts, DescribeCamp(AllClaims(f)));
}

// The distance between a dispute's two camps against the vaguest claim's span, in days for a
// date and in the claims' unit for a figure: "1 day apart, where «il y a une petite semaine»
// spans 3 days: a near miss"; "130 apart (unit person), where «at most 9 employees» spans 10:
// 13 times that span".
std::string GapText(const Finding& f, const Gap& gap) {
  const FindingClaim* vaguest = ClaimById(f, gap.vaguest_claim);
  std::string value = vaguest ? vaguest->value : gap.vaguest_claim;
  std::string verdict = gap.near_miss()
                            ? "a near miss, graded low"
                            : fmt::format("{} times that span, not a near miss", gap.times());
  if (gap.scale == IntervalScale::kFigure) {
    return fmt::format(
        " The two camps' nearest readings are {} apart (unit {}), where the vaguest claim, «{}», "
        "spans {}: {}.",
        ToDisplayString(gap.distance), gap.unit, value, ToDisplayString(gap.vaguest_claim_width),
        verdict);
  }
  return fmt::format(
      " The two camps' nearest readings are {} day{} apart, where the vaguest claim, «{}», "
      "spans {} day{}: {}.",
      gap.days, gap.days == 1 ? "" : "s", value, gap.vaguest_claim_days,
      gap.vaguest_claim_days == 1 ? "" : "s", verdict);
}

std::string ContradictionExplanation(const Finding& f) {
  std::vector<const FindingClaim*> first_set;
  if (!f.minimal_sets.empty()) {
    for (const auto& id : f.minimal_sets.front()) first_set.push_back(ClaimById(f, id));
  }
  std::string why = Readings(first_set);
  if (f.taxonomy_clash) {
    const TaxonomyClash& t = *f.taxonomy_clash;
    why += t.single_valued ? fmt::format(
                                 "In the '{}' taxonomy no value lies under all of them, and {} "
                                 "takes one value. ",
                                 t.taxonomy, t.property)
                           : fmt::format(
                                 "In the '{}' taxonomy they lie on branches that exclude each "
                                 "other, even though {} may take several values. ",
                                 t.taxonomy, t.property);
  }
  if (!f.laws.empty()) {
    why += "With the catalogue's law";
    why += f.laws.size() > 1 ? "s " : " ";
    why += fmt::format("{}", fmt::join(f.laws, "; "));
    why += ", ";
  }
  why += f.laws.empty() ? "No single state of the world satisfies all of them."
                        : "no single state of the world satisfies all of them.";
  if (f.minimal_sets.size() > 1) {
    why +=
        fmt::format(" {} minimal sets of claims conflict over this fact.", f.minimal_sets.size());
  }
  if (f.listing_capped_at > 0) {
    why += fmt::format(" (Listing stopped at {} minimal sets.)", f.listing_capped_at);
  }
  if (f.gap) why += GapText(f, *f.gap);
  return why;
}

std::string InferenceSummary(const Finding& f) {
  const Window& w = *f.window;
  const PublicationDate& p = f.published_metadata;
  std::string metadata = p.unknown() ? "no date"
                                     : fmt::format("{} to {}", p.from ? FormatDay(*p.from) : "?",
                                                   p.to ? FormatDay(*p.to) : "?");
  return fmt::format("{} was published {}{}, by its relative dates (its metadata gives {}).",
                     f.subject,
                     w.first == w.last ? "on " + DateRange(w.first, w.last)
                                       : "within " + DateRange(w.first, w.last),
                     Caveat(f), metadata);
}

std::string InferenceExplanation(const Finding& f) {
  size_t own = std::min(f.own_claims, f.claims.size());
  std::string why;
  for (size_t k = 0; k < own; ++k) {
    why += fmt::format("«{}» is {}. ", f.claims[k].value, f.claims[k].reading);
  }
  if (own < f.claims.size()) {
    std::string from;
    for (size_t k = own; k < f.claims.size(); ++k) {
      from +=
          fmt::format("{}«{}» ({})", from.empty() ? "" : ", ", f.claims[k].value, Who(f.claims[k]));
    }
    why += fmt::format("They are counted from what other sources date: {}. ", from);
  }
  return why + "Only these publication days satisfy them all.";
}

// The summary of the finding as its evidence kind (a finding to review says what it would be).
std::string EvidenceSummary(const Finding& f) {
  switch (f.evidence_kind()) {
    case FindingKind::kContradiction:
      return ContradictionSummary(f);
    case FindingKind::kTension: {
      const Window& w = *f.window;
      return fmt::format(
          "The claims on {} {} hold together only if it falls within {}{}: "
          "{} days, where the narrowest claim alone allows {}.",
          NamedPossessive(f, f.subject), f.property, DateRange(w.first, w.last), Caveat(f),
          w.last - w.first + 1, f.narrowest_claim_days);
    }
    case FindingKind::kVariation:
      return fmt::format("{} claims state {} {} differently, and all can hold{}: {}.",
                         f.claims.size(), NamedPossessive(f, f.subject), f.property, Caveat(f),
                         DescribeCamp(AllClaims(f)));
    case FindingKind::kInference:
      return InferenceSummary(f);
    case FindingKind::kUnknown:
      return fmt::format("{} claims about {} {} and related facts could not be checked: {}.",
                         f.claims.size(), NamedPossessive(f, f.subject), f.property,
                         UndecidedText(f.undecided.value_or(UndecidedStep::kCheck)));
    case FindingKind::kToReview:
      break;  // evidence_kind() is never kToReview
  }
  return "";
}

}  // namespace

std::string NamedPossessive(const Finding& f, const std::string& subject) {
  std::string name = Named(f, subject);
  return name + (!name.empty() && name.back() == 's' ? "'" : "'s");
}

std::string DateRange(DayNumber low, DayNumber high) {
  if (low == high) return FormatDay(low);
  return fmt::format("{} to {}", FormatDay(low), FormatDay(high));
}

std::string WikidataUrl(std::string_view item) {
  return fmt::format("https://www.wikidata.org/wiki/{}", item);
}

std::string Source(const FindingClaim& c) {
  std::string who = Who(c);
  switch (c.attribution.kind) {
    case AttributionKind::kReported:
      return fmt::format("{}, reporting {}", who, c.attribution.source);
    case AttributionKind::kAlleged:
      return fmt::format("{}, allegation by {}", who, c.attribution.source);
    default:
      return who;
  }
}

std::string Summary(const Finding& f) {
  if (f.kind == FindingKind::kToReview && f.review_of) {
    return fmt::format("Possible {}, resting on a claim to review: {}",
                       FindingKindName(*f.review_of), EvidenceSummary(f));
  }
  return EvidenceSummary(f);
}

std::string Explanation(const Finding& f) {
  switch (f.evidence_kind()) {
    case FindingKind::kContradiction:
      return ContradictionExplanation(f);
    case FindingKind::kTension:
      return Readings(AllClaims(f)) +
             "Each is plausible alone; together they leave a narrow window, worth "
             "checking against a primary source.";
    case FindingKind::kVariation:
      return Readings(AllClaims(f)) + "Their intervals overlap, so all of them can hold at once.";
    case FindingKind::kInference:
      return InferenceExplanation(f);
    case FindingKind::kUnknown:
    case FindingKind::kToReview:
      break;
  }
  return "";  // an undecided component has no explanation
}

std::string_view DaysSourceText(DaysSource s) {
  switch (s) {
    case DaysSource::kFromPublication:
      return "from the publication date";
    case DaysSource::kOnlyPlacement:
      return "from the publication date, the only placement near it";
    case DaysSource::kPlacementsSpan:
      return "from the publication date, one of several placements in this span";
    case DaysSource::kPublicationRange:
      return "from the publication interval: some day in this span";
    case DaysSource::kInferredPublication:
      return "from the publication day inferred from the claims, since the metadata gives none";
    case DaysSource::kAsWritten:
      break;
  }
  return "";
}

std::string NormalizedText(const FindingClaim& c, std::string_view minus_inf,
                           std::string_view plus_inf) {
  if (c.low.empty() && c.high.empty()) return "";
  if (c.scale != IntervalScale::kFigure) {
    std::string days = c.low == c.high ? c.low : fmt::format("{} to {}", c.low, c.high);
    std::string_view derived = DaysSourceText(c.days_source);
    return derived.empty() ? days : fmt::format("{} ({})", days, derived);
  }
  if (c.low == c.high) return fmt::format("{} {}", c.low, c.unit);
  return fmt::format("{}{}, {}{} {}", c.low_open ? "(" : "[", c.low.empty() ? minus_inf : c.low,
                     c.high.empty() ? plus_inf : c.high, c.high_open ? ")" : "]", c.unit);
}

}  // namespace crosscheck::report
