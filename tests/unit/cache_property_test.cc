// A property of both caches (the claim-file cache and the piece cache): whatever the input
// became, a run with the cache reports exactly what a fresh run reports. Where
// piece_cache_test.cc lists the fields that once shipped stale, this test does not know the
// fields at all: seeded random edits change any scalar or key of any YAML file of a case (an
// article's metadata, a claim file, the reference ledger, every catalogue file), one or two at
// a time, each step starting again from the original case, whose answers are in the cache;
// after each edit the cached run must equal a fresh one (diagnostics,
// report and exit code), and a second cached run must reuse every piece and say the same.

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "app/check.h"
#include "common/diagnostic.h"
#include "report/digest_report.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

// The YAML files of the case in four groups an edit picks from evenly (article metadata, claim
// files, the reference ledger, the catalogue), so that the few metadata files are edited as
// often as the many catalogue ones. Sorted: the walk must be reproducible.
std::vector<std::vector<fs::path>> YamlFileGroups(const fs::path& dir) {
  std::vector<std::vector<fs::path>> groups(4);
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const fs::path& p = entry.path();
    if (!entry.is_regular_file() || p.extension() != ".yaml") continue;
    std::string rel = fs::relative(p, dir).generic_string();
    size_t group = rel.starts_with("corpus/")        ? 0
                   : rel.ends_with("reference.yaml") ? 2
                   : rel.starts_with("catalogue/")   ? 3
                                                     : 1;
    groups[group].push_back(p);
  }
  std::erase_if(groups, [](const auto& g) { return g.empty(); });
  for (auto& g : groups) std::sort(g.begin(), g.end());
  return groups;
}

// The scalars of a document: values with the key they stand under ("" in a list), and keys.
struct Scalars {
  std::vector<std::pair<std::string, YAML::Node>> values;
  std::vector<YAML::Node> keys;
};

void CollectScalars(YAML::Node node, const std::string& key, Scalars& out) {
  if (node.IsScalar()) {
    out.values.emplace_back(key, node);
  } else if (node.IsSequence()) {
    for (YAML::Node child : node) CollectScalars(child, key, out);
  } else if (node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      out.keys.push_back(it->first);
      CollectScalars(it->second, it->first.Scalar(), out);
    }
  }
}

// Changes one scalar of one file, as an editor would, mostly into something that still loads:
// a digit changed (values, dates, reliabilities, rates); the value of another entry under the
// same key (another claim's value, subject or date; the other language); now and then any other
// scalar in its place, or a key renamed (input the loader must refuse, identically). The file
// is written back through yaml-cpp's emitter, so the layout (and every position a report cites)
// may change too: the cache must notice that as well.
std::string Mutate(std::mt19937& rng, const std::string& text) {
  YAML::Node doc = YAML::Load(text);
  Scalars scalars;
  CollectScalars(doc, "", scalars);
  if (scalars.values.empty()) return text + "\n# edited\n";
  if (rng() % 10 == 0 && !scalars.keys.empty()) {
    YAML::Node key = scalars.keys[rng() % scalars.keys.size()];
    key = scalars.keys[rng() % scalars.keys.size()].Scalar() + "x";
  } else {
    auto& [key, target] = scalars.values[rng() % scalars.values.size()];
    const std::string old = target.Scalar();
    std::vector<size_t> digits;
    for (size_t i = 0; i < old.size(); ++i) {
      if (old[i] >= '0' && old[i] <= '9') digits.push_back(i);
    }
    std::vector<std::string> siblings;  // other values under the same key
    for (const auto& [k, node] : scalars.values) {
      if (k == key && node.Scalar() != old) siblings.push_back(node.Scalar());
    }
    std::string value = old;
    // The kinds of edit this scalar allows, weighted: mostly those that keep the file loadable.
    enum How { kDigit, kSibling, kLanguage, kAny };
    std::vector<How> hows(1, kAny);
    if (!digits.empty()) hows.insert(hows.end(), 6, kDigit);
    if (!siblings.empty()) hows.insert(hows.end(), 3, kSibling);
    if (old == "fr" || old == "en") hows.insert(hows.end(), 3, kLanguage);
    for (int attempt = 0; attempt < 8 && value == old; ++attempt) {
      switch (hows[rng() % hows.size()]) {
        case kDigit: {
          // Mostly the last digit of a run (a day, a unit): the small edit a key must not miss.
          size_t at = digits[rng() % digits.size()];
          if (rng() % 3 != 0) {
            while (at + 1 < value.size() && value[at + 1] >= '0' && value[at + 1] <= '9') ++at;
          }
          value[at] = static_cast<char>('0' + (value[at] - '0' + 1 + rng() % 9) % 10);
          break;
        }
        case kSibling:
          value = siblings[rng() % siblings.size()];
          break;
        case kLanguage:  // an article's language: the stale case of issue 15
          value = old == "fr" ? "en" : "fr";
          break;
        case kAny:
          value = scalars.values[rng() % scalars.values.size()].second.Scalar();
          break;
      }
    }
    target = value;
  }
  YAML::Emitter out;
  out << doc;
  return std::string(out.c_str()) + "\n";
}

struct Outcome {
  std::string text;  // diagnostics, then the report, then the exit code
  size_t pieces = 0;
  size_t pieces_cached = 0;
};

Outcome CheckCase(const fs::path& dir, const std::string& cache) {
  app::CheckOptions options;
  options.paths.corpus_dir = dir / "corpus";
  options.paths.claims_dir = dir / "claims";
  options.paths.catalogue_dir = dir / "catalogue";
  options.cache_dir = cache;
  if (!cache.empty()) options.paths.cache_dir = cache;
  app::CheckRun run = app::Check(options);
  Outcome out;
  for (const auto& d : run.input.items()) out.text += FormatDiagnostic(d) + "\n";
  out.text += report::DigestReport(run.result);
  out.text += fmt::format("exit {}\n", ToInt(run.exit_code));
  out.pieces = run.pieces;
  out.pieces_cached = run.pieces_cached;
  return out;
}

class CacheProperty : public ::testing::TestWithParam<const char*> {};

TEST_P(CacheProperty, RandomEditsNeverServeAStaleAnswer) {
  const std::string name = GetParam();
  fs::path root =
      fs::temp_directory_path() / fmt::format("crosscheck-cache-property-{}-{}", name, ::getpid());
  fs::remove_all(root);
  fs::path dir = root / "case";
  fs::create_directories(dir);
  fs::copy(testing::SourceDir() / "tests/golden" / name, dir, fs::copy_options::recursive);
  fs::copy(testing::SourceDir() / "claims/catalogue", dir / "catalogue",
           fs::copy_options::recursive);
  const std::string cache = (root / "cache").string();
  std::vector<std::vector<fs::path>> groups = YamlFileGroups(dir);
  ASSERT_GE(groups.size(), 3u);

  std::map<fs::path, std::string> original;
  for (const auto& group : groups) {
    for (const auto& file : group) original[file] = testing::ReadFile(file);
  }

  std::mt19937 rng(20261207);
  const std::string pristine = CheckCase(dir, "").text;
  size_t reused = 0;
  constexpr int kSteps = 40;
  for (int step = 0; step < kSteps; ++step) {
    // Each step edits the original case once or twice (edits piling up would soon leave a case
    // that loads nothing).
    for (const auto& [file, text] : original) std::ofstream(file, std::ios::binary) << text;
    // The original back in the cache (it keeps only what its last run used): the edit below
    // is then checked against the cached answers for the input it differs from by one field.
    ASSERT_EQ(CheckCase(dir, cache).text, pristine);
    std::string edits;
    for (unsigned e = 0, n = 1 + rng() % 2; e < n; ++e) {
      const auto& group = groups[rng() % groups.size()];
      const fs::path& file = group[rng() % group.size()];
      const std::string before = testing::ReadFile(file);
      const std::string after = Mutate(rng, before);
      std::ofstream(file, std::ios::binary) << after;
      edits += fmt::format("--- {} became\n{}\n", fs::relative(file, dir).string(), after);
    }
    SCOPED_TRACE(fmt::format("step {}\n{}", step, edits));
    const std::string fresh = CheckCase(dir, "").text;
    ASSERT_EQ(CheckCase(dir, cache).text, fresh);  // the edit's pieces miss (or are the same)
    Outcome again = CheckCase(dir, cache);         // now every piece is in the cache
    ASSERT_EQ(again.text, fresh);
    EXPECT_EQ(again.pieces_cached, again.pieces);
    reused += again.pieces_cached;
  }
  // The walk must exercise the cache, not only miss it (a walk that broke every file at once
  // would compare two empty reports).
  EXPECT_GT(reused, static_cast<size_t>(kSteps) / 2);
  fs::remove_all(root);
}

// Cases with a reference ledger, exchange rates, categories, precision modes, dates relative to
// the publication day and weights from the outlets' reliability.
INSTANTIATE_TEST_SUITE_P(GoldenCases, CacheProperty,
                         ::testing::Values("french-billion", "currency-conversion",
                                           "category-taxonomy", "precision-modes",
                                           "sum-of-parts-conflict", "gap-near-miss",
                                           "years-ago-year-grain", "attribution-severity"),
                         [](const auto& info) {
                           std::string n = info.param;
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

}  // namespace
}  // namespace crosscheck
