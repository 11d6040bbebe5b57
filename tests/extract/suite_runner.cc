// Scores the extractor on a folder of JSONL cases (../shared/extract-suite by default; the
// format is in its README): one line per language and kind, "fr number 123/130 94.6%". With
// --ratchet FILE it also fails when a rate falls below the figure that file records.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "suite_resolution.h"

namespace {

namespace fs = std::filesystem;
using crosscheck::extract::Mention;
using nlohmann::json;

const std::vector<std::string> kKinds = {"number", "percent",  "currency",
                                         "age",    "datetime", "duration"};

std::set<Mention::Kind> KindsFor(const std::string& kind) {
  if (kind == "number") return {Mention::kNumber};
  if (kind == "percent") return {Mention::kPercent};
  if (kind == "currency") return {Mention::kCurrency};
  if (kind == "age") return {Mention::kAge};
  if (kind == "datetime") return {Mention::kDate, Mention::kDuration};
  return {Mention::kDuration};
}

// A datetime case is out of scope when one of its mentions is a time of day or carries one
// ("8:00", "tomorrow at 5pm", "this evening"), a recurrence ("every week") or a time zone:
// crosscheck models dates at any grain, relative dates and durations, not clock times. Such
// cases are counted and printed apart, never scored; a case expecting nothing stays in scope.
bool OutOfScope(const json& c) {
  if (c.at("kind") != "datetime") return false;
  for (const auto& e : c.at("expected")) {
    std::string type = e.value("type", "");
    if (type.starts_with("datetimeV2.")) type = type.substr(11);
    if (type != "date" && type != "daterange" && type != "duration") return true;
  }
  return false;
}

// Whether this kind's values are figures the extractor normalises; dates and durations are
// resolved instead (suite_resolution.h).
bool ValuesCompared(const std::string& kind) {
  return kind == "number" || kind == "percent" || kind == "currency" || kind == "age";
}

bool ValuesResolved(const std::string& kind) { return kind == "datetime" || kind == "duration"; }

std::optional<double> ToDouble(std::string s) {
  if (s.empty() || s == "null") return std::nullopt;
  std::replace(s.begin(), s.end(), ',', '.');
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

bool SameNumber(const std::string& expected, const std::string& got) {
  auto e = ToDouble(expected), g = ToDouble(got);
  if (!e || !g) return false;
  double scale = std::max({1.0, std::fabs(*e), std::fabs(*g)});
  return std::fabs(*e - *g) <= 1e-9 * scale;
}

struct Expected {
  std::string span;
  size_t begin = 0, end = 0;
  std::string value;                                               // "" when the case gives none
  std::vector<crosscheck::suite::ExpectedResolution> resolutions;  // dates, durations
};

std::string Describe(const std::vector<Expected>& items) {
  std::string out;
  for (const auto& e : items) {
    out += fmt::format("{}[{}-{}] '{}' = {}", out.empty() ? "" : "; ", e.begin, e.end, e.span,
                       e.value.empty() ? "-" : e.value);
    for (const auto& r : e.resolutions) {
      if (r.seconds) out += fmt::format(" ({} s)", *r.seconds);
      if (r.days) {
        out += fmt::format(" [{}, {})", r.days->from ? crosscheck::FormatDay(*r.days->from) : "...",
                           r.days->to ? crosscheck::FormatDay(*r.days->to) : "...");
      }
    }
  }
  return out.empty() ? "nothing" : out;
}

std::string Describe(const std::vector<Mention>& items) {
  std::string out;
  for (const auto& m : items) {
    out += fmt::format("{}{} [{}-{}] '{}' = {}{}{}", out.empty() ? "" : "; ",
                       crosscheck::extract::KindName(m.kind), m.begin, m.end, m.text,
                       m.value.empty() ? "-" : m.value, m.unit.empty() ? "" : " " + m.unit,
                       m.hedge.empty() ? "" : " (hedge '" + m.hedge + "')");
  }
  return out.empty() ? "nothing" : out;
}

// `passed` is the figure the ratchet keys on: values compared, dates and durations resolved.
// `spans_passed` counts the cases whose spans alone are right (the measure before dates were
// resolved), `wider` the passes read wider than expected by design.
struct Tally {
  int passed = 0, total = 0, spans_passed = 0, wider = 0;
  double rate() const { return total ? 100.0 * passed / total : 0.0; }
  double spans_rate() const { return total ? 100.0 * spans_passed / total : 0.0; }
};

struct Outcome {
  bool spans = false, resolved = false, wider = false;
};

struct Options {
  fs::path suite = fs::path(CROSSCHECK_SOURCE_DIR) / ".." / "shared" / "extract-suite";
  std::string failures, ratchet;
};

// Scores one case; appends a description of a failure to `failures`.
Outcome Score(const json& c, std::string* failures) {
  std::string kind = c.at("kind");
  std::string text = c.at("text");
  auto lang = crosscheck::parse::LanguageFromCode(c.at("lang").get<std::string>());
  bool check_values = ValuesCompared(kind) && !c.value("ignore_resolution", false);
  std::vector<Expected> expected;
  for (const auto& e : c.at("expected")) {
    Expected x;
    x.span = e.value("span", "");
    x.begin = e.at("start_byte");
    x.end = e.at("end_byte");
    if (e.contains("value") && e["value"].is_string()) x.value = e["value"];
    if (ValuesResolved(kind)) x.resolutions = crosscheck::suite::ReadExpectedResolutions(e);
    expected.push_back(x);
  }
  // Cases without a reference time (the original harness used the clock) are scored on spans.
  std::optional<crosscheck::DayNumber> publication;
  if (c.contains("reference_time") && c["reference_time"].is_string()) {
    publication = crosscheck::suite::DayOfTimestamp(c["reference_time"].get<std::string>());
  }
  std::set<Mention::Kind> kinds = KindsFor(kind);
  std::vector<Mention> got;
  for (auto& m : crosscheck::extract::Extract(text, lang)) {
    if (kinds.count(m.kind)) got.push_back(std::move(m));
  }
  Outcome out{true, true, false};
  std::string readings;
  for (const auto& e : expected) {
    bool found = false, resolved = false, wider = false;
    for (const Mention& m : got) {
      bool span = m.end == e.end && (m.begin == e.begin || m.value_begin == e.begin);
      if (!span || (check_values && !e.value.empty() && !SameNumber(e.value, m.value))) continue;
      found = true;
      if (!publication || e.resolutions.empty()) {
        resolved = true;
        continue;
      }
      auto r = crosscheck::suite::CheckResolution(m, lang, *publication, e.resolutions);
      resolved = resolved || r != crosscheck::suite::Resolved::kWrong;
      wider = wider || r == crosscheck::suite::Resolved::kWider;
      if (r == crosscheck::suite::Resolved::kWrong) {
        readings += fmt::format("{}'{}' read as {}", readings.empty() ? "" : "; ", m.text,
                                crosscheck::suite::DescribeReading(m, lang, *publication));
      }
    }
    out.spans = out.spans && found;
    out.resolved = out.resolved && resolved;
    out.wider = out.wider || wider;
  }
  for (const auto& m : got) {
    bool overlaps = std::any_of(expected.begin(), expected.end(), [&](const Expected& e) {
      return m.begin < e.end && e.begin < m.end;
    });
    out.spans = out.spans && overlaps;
  }
  out.resolved = out.resolved && out.spans;
  if (!out.resolved) {
    *failures += fmt::format("{}{}\n  text:     {}\n  expected: {}\n  got:      {}\n",
                             c.at("id").get<std::string>(), out.spans ? " (resolution)" : "", text,
                             Describe(expected), Describe(got));
    if (!readings.empty()) {
      *failures +=
          fmt::format("  read:     {} (published {})\n", readings, c.value("reference_time", ""));
    }
    *failures += "\n";
  }
  return out;
}

// "fr number 123/130 94.6%" lines (the runner's output): the floor each rate must stay above.
bool CheckRatchet(const std::string& path, const std::map<std::string, Tally>& tallies) {
  std::ifstream in(path);
  if (!in) {
    fmt::print(stderr, "error: cannot read the ratchet file {}\n", path);
    return false;
  }
  bool ok = true;
  std::string lang, kind, counts, rate;
  while (in >> lang >> kind >> counts >> rate) {
    // The floor is the exact fraction "51/158", not the rounded percentage printed after it
    // (32.3% is above 51/158), so that a runner's own output can be recorded as it is.
    double passed = 0, total = 0;
    if (std::sscanf(counts.c_str(), "%lf/%lf", &passed, &total) != 2 || total <= 0) {
      fmt::print(stderr, "ratchet: cannot read '{}' for '{} {}'\n", counts, lang, kind);
      ok = false;
      continue;
    }
    double floor = 100.0 * passed / total;
    auto it = tallies.find(lang + " " + kind);
    if (it == tallies.end()) {
      fmt::print(stderr, "ratchet: no cases scored for '{} {}'\n", lang, kind);
      ok = false;
    } else if (it->second.rate() + 1e-9 < floor) {
      fmt::print(stderr, "ratchet: {} {} fell to {}/{} ({:.1f}%), below the recorded {}\n", lang,
                 kind, it->second.passed, it->second.total, it->second.rate(), counts);
      ok = false;
    }
  }
  return ok;
}

int Run(const Options& opt) {
  std::error_code ec;
  if (!fs::is_directory(opt.suite, ec)) {
    fmt::print(stderr,
               "error: extract suite folder '{}' not found; pass the folder of *.jsonl cases "
               "as the first argument (CI has ../shared/extract-suite beside the clone)\n",
               opt.suite.string());
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(opt.suite)) {
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::map<std::string, Tally> tallies;
  std::map<std::string, int> out_of_scope;
  std::string failures;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      json c = json::parse(line, nullptr, false);
      if (c.is_discarded()) {
        fmt::print(stderr, "error: {}:{}: not a JSON object\n", file.string(), line_no);
        return 2;
      }
      std::string kind = c.value("kind", ""), lang = c.value("lang", "");
      if ((lang != "fr" && lang != "en") ||
          std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
        continue;
      }
      if (OutOfScope(c)) {
        ++out_of_scope[lang + " " + kind];
        continue;
      }
      Tally& t = tallies[lang + " " + kind];
      ++t.total;
      Outcome o = Score(c, &failures);
      t.passed += o.resolved;
      t.spans_passed += o.spans;
      t.wider += o.resolved && o.wider;
    }
  }
  if (tallies.empty()) {
    fmt::print(stderr, "error: no in-scope cases in '{}'\n", opt.suite.string());
    return 2;
  }
  for (const std::string lang : {"en", "fr"}) {
    for (const auto& kind : kKinds) {
      auto it = tallies.find(lang + " " + kind);
      if (it == tallies.end()) continue;
      const Tally& t = it->second;
      fmt::print("{} {}/{} {:.1f}%\n", it->first, t.passed, t.total, t.rate());
      if (ValuesResolved(kind)) {
        fmt::print("{} spans only: {}/{} {:.1f}%; resolved wider than expected by design: {}\n",
                   it->first, t.spans_passed, t.total, t.spans_rate(), t.wider);
      }
      if (int n = out_of_scope[it->first]) {
        fmt::print("{} out of scope: {} cases with times of day, recurrences or time zones\n",
                   it->first, n);
      }
    }
  }
  if (!opt.failures.empty()) {
    std::ofstream out(opt.failures);
    out << failures;
    if (!out) {
      fmt::print(stderr, "error: cannot write {}\n", opt.failures);
      return 2;
    }
  }
  if (!opt.ratchet.empty() && !CheckRatchet(opt.ratchet, tallies)) return 1;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if ((arg == "--failures" || arg == "--ratchet") && i + 1 < argc) {
      (arg == "--failures" ? opt.failures : opt.ratchet) = argv[++i];
    } else if (arg.starts_with("--")) {
      fmt::print(stderr, "usage: extract_suite [SUITE_DIR] [--failures FILE] [--ratchet FILE]\n");
      return 2;
    } else {
      opt.suite = arg;
    }
  }
  return Run(opt);
}
