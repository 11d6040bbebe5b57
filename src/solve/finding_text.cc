#include "solve/finding_text.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "model/date_value.h"

namespace crosscheck::solve {

std::string Source(const FindingClaim& c) {
  std::string who = c.article.empty() ? "reference ledger" : c.article;
  switch (c.attribution.kind) {
    case AttributionKind::kReported:
      return fmt::format("{}, reporting {}", who, c.attribution.source);
    case AttributionKind::kAlleged:
      return fmt::format("{}, allegation by {}", who, c.attribution.source);
    default:
      return who;
  }
}

std::string DescribeCamp(const std::vector<const FindingClaim*>& camp) {
  // "«A100» (lemonde-liang, reuters-r2)": each distinct value once, with who said it.
  std::vector<std::pair<std::string, std::set<std::string>>> values;
  for (const auto* c : camp) {
    std::string v = c->value;
    auto it =
        std::find_if(values.begin(), values.end(), [&](const auto& p) { return p.first == v; });
    if (it == values.end()) {
      values.push_back({v, {}});
      it = values.end() - 1;
    }
    it->second.insert(c->article.empty() ? "reference ledger" : c->article);
  }
  std::string out;
  for (const auto& [v, who] : values) {
    std::string names;
    for (const auto& w : who) names += (names.empty() ? "" : ", ") + w;
    out += fmt::format("{}«{}» ({})", out.empty() ? "" : " and ", v, names);
  }
  return out;
}

std::string StableId(std::string_view prefix, const std::vector<std::string>& parts) {
  // FNV-1a over the sorted parts: ids survive reordering and unrelated edits.
  std::vector<std::string> sorted = parts;
  std::sort(sorted.begin(), sorted.end());
  uint64_t h = 1469598103934665603ull;
  for (const auto& p : sorted) {
    for (char c : p) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  }
  return fmt::format("{}-{:012x}", prefix, h & 0xffffffffffffull);
}

std::string DateRange(long long low, long long high) {
  if (low == high) return FormatDay(static_cast<DayNumber>(low));
  return fmt::format("{} to {}", FormatDay(static_cast<DayNumber>(low)),
                     FormatDay(static_cast<DayNumber>(high)));
}

std::string Named(const Catalogue& catalogue, const std::string& subject) {
  std::string out;
  size_t from = 0;
  while (from <= subject.size()) {
    size_t plus = subject.find(" + ", from);
    std::string id =
        subject.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
    std::string name = id;
    if (const Entity* e = catalogue.FindEntity(id); e && !e->name.empty()) {
      name = e->name.substr(0, e->name.find(" ("));
    }
    out += (out.empty() ? "" : " + ") + name;
    if (plus == std::string::npos) break;
    from = plus + 3;
  }
  return out;
}

std::string NamedPossessive(const Catalogue& catalogue, const std::string& subject) {
  std::string name = Named(catalogue, subject);
  return name + (!name.empty() && name.back() == 's' ? "'" : "'s");
}

}  // namespace crosscheck::solve
