#include "report/junit_report.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "common/strings.h"
#include "report/finding_text.h"

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

}  // namespace

std::string JunitReport(const CheckResult& result) {
  std::map<std::string, std::vector<const Finding*>> by_file;
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kContradiction && f.kind != FindingKind::kUnknown) continue;
    std::set<std::string> files;
    for (const auto& c : f.claims) files.insert(c.file);
    for (const auto& file : files) by_file[file].push_back(&f);
  }
  // Findings to review are no failure: a desk checks them (system-out), CI does not stop.
  std::map<std::string, std::vector<const Finding*>> to_review;
  for (const auto& f : result.findings) {
    if (f.kind != FindingKind::kToReview) continue;
    std::set<std::string> files;
    for (const auto& c : f.claims) files.insert(c.file);
    for (const auto& file : files) to_review[file].push_back(&f);
  }
  size_t failures = 0, errors = 0;
  std::string cases;
  for (const auto& file : result.claim_files) {
    cases += fmt::format("    <testcase classname=\"crosscheck.claims\" name=\"{}\">\n",
                         EscapeMarkup(file));
    for (const Finding* f : by_file[file]) {
      if (result.accepted.count(f->id)) continue;  // known or expected: not a failure
      bool undecided = f->kind == FindingKind::kUnknown;
      (undecided ? errors : failures) += 1;
      cases += fmt::format("      <{} type=\"{}\" message=\"{} [{}] {}\">{}</{}>\n",
                           undecided ? "error" : "failure", FindingKindName(f->kind),
                           FindingSeverityName(f->severity), f->id, EscapeMarkup(Summary(*f)),
                           EscapeMarkup(Body(*f)), undecided ? "error" : "failure");
    }
    std::string review;
    for (const Finding* f : to_review[file]) {
      review += fmt::format("to review [{}] {}\n{}", f->id, Summary(*f), Body(*f));
    }
    if (!review.empty()) {
      cases += fmt::format("      <system-out>{}</system-out>\n", EscapeMarkup(review));
    }
    cases += "    </testcase>\n";
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"crosscheck\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\">\n"
      "  <testsuite name=\"crosscheck\" tests=\"{0}\" failures=\"{1}\" errors=\"{2}\">\n"
      "{3}"
      "  </testsuite>\n"
      "</testsuites>\n",
      result.claim_files.size(), failures, errors, cases);
}

}  // namespace crosscheck::report
