// generate_corpus: a deterministic synthetic corpus in crosscheck's real formats, with planted
// contradictions and traps (issue 6, Workload). See bench/README.md.

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>

#include "shapes.h"
#include "writer.h"

namespace {

using bench::Corpus;
using bench::Role;

struct Shape {
  const char* name;
  double weight;
  bool (*add)(Corpus&, size_t, Role);
};

// About 70% of facts are plain figures or absolute dates (intervals on one variable), the
// rest the other shapes; docs in bench/README.md.
const Shape kShapes[] = {
    {"count", 0.20, bench::AddCountFact},
    {"money", 0.15, bench::AddMoneyFact},
    {"share", 0.08, bench::AddShareFact},
    {"date", 0.27, bench::AddDateFact},
    {"currencies", 0.06, bench::AddCurrenciesFact},
    {"relative-date", 0.06, bench::AddRelativeDateFact},
    {"age", 0.06, bench::AddAgeFact},
    {"category", 0.06, bench::AddCategoryFact},
    {"series", 0.06, bench::AddSeriesFact},
};

struct Rates {
  double contradiction = 0.02, trap = 0.02;  // shares of facts
};

// Claims per fact: 2 to 8, most facts small.
size_t DrawFactSize(bench::Rng& rng) {
  return 2 + rng.Weighted({0.25, 0.25, 0.2, 0.12, 0.08, 0.05, 0.05});
}

void Generate(Corpus& corpus, int64_t claims, Rates rates) {
  bench::Rng& rng = corpus.rng();
  std::vector<double> weights;
  for (const auto& s : kShapes) weights.push_back(s.weight);
  int64_t remaining = claims;
  while (remaining > 0) {
    auto size = static_cast<int64_t>(DrawFactSize(rng));
    if (size > remaining) size = remaining;
    if (remaining - size == 1) ++size;  // never leave a single claim for the last fact
    double r = rng.Unit();
    Role role = r < rates.contradiction                ? Role::kContradiction
                : r < rates.contradiction + rates.trap ? Role::kTrap
                                                       : Role::kPlain;
    const Shape& shape = kShapes[rng.Weighted(weights)];
    const char* added = nullptr;
    if (shape.add(corpus, static_cast<size_t>(size), role)) {
      added = shape.name;
    } else if (bench::AddDateFact(corpus, static_cast<size_t>(size), Role::kPlain)) {
      added = "date";  // the shape needed articles the corpus lacks
      role = Role::kPlain;
    } else if (bench::AddCountFact(corpus, static_cast<size_t>(size), Role::kPlain)) {
      added = "count";
      role = Role::kPlain;
    } else {
      break;
    }
    auto& counts = corpus.shape_counts();
    counts[fmt::format("facts.{}", added)] += 1;
    counts[fmt::format("claims.{}", added)] += size;
    counts[role == Role::kContradiction ? "facts.contradiction"
           : role == Role::kTrap        ? "facts.trap"
                                        : "facts.plain"] += 1;
    remaining -= size;
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"generate_corpus: a seeded synthetic corpus with planted contradictions and traps"};
  int64_t claims = 0;
  uint64_t seed = 1;
  int per_article = 20;
  std::string out, source = CROSSCHECK_SOURCE_DIR "/claims";
  app.add_option("--claims", claims, "Number of article claims to write")
      ->required()
      ->check(CLI::Range(int64_t{10}, int64_t{100'000'000}));
  app.add_option("--seed", seed, "Seed: the same seed writes the same bytes")
      ->capture_default_str();
  app.add_option("--out", out, "Output folder (created; an earlier output is replaced)")
      ->required();
  app.add_option("--claims-per-article", per_article, "Claims per article, on average")
      ->check(CLI::Range(2, 1000))
      ->capture_default_str();
  Rates rates;
  app.add_option("--contradiction-rate", rates.contradiction,
                 "Share of facts with a planted contradiction")
      ->check(CLI::Range(0.0, 0.5))
      ->capture_default_str();
  app.add_option("--trap-rate", rates.trap, "Share of facts planted as traps")
      ->check(CLI::Range(0.0, 0.5))
      ->capture_default_str();
  app.add_option("--source", source, "The bundled claims/ folder (catalogue and ledger rates)")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  auto start = std::chrono::steady_clock::now();
  bool ok = false;
  std::string reference =
      bench::ReadWholeFile(std::filesystem::path(source) / "reference.yaml", &ok);
  std::string error = ok ? "" : fmt::format("cannot read {}/reference.yaml", source);
  std::optional<bench::Ledger> ledger;
  if (ok) ledger = bench::Ledger::Parse(reference, &error);
  if (!ledger) {
    std::fprintf(stderr, "generate_corpus: %s\n", error.c_str());
    return 2;
  }
  Corpus corpus(seed, claims, per_article, std::move(*ledger));
  Generate(corpus, claims, rates);
  error = bench::WriteCorpus(corpus, {out, source, seed, per_article});
  if (!error.empty()) {
    std::fprintf(stderr, "generate_corpus: %s\n", error.c_str());
    return 2;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "generate_corpus: %zu claims, %zu contradictions and %zu traps planted, in %s "
      "(%.2f s)\n",
      corpus.claims().size(), corpus.contradictions().size(), corpus.traps().size(), out.c_str(),
      seconds);
  return 0;
}
