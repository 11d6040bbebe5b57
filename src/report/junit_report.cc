#include "report/junit_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "common/strings.h"
#include "report/finding_text.h"
#include "report/notes_text.h"
#include "report/sink_text.h"

namespace crosscheck::report {
namespace {

std::string Body(const Finding& f) {
  std::string body = Explanation(f) + "\n";
  for (const auto& c : f.claims) {
    body += fmt::format("{}:{}:{}: {} ({}): \"{}\"\n", c.file, c.line, c.column, c.id,
                        c.article.empty() ? "reference ledger" : c.article, c.quote);
    if (c.confidence.low())
      body += fmt::format("  to check: {}\n", Join(c.confidence.reasons, "; "));
  }
  if (!f.retract.empty()) {
    std::string ids;
    for (const auto& id : f.retract) ids += (ids.empty() ? "" : ", ") + id;
    body += "cheapest correction: doubt " + ids + "\n";
    for (const auto& set : f.equally_cheap) {
      std::string others;
      for (const auto& id : set) others += (others.empty() ? "" : ", ") + id;
      body += "equally cheap: doubt " + others + "\n";
    }
  }
  return body;
}

// The file a finding's test case names (GitLab links it): the first claim to doubt's, else the
// first claim's with a file.
std::string FileOf(const Finding& f) {
  for (const auto& c : f.claims) {
    if (!c.file.empty() && std::find(f.retract.begin(), f.retract.end(), c.id) != f.retract.end()) {
      return c.file;
    }
  }
  for (const auto& c : f.claims) {
    if (!c.file.empty()) return c.file;
  }
  return "";
}

std::string TestCase(std::string_view classname, const std::string& name, const std::string& file,
                     const std::string& body) {
  std::string out =
      fmt::format("    <testcase classname=\"{}\" name=\"{}\"", classname, EscapeMarkup(name));
  if (!file.empty()) out += fmt::format(" file=\"{}\"", EscapeMarkup(file));
  // Reports are byte-stable: no wall time in them, so every case takes 0 seconds.
  out += " time=\"0\"";
  if (body.empty()) return out + "/>\n";
  return out + ">\n" + body + "    </testcase>\n";
}

}  // namespace

// One test case per claim file (an <error> per input problem in it) and one per contradiction,
// undecided group or finding to review: a contradiction is a <failure> whose text carries the
// summary (GitLab shows the text, not the message), an accepted one is <skipped>, an undecided
// group an <error>; a finding to review passes with its evidence in <system-out>.
void JunitReport(const CheckResult& result, TextSink& sink) {
  // Input problems by file, in the order of the claim files, then any other file (metadata).
  std::map<std::string, std::vector<const Diagnostic*>> problems;
  for (const auto& d : result.diagnostics.items()) {
    if (d.severity == Severity::kError) problems[d.pos.file].push_back(&d);
  }
  std::vector<std::string> files = result.claim_files;
  for (const auto& [file, list] : problems) {
    if (std::find(files.begin(), files.end(), file) == files.end()) files.push_back(file);
  }
  auto reported = [](const Finding& f) {
    return f.kind == FindingKind::kContradiction || f.kind == FindingKind::kUnknown ||
           f.kind == FindingKind::kToReview;
  };
  // The counts head the document: counted first, so that the cases can be written one by one.
  size_t tests = files.size(), failures = 0, errors = 0, skipped = 0;
  for (const auto& [file, list] : problems) errors += list.size();
  for (const auto& f : result.findings) {
    if (!reported(f)) continue;
    ++tests;
    if (result.accepted.count(f.id)) {
      ++skipped;
    } else if (f.kind != FindingKind::kToReview) {
      (f.kind == FindingKind::kUnknown ? errors : failures) += 1;
    }
  }
  std::string counts =
      fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"0\"", tests,
                  failures, errors, skipped);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"crosscheck\" {0}>\n"
      "  <testsuite name=\"crosscheck\" {0}>\n",
      counts);
  for (const auto& file : files) {
    std::string body;
    for (const Diagnostic* d : problems[file]) {
      std::string where = fmt::format("{}:{}:{}", d->pos.file, d->pos.line, d->pos.column);
      std::string text = d->claim_id.empty() ? d->message : d->claim_id + ": " + d->message;
      body += fmt::format("      <error type=\"input\" message=\"{}\">{}: {}</error>\n",
                          EscapeMarkup(text), EscapeMarkup(where), EscapeMarkup(text));
    }
    out += TestCase("crosscheck.claim_files", file.empty() ? "(input)" : file, file, body);
    FlushLarge(out, sink);
  }
  for (const auto& f : result.findings) {
    if (!reported(f)) continue;
    bool undecided = f.kind == FindingKind::kUnknown;
    std::string name = fmt::format("{} {}.{}", f.id, f.subject, f.property);
    std::string classname = fmt::format("crosscheck.{}", FindingKindName(f.kind));
    std::string body;
    std::string text = EscapeMarkup(Summary(f) + "\n" + Body(f));
    if (result.accepted.count(f.id)) {
      // The Jenkins JUnit XSD gives <skipped> text and no attribute: why it is accepted.
      body =
          fmt::format("      <skipped>{}</skipped>\n", EscapeMarkup(AcceptanceText(result, f.id)));
      body += fmt::format("      <system-out>{}</system-out>\n", text);
    } else if (f.kind == FindingKind::kToReview) {
      body = fmt::format("      <system-out>to review: {}</system-out>\n", text);
    } else {
      std::string_view tag = undecided ? "error" : "failure";
      body = fmt::format("      <{} type=\"{}\" message=\"{} [{}] {}\">{}</{}>\n", tag,
                         FindingKindName(f.kind), FindingSeverityName(f.severity), f.id,
                         EscapeMarkup(Summary(f)), text, tag);
    }
    out += TestCase(classname, name, FileOf(f), body);
    FlushLarge(out, sink);
  }
  out += "  </testsuite>\n</testsuites>\n";
  sink.Write(out);
}

}  // namespace crosscheck::report
