// Reads back through the extractor the figures an independent speller (num2words) wrote:
// the cases of tests/extract/roundtrip_cases.py, one JSON object per line. A case passes when
// the extractor finds exactly the spelled figure (its bytes, its value and, for an amount, its
// currency) and reads nothing else across it; an ordinal passes when no figure is read there.
// Prints the failures per family and the first of each; exits 1 if any case fails.
//   roundtrip CASES.jsonl [--show N]
#include <fmt/format.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace {

using crosscheck::extract::Mention;
using nlohmann::json;

// "12.30" and "12.3" are one value: the extractor prints exact decimals without trailing zeros,
// the cases too, but a value is compared as written by neither side's formatting choices.
std::string Canonical(std::string v) {
  if (v.find('.') != std::string::npos) {
    while (v.back() == '0') v.pop_back();
    if (v.back() == '.') v.pop_back();
  }
  return v;
}

// The kinds a figure is read as; dates and durations are other readings of the same words
// ("deux mille" may be a year), chosen between by attachment, and not checked here.
bool IsQuantity(const Mention& m) {
  return m.kind == Mention::kNumber || m.kind == Mention::kPercent ||
         m.kind == Mention::kCurrency || m.kind == Mention::kAge;
}

std::string Describe(const std::vector<Mention>& mentions) {
  std::string out;
  for (const auto& m : mentions) {
    if (!IsQuantity(m)) continue;
    out += fmt::format("{}{} [{}-{}] '{}' = {}{}", out.empty() ? "" : "; ",
                       crosscheck::extract::KindName(m.kind), m.begin, m.end, m.text,
                       m.value.empty() ? "-" : m.value, m.unit.empty() ? "" : " " + m.unit);
  }
  return out.empty() ? "nothing" : out;
}

// Whether the extractor read the case's figure back, and nothing else across it.
bool ReadsBack(const json& c, const std::vector<Mention>& mentions) {
  const std::string kind = c.at("kind");
  const size_t begin = c.at("begin"), end = c.at("end");
  Mention::Kind want = kind == "currency" ? Mention::kCurrency : Mention::kNumber;
  bool found = false;
  for (const auto& m : mentions) {
    if (!IsQuantity(m) || m.end <= begin || m.begin >= end) continue;
    if (kind == "none") return false;  // an ordinal read as a figure
    bool exact = m.kind == want && m.value_begin == begin && m.end == end &&
                 Canonical(m.value) == c.at("value").get<std::string>() &&
                 (want != Mention::kCurrency || m.unit == c.at("unit").get<std::string>());
    // Inside an amount, its figure alone is a number too ("treize" of "treize euros").
    bool part_of_amount = want == Mention::kCurrency && m.kind == Mention::kNumber &&
                          m.begin >= begin && m.end <= end;
    if (exact) {
      found = true;
    } else if (!part_of_amount) {
      return false;
    }
  }
  return found || kind == "none";
}

struct Family {
  int total = 0, failed = 0;
  std::string first_failures;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: roundtrip CASES.jsonl [--show N]\n");
    return 2;
  }
  int show = argc > 3 && std::string(argv[2]) == "--show" ? std::stoi(argv[3]) : 5;
  std::ifstream in(argv[1]);
  if (!in) {
    fmt::print(stderr, "error: cannot read {}\n", argv[1]);
    return 2;
  }
  std::map<std::string, Family> families;
  std::string line;
  int line_no = 0, failed = 0, total = 0;
  while (std::getline(in, line)) {
    ++line_no;
    json c = json::parse(line, nullptr, false);
    if (c.is_discarded() || !c.is_object()) {
      fmt::print(stderr, "error: {}:{}: not a JSON object\n", argv[1], line_no);
      return 2;
    }
    const std::string text = c.at("text");
    auto lang = crosscheck::parse::LanguageFromCode(c.at("lang").get<std::string>());
    auto mentions = crosscheck::extract::Extract(text, lang);
    Family& f = families[c.at("family").get<std::string>()];
    ++f.total;
    ++total;
    if (ReadsBack(c, mentions)) continue;
    ++f.failed;
    ++failed;
    if (f.failed <= show) {
      size_t begin = c.at("begin"), end = c.at("end");
      f.first_failures += fmt::format(
          "  text:     {}\n  expected: {} [{}-{}] '{}' = {}{}\n  got:      {}\n", text,
          c.at("kind").get<std::string>(), begin, end, text.substr(begin, end - begin),
          c.value("value", "-"), c.contains("unit") ? " " + c["unit"].get<std::string>() : "",
          Describe(mentions));
    }
  }
  if (total == 0) {
    fmt::print(stderr, "error: no cases in {}\n", argv[1]);
    return 2;
  }
  for (const auto& [name, f] : families) {
    fmt::print("{} {}/{} read back\n", name, f.total - f.failed, f.total);
  }
  fmt::print("round trip: {} failures of {} cases\n", failed, total);
  for (const auto& [name, f] : families) {
    if (!f.first_failures.empty()) {
      fmt::print("\nfirst failures of {}:\n{}", name, f.first_failures);
    }
  }
  return failed == 0 ? 0 : 1;
}
