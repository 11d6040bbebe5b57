#include "app/regression.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "report/finding_text.h"

namespace crosscheck::app {

std::set<std::string> SourcesOf(const Finding& f) {
  std::set<std::string> sources;
  for (const auto& c : f.claims) sources.insert(c.article.empty() ? "reference" : c.article);
  return sources;
}

namespace {

// The keys crosscheck writes itself; every other key of an entry is the desk's and is kept.
bool OwnKey(const std::string& key) {
  return key == "id" || key == "kind" || key == "fact" || key == "summary" || key == "sources";
}

std::string StringOr(const nlohmann::json& item, const char* key) {
  auto it = item.find(key);
  return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<Baseline> ReadBaseline(const std::string& path, const io::FileSystem& files) {
  Result<std::string> text = files.ReadUpTo(path, io::kAnySize);
  if (!text) return Error{fmt::format("cannot read baseline {}: {}", path, text.error().message)};
  // nlohmann reports malformed JSON by exception: caught here, where it is thrown, and made a
  // value.
  try {
    auto json = nlohmann::ordered_json::parse(*text);
    Baseline b;
    for (const auto& item : json.at("accepted")) {
      BaselineEntry e;
      e.id = item.at("id").get<std::string>();
      if (auto it = item.find("sources"); it != item.end()) {
        e.sources = it->get<std::set<std::string>>();
      }
      e.acceptance = {StringOr(item, "accepted_by"), StringOr(item, "accepted_on"),
                      StringOr(item, "reason")};
      nlohmann::ordered_json extra = nlohmann::ordered_json::object();
      for (const auto& [key, value] : item.items()) {
        if (!OwnKey(key)) extra[key] = value;
      }
      e.extra_json = extra.dump();
      // The line of the entry's id: the first place the quoted id occurs.
      if (size_t at = text->find('"' + e.id + '"'); at != std::string::npos) {
        e.line = 1 + static_cast<int>(std::count(
                         text->begin(), text->begin() + static_cast<std::ptrdiff_t>(at), '\n'));
      }
      b.accepted.insert(e.id);
      b.entries[e.id] = std::move(e);
    }
    return b;
  } catch (const nlohmann::json::exception& e) {
    return Error{fmt::format("{}: not a crosscheck baseline: {}", path, e.what())};
  }
}

std::string BaselineJson(const CheckResult& result, const std::optional<Baseline>& previous) {
  nlohmann::ordered_json accepted = nlohmann::ordered_json::array();
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kContradiction && f.kind != FindingKind::kUnknown) continue;
    nlohmann::ordered_json entry = {{"id", f.id},
                                    {"kind", std::string(FindingKindName(f.kind))},
                                    {"fact", f.subject + "." + f.property},
                                    {"summary", report::Summary(f)},
                                    {"sources", SourcesOf(f)}};
    if (previous) {
      if (auto it = previous->entries.find(f.id); it != previous->entries.end()) {
        // Parsed into a variable: items() of a temporary would outlive the document.
        nlohmann::ordered_json extra = nlohmann::ordered_json::parse(it->second.extra_json);
        for (const auto& [key, value] : extra.items()) entry[key] = value;
      }
    }
    accepted.push_back(std::move(entry));
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
    // A source the accepted entry did not list joins the dispute: new evidence, not accepted.
    std::vector<std::string> joined;
    if (known) {
      const auto& listed = baseline->entries.at(f.id).sources;
      if (listed) {
        for (const auto& source : SourcesOf(f)) {
          if (!listed->count(source)) joined.push_back(source);
        }
      }
    }
    if (!joined.empty() && !violates && !expected) {
      v.new_evidence.emplace_back(&f, std::move(joined));
      v.fresh.push_back(&f);
    } else if (!violates && (known || expected)) {
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
  std::set<const Finding*> joined;
  for (const auto& [f, sources] : new_evidence) {
    joined.insert(f);
    out.push_back(fmt::format("new evidence in accepted {}: {} now in the dispute ({})", f->id,
                              fmt::join(sources, ", "), report::Summary(*f)));
  }
  for (const auto* f : fresh) {
    if (!joined.count(f)) out.push_back(fmt::format("new {}: {}", f->id, report::Summary(*f)));
  }
  for (const auto& id : resolved) out.push_back(fmt::format("resolved {}", id));
  for (const auto& u : unmet) out.push_back(u);
  return out;
}

}  // namespace crosscheck::app
