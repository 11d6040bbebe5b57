// What `crosscheck extract` writes, the claim loader reads back: a candidate's confidence and
// reasons survive the claim file (docs/claim-format.md), and a high one without reasons is not
// written at all (high is the default). And the file written in parts (on every core) is what
// one yaml-cpp emitter writes, byte for byte.

#include "io/candidate_writer.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <random>

#include "io/claim_loader.h"
#include "io/corpus_loader.h"
#include "test_paths.h"

namespace crosscheck {
namespace {

TEST(CandidateWriter, ConfidenceRoundTripsThroughTheLoader) {
  testing::ScopedCurrentPath cwd(testing::SourceDir() / "tests/golden/low-confidence-exit");
  io::CorpusPaths paths;
  paths.catalogue_dir = testing::SourceDir() / "claims/catalogue";
  Diagnostics diags;
  Corpus corpus = io::LoadCorpus(paths, diags);
  ASSERT_FALSE(diags.HasErrors());

  io::CandidateFile file;
  file.article = "a";
  io::CandidateClaim low{"a.x1",
                         "deepseek",
                         "training_cost",
                         "3,2 milliards de dollars",
                         "",
                         "Le modèle a coûté 3,2 milliards de dollars",
                         "candidate",
                         Confidence{},
                         Attribution{}};
  low.confidence = {ConfidenceLevel::kLow,
                    {"subject only assumed: no organisation named", "cue far from the figure"}};
  io::CandidateClaim high = low;
  high.id = "a.x2";
  high.confidence = {};
  high.attribution = {AttributionKind::kReported, "l'entreprise"};
  file.claims = {low, high};
  std::string yaml = io::FormatCandidateFile(file);
  EXPECT_NE(yaml.find("level: low"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("level: high"), std::string::npos) << yaml;

  std::map<std::string, io::SpaceFoldedText> folded;
  auto loaded = io::LoadClaimFileText("extracted/a.yaml", yaml, corpus, folded, nullptr, diags);
  ASSERT_TRUE(loaded);
  ASSERT_FALSE(diags.HasErrors());
  ASSERT_EQ(loaded->claims.size(), 2u);
  EXPECT_TRUE(loaded->claims[0].confidence.low());
  EXPECT_EQ(loaded->claims[0].confidence.reasons, low.confidence.reasons);
  EXPECT_FALSE(loaded->claims[1].confidence.low());
  EXPECT_TRUE(loaded->claims[1].confidence.reasons.empty());
  // An attribution the extractor read comes back as written.
  EXPECT_EQ(loaded->claims[0].attribution.kind, AttributionKind::kAsserted);
  EXPECT_EQ(loaded->claims[1].attribution.kind, AttributionKind::kReported);
  EXPECT_EQ(loaded->claims[1].attribution.source, "l'entreprise");
}

// The writer's output is what one yaml-cpp emitter writes for the whole file, byte for byte:
// that emitter as FormatCandidateFile used it before it wrote long lists in parts, kept here as
// the reference.
std::string EmitterReference(const io::CandidateFile& file) {
  YAML::Emitter out;
  out.SetIndent(2);
  for (size_t at = 0; at < file.header.size();) {
    size_t nl = file.header.find('\n', at);
    if (nl == std::string::npos) nl = file.header.size();
    out << YAML::Comment(file.header.substr(at, nl - at)) << YAML::Newline;
    at = nl + 1;
  }
  out << YAML::BeginMap;
  out << YAML::Key << "article" << YAML::Value << file.article;
  out << YAML::Key << "claims" << YAML::Value << YAML::BeginSeq;
  for (const auto& c : file.claims) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << c.id;
    out << YAML::Key << "subject" << YAML::Value << c.subject;
    out << YAML::Key << "property" << YAML::Value << c.property;
    out << YAML::Key << "value" << YAML::Value << YAML::DoubleQuoted << c.value;
    if (!c.when.empty()) out << YAML::Key << "when" << YAML::Value << YAML::DoubleQuoted << c.when;
    out << YAML::Key << "quote" << YAML::Value << YAML::DoubleQuoted << c.quote;
    if (!c.note.empty()) {
      out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << c.note;
    }
    if (c.attribution.kind != AttributionKind::kAsserted) {
      out << YAML::Key << "attribution" << YAML::Value << YAML::BeginMap;
      out << YAML::Key << "kind" << YAML::Value
          << std::string(AttributionKindName(c.attribution.kind));
      out << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted << c.attribution.source;
      out << YAML::EndMap;
    }
    if (c.confidence.low() || !c.confidence.reasons.empty()) {
      out << YAML::Key << "confidence" << YAML::Value << YAML::BeginMap;
      out << YAML::Key << "level" << YAML::Value
          << std::string(ConfidenceLevelName(c.confidence.level));
      out << YAML::Key << "reasons" << YAML::Value << YAML::BeginSeq;
      for (const auto& r : c.confidence.reasons) out << YAML::DoubleQuoted << r;
      out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (!file.unattached.empty()) {
    out << YAML::Key << "unattached" << YAML::Value << YAML::BeginSeq;
    for (const auto& u : file.unattached) {
      out << YAML::BeginMap;
      out << YAML::Key << "text" << YAML::Value << YAML::DoubleQuoted << u.text;
      out << YAML::Key << "kind" << YAML::Value << u.kind;
      out << YAML::Key << "span" << YAML::Value << YAML::Flow << YAML::BeginSeq << u.begin << u.end
          << YAML::EndSeq;
      out << YAML::Key << "reason" << YAML::Value << YAML::DoubleQuoted << u.reason;
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

// Strings of the pieces that make quoting and escaping differ: quotes, backslashes, control
// and C1 characters, no-break spaces, a byte order mark, accents, emoji, malformed UTF-8,
// YAML indicators and words ("null", "- ", ": ", " #").
std::string RandomText(std::mt19937& rng) {
  static const std::vector<std::string> pieces{"a",
                                               "Z",
                                               "9",
                                               " ",
                                               "-",
                                               ".",
                                               "_",
                                               ":",
                                               ": ",
                                               " #",
                                               "#",
                                               "\"",
                                               "\\",
                                               "'",
                                               "\n",
                                               "\t",
                                               "\r",
                                               "\b",
                                               "\f",
                                               "\x01",
                                               "\x7f",
                                               "\u00a0",
                                               "\u0085",
                                               "\u202f",
                                               "\ufeff",
                                               "\u00e9",
                                               "\u2019",
                                               "\u20ac",
                                               "\U0001F600",
                                               "\xff",
                                               "\xc3",
                                               "\xe2\x82",
                                               "\xed\xa0\x80",
                                               "\xef\xbf\xbe",
                                               "null",
                                               "Null",
                                               "~",
                                               "true",
                                               "- ",
                                               "[",
                                               "{",
                                               "&",
                                               "*",
                                               "!",
                                               "|",
                                               ">",
                                               "%",
                                               "@",
                                               "`",
                                               ",",
                                               "?",
                                               "deepseek",
                                               "2023",
                                               "10 000",
                                               "x1",
                                               "?"};
  std::uniform_int_distribution<size_t> length(0, 6), pick(0, pieces.size() - 1);
  std::string out;
  for (size_t n = length(rng); n > 0; --n) out += pieces[pick(rng)];
  return out;
}

TEST(CandidateWriter, WritesWhatOneEmitterWrites) {
  std::mt19937 rng(12);
  for (int round = 0; round < 3000; ++round) {
    io::CandidateFile file;
    file.header = round % 11 == 0  ? ""
                  : round % 7 == 0 ? "one line"
                                   : "Candidate claims from " + RandomText(rng) +
                                         "\nMain subject: " + RandomText(rng) + ".";
    file.article = round % 5 == 0 ? "art-1" : RandomText(rng);
    std::uniform_int_distribution<int> count(0, 3);
    for (int n = count(rng); n > 0; --n) {
      io::CandidateClaim c;
      c.id = round % 3 == 0 ? RandomText(rng) : file.article + ".x" + std::to_string(n);
      c.subject = round % 4 == 0 ? RandomText(rng) : "deepseek";
      c.property = round % 6 == 0 ? RandomText(rng) : "team_size";
      c.value = RandomText(rng);
      c.when = RandomText(rng);
      c.quote = RandomText(rng);
      c.note = RandomText(rng);
      int shape = count(rng);
      if (shape >= 2) c.confidence.level = ConfidenceLevel::kLow;
      if (shape % 2 == 1) {
        for (int r = count(rng); r > 0; --r) c.confidence.reasons.push_back(RandomText(rng));
      }
      if (shape == 3) c.attribution = {AttributionKind::kReported, RandomText(rng)};
      file.claims.push_back(c);
    }
    for (int n = count(rng); n > 0; --n) {
      file.unattached.push_back({RandomText(rng), round % 2 ? "date" : RandomText(rng),
                                 static_cast<size_t>(n * 1000), static_cast<size_t>(n * 1000 + 7),
                                 RandomText(rng)});
    }
    std::string reference = EmitterReference(file);
    // Lists of 0 to 3 items, written whole and in parts of 1 and 2.
    for (size_t part : {size_t{1}, size_t{2}, io::kCandidatesPerPart}) {
      ASSERT_EQ(io::FormatCandidateFile(file, part), reference)
          << "round " << round << ", parts of " << part;
    }
  }
}

}  // namespace
}  // namespace crosscheck
