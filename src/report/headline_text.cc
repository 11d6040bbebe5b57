#include "report/headline_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <utility>

#include "report/finding_text.h"

namespace crosscheck::report {
namespace {

// A property in words: "release_date" -> "release date".
std::string PropertyWords(std::string property) {
  std::replace(property.begin(), property.end(), '_', ' ');
  return property;
}

// "A", "A and B", "A, B and C".
std::string JoinAnd(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string SourceName(const FindingClaim& c, const OutletNames& outlets) {
  if (c.article.empty()) return "the reference ledger";
  auto it = outlets.find(c.article);
  return it == outlets.end() ? c.article : it->second;
}

// "Le Monde and Reuters say A100": each value of the camp's claims on the disputed fact, with
// the sources that give it, in the order the claims come.
std::string CampWords(const Finding& f, const std::vector<std::string>& camp,
                      const OutletNames& outlets) {
  std::vector<std::pair<std::string, std::vector<std::string>>> values;
  for (const auto& id : camp) {
    auto c = std::find_if(f.claims.begin(), f.claims.end(),
                          [&](const FindingClaim& v) { return v.id == id; });
    if (c == f.claims.end()) continue;
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const auto& v) { return v.first == c->value; });
    if (it == values.end()) {
      values.push_back({c->value, {}});
      it = values.end() - 1;
    }
    std::string source = SourceName(*c, outlets);
    if (std::find(it->second.begin(), it->second.end(), source) == it->second.end()) {
      it->second.push_back(source);
    }
  }
  std::vector<std::string> parts;
  parts.reserve(values.size());
  for (const auto& [value, sources] : values) {
    parts.push_back(
        fmt::format("{} {} {}", JoinAnd(sources), sources.size() == 1 ? "says" : "say", value));
  }
  return JoinAnd(parts);
}

// "High-Flyer's assets under management (2021)": the disputed fact, with the time its claims
// speak of when they all give the same `when` (a time-indexed figure has one value per time).
std::string Fact(const Finding& f) {
  std::string fact = NamedPossessive(f, f.subject) + " " + PropertyWords(f.property);
  std::set<std::string> whens;
  for (const auto& c : f.claims) {
    if (c.subject == f.subject && c.property == f.property) whens.insert(c.when);
  }
  if (whens.size() == 1 && !whens.begin()->empty()) fact += " (" + *whens.begin() + ")";
  return fact;
}

// «2015», «2016» and «fin 2015»: the distinct values of the claims on the disputed fact.
std::vector<std::string> Values(const Finding& f) {
  std::vector<std::string> values;
  for (const auto& c : f.claims) {
    std::string v = "«" + c.value + "»";
    if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(v);
  }
  return values;
}

std::string EvidenceHeadline(const Finding& f, const OutletNames& outlets) {
  switch (f.evidence_kind()) {
    case FindingKind::kContradiction: {
      if (!f.single_fact) {
        std::set<std::string> facts;
        for (const auto& c : f.claims) {
          facts.insert(NamedPossessive(f, c.subject) + " " + PropertyWords(c.property));
        }
        return fmt::format("{} cannot all hold",
                           JoinAnd(std::vector<std::string>(facts.begin(), facts.end())));
      }
      if (f.camps.size() == 2) {
        return fmt::format("{}: {}; {}", Fact(f), CampWords(f, f.camps[0], outlets),
                           CampWords(f, f.camps[1], outlets));
      }
      return fmt::format("{}: {} claims in {} camps cannot all hold", Fact(f), f.claims.size(),
                         f.camps.size());
    }
    case FindingKind::kTension:
      return fmt::format("{}: only {} fits every claim", Fact(f),
                         DateRange(f.window->first, f.window->last));
    case FindingKind::kInference:
      return fmt::format("{} published {}", f.subject,
                         f.window->first == f.window->last
                             ? "on " + DateRange(f.window->first, f.window->last)
                             : "within " + DateRange(f.window->first, f.window->last));
    case FindingKind::kVariation: {
      std::vector<std::string> values = Values(f);
      if (values.size() <= 3) return fmt::format("{}: {} can all hold", Fact(f), JoinAnd(values));
      return fmt::format("{}: {} values that can all hold", Fact(f), values.size());
    }
    case FindingKind::kUnknown:
      return fmt::format("{}: undecided", Fact(f));
    case FindingKind::kToReview:
      break;
  }
  return Fact(f);
}

}  // namespace

OutletNames OutletsOf(const std::vector<ArticleInfo>& articles) {
  OutletNames out;
  for (const auto& a : articles) out[a.id] = a.outlet.empty() ? a.id : a.outlet;
  return out;
}

std::string Headline(const Finding& f, const OutletNames& outlets) {
  return EvidenceHeadline(f, outlets);  // a finding to review: what it would be (headings say so)
}

std::vector<std::string> Headlines(const CheckResult& result) {
  OutletNames outlets = OutletsOf(result.articles);
  std::vector<std::string> out;
  out.reserve(result.findings.size());
  std::set<std::string> seen;
  for (const auto& f : result.findings) {
    std::string line = Headline(f, outlets);
    if (!seen.insert(line).second) {
      line += fmt::format(" ({})", f.id);
      seen.insert(line);
    }
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace crosscheck::report
