// Scores `crosscheck extract` against the hand-written claim files of the seed articles
// (docs/extraction.md, "Measuring"): recall = hand claims with a quantity, date, age or duration
// value that some candidate finds (its value span overlaps the hand quote's span and its value,
// read under the hand claim's property, is the same), precision = candidates that find some
// hand claim / all candidates. One line per article, then the total; with --ratchet FILE, exits
// 1 when the total recall or precision falls below the floors the file gives.
//   seed_recall REPO_DIR [--misses] [--ratchet FILE]

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/extract.h"
#include "io/corpus_loader.h"
#include "parse/value_parser.h"
#include "report/value_text.h"

namespace {

using namespace crosscheck;

bool Overlaps(TextSpan a, TextSpan b) { return a.begin < b.end && b.begin < a.end; }

bool SameUnit(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

// The same normalised value: quantities with the same interval (hedge, precision and scale
// applied) and unit (a bare count matches one with its noun); ages and durations with the same
// interval and unit; dates read the same way.
bool SameValue(const Value& a, const Value& b, const Property& property) {
  if (a.index() != b.index()) return false;
  bool integral = property.dimension == Dimension::kCount;
  if (const auto* qa = std::get_if<QuantityValue>(&a)) {
    const auto& qb = std::get<QuantityValue>(b);
    return SameUnit(qa->unit, qb.unit) && DeriveInterval(*qa, PrecisionMode::kDefault, integral) ==
                                              DeriveInterval(qb, PrecisionMode::kDefault, integral);
  }
  if (const auto* da = std::get_if<DateValue>(&a)) {
    return report::DescribeDate(*da) == report::DescribeDate(std::get<DateValue>(b));
  }
  if (const auto* aa = std::get_if<AgeValue>(&a)) return aa->years == std::get<AgeValue>(b).years;
  if (const auto* ua = std::get_if<DurationValue>(&a)) {
    const auto& ub = std::get<DurationValue>(b);
    return ua->amount == ub.amount && ua->unit == ub.unit;
  }
  return false;
}

bool Scored(const Property& p) {
  return p.kind == ValueKind::kQuantity || p.kind == ValueKind::kDate ||
         p.kind == ValueKind::kAge || p.kind == ValueKind::kDuration;
}

struct Tally {
  size_t found = 0, hand = 0, matching = 0, candidates = 0;
  std::string Line(const std::string& name) const {
    auto pct = [](size_t a, size_t b) { return b == 0 ? 0.0 : 100.0 * double(a) / double(b); };
    return fmt::format("{} recall {}/{} {:.1f}% precision {}/{} {:.1f}%", name, found, hand,
                       pct(found, hand), matching, candidates, pct(matching, candidates));
  }
  double Recall() const { return hand == 0 ? 0 : 100.0 * double(found) / double(hand); }
  double Precision() const {
    return candidates == 0 ? 0 : 100.0 * double(matching) / double(candidates);
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: seed_recall REPO_DIR [--misses] [--ratchet FILE]\n");
    return 2;
  }
  std::string root = argv[1], ratchet;
  bool misses = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--misses") misses = true;
    if (a == "--ratchet" && i + 1 < argc) ratchet = argv[++i];
  }
  io::CorpusPaths paths;
  paths.corpus_dir = root + "/corpus";
  paths.claims_dir = root + "/claims";
  Diagnostics diags;
  Corpus corpus = io::LoadCorpus(paths, diags);
  if (diags.HasErrors() || corpus.cues.cues.empty()) {
    std::fprintf(stderr, "seed_recall: the corpus or the cue lexicon does not load cleanly\n");
    return 2;
  }
  Tally total;
  for (const auto& file : corpus.claim_files) {
    if (file.reference) continue;
    const Article* article = corpus.FindArticle(file.article);
    if (!article) continue;
    parse::Language lang = parse::LanguageFromCode(article->language);
    auto extracted = app::ExtractArticle(*article, corpus.catalogue, corpus.cues);
    const auto& candidates = extracted.attachment.candidates;
    std::vector<bool> useful(candidates.size(), false);
    Tally t;
    for (const auto& claim : file.claims) {
      const Property* p = corpus.catalogue.FindProperty(claim.property);
      if (!p || !Scored(*p) || !claim.span) continue;
      ++t.hand;
      bool found = false;
      for (size_t i = 0; i < candidates.size(); ++i) {
        if (!Overlaps(candidates[i].value_span, *claim.span)) continue;
        auto v = parse::ParseValue(candidates[i].value_text, *p, lang, corpus.catalogue);
        if (v.ok() && SameValue(v.value(), claim.value, *p)) {
          found = true;
          useful[i] = true;
        }
      }
      t.found += found;
      if (!found && misses) {
        std::printf("  miss %s %s = \"%s\"\n", claim.id.c_str(), claim.property.c_str(),
                    claim.value_text.c_str());
      }
    }
    t.candidates = candidates.size();
    for (size_t i = 0; i < candidates.size(); ++i) {
      t.matching += useful[i];
      if (!useful[i] && misses) {
        std::printf("  extra %s.%s = \"%s\"\n", candidates[i].subject.c_str(),
                    candidates[i].property.c_str(), candidates[i].value_text.c_str());
      }
    }
    std::printf("%s\n", t.Line(file.article).c_str());
    total.found += t.found;
    total.hand += t.hand;
    total.matching += t.matching;
    total.candidates += t.candidates;
  }
  std::printf("%s\n", total.Line("total").c_str());
  if (ratchet.empty()) return 0;
  std::ifstream in(ratchet);
  std::map<std::string, double> floors;
  std::string key;
  double value = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    if (fields >> key >> value) floors[key] = value;
  }
  int status = 0;
  for (const auto& [name, got] :
       {std::pair{"recall", total.Recall()}, std::pair{"precision", total.Precision()}}) {
    if (floors.count(name) && got + 1e-9 < floors[name]) {
      std::fprintf(stderr, "seed_recall: total %s %.1f%% is below the ratchet's %.1f%%\n", name,
                   got, floors[name]);
      status = 1;
    }
  }
  return status;
}
