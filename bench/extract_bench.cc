// Extraction throughput in MB/s on one core: the seed articles (corpus/*.txt) repeated to at
// least 20 MB of mostly French text, and a hostile text (long digit runs, repeated number words,
// huge white-space runs) that a backtracking scanner would choke on.
//   extract_bench [--mb N] [--sample-out FILE BYTES] [--dump]
// --sample-out writes the first BYTES of the repeated seed text (cut at a line end) for the
// peer benchmark to read the same text; --dump prints every mention of each seed instead.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace {

namespace fs = std::filesystem;
using crosscheck::extract::Extract;
using crosscheck::parse::Language;

struct Seed {
  std::string name, text;
  Language lang;
};

std::vector<Seed> LoadSeeds() {
  std::vector<Seed> seeds;
  fs::path corpus = fs::path(CROSSCHECK_SOURCE_DIR) / "corpus";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(corpus)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    // Every seed is French (language: fr in its metadata).
    seeds.push_back({f.stem().string(), buf.str(), Language::kFrench});
  }
  return seeds;
}

std::string Repeat(const std::vector<Seed>& seeds, size_t min_bytes) {
  std::string out;
  while (out.size() < min_bytes) {
    for (const auto& s : seeds) {
      out += s.text;
      out += "\n\n";
    }
  }
  return out;
}

// Inputs that make naive scanners quadratic or exponential.
std::string Hostile(size_t bytes) {
  const std::string pieces[] = {
      std::string(4000, '7'),
      "cent cent cent cent cent cent cent cent mille mille mille milliards ",
      std::string(3000, ' '),
      "1 000 000 000 000 000 000 000 000 000 000 000 ",
      "de de de de entre entre et et à à le le 12 12 12 12 mai mai mai ",
      "1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9 1.2.3.4.5.6.7.8.9 ",
      "vingt-vingt-vingt-vingt-vingt-vingt-et-un-et-un-et-un ",
      std::string(2000, '\n'),
      "plus de plus de plus de près de environ environ environ ",
      "$$$$$$$$ €€€€€€ %%%%%% ------- '''''' ",
  };
  std::string out;
  while (out.size() < bytes) {
    for (const auto& p : pieces) out += p;
  }
  return out;
}

struct Timing {
  double mb_per_s;       // per second of CPU time
  double wall_mb_per_s;  // per second of wall time
  size_t mentions;
};

// The CPU time of this process, not the wall clock: on a machine shared with other jobs the
// wall clock counts their turns too, and the goal is a figure per core.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// The best of `rounds` runs, in MB/s of CPU time and of wall time.
Timing Time(const std::string& text, Language lang, int rounds) {
  double best_cpu = 1e100, best_wall = 1e100;
  size_t mentions = 0;
  for (int r = 0; r < rounds; ++r) {
    double c0 = CpuSeconds();
    auto t0 = std::chrono::steady_clock::now();
    auto found = Extract(text, lang);
    auto t1 = std::chrono::steady_clock::now();
    best_cpu = std::min(best_cpu, CpuSeconds() - c0);
    best_wall = std::min(best_wall, std::chrono::duration<double>(t1 - t0).count());
    mentions = found.size();
  }
  double mb = static_cast<double>(text.size()) / 1e6;
  return {mb / best_cpu, mb / best_wall, mentions};
}

void Dump(const std::vector<Seed>& seeds) {
  for (const auto& s : seeds) {
    for (const auto& m : Extract(s.text, s.lang)) {
      fmt::print("{} {} {}-{} {} '{}' = {} {} {}\n", s.name, crosscheck::extract::KindName(m.kind),
                 m.begin, m.end, m.value_begin, m.text, m.value, m.unit, m.hedge);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 20;
  std::string sample_out;
  size_t sample_bytes = 0;
  bool dump = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      mb = std::strtod(argv[++i], nullptr);
    } else if (arg == "--sample-out" && i + 2 < argc) {
      sample_out = argv[++i];
      sample_bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--dump") {
      dump = true;
    } else {
      fmt::print(stderr, "usage: extract_bench [--mb N] [--sample-out FILE BYTES] [--dump]\n");
      return 2;
    }
  }
  auto seeds = LoadSeeds();
  if (seeds.empty()) {
    fmt::print(stderr, "error: no corpus/*.txt under {}\n", CROSSCHECK_SOURCE_DIR);
    return 2;
  }
  if (dump) {
    Dump(seeds);
    return 0;
  }
  std::string text = Repeat(seeds, static_cast<size_t>(mb * 1e6));
  if (!sample_out.empty()) {
    size_t cut = text.rfind('\n', std::min(sample_bytes, text.size()));
    std::ofstream out(sample_out, std::ios::binary);
    out << text.substr(0, cut == std::string::npos ? sample_bytes : cut + 1);
    if (!out) {
      fmt::print(stderr, "error: cannot write {}\n", sample_out);
      return 2;
    }
  }
  Timing seed = Time(text, Language::kFrench, 3);
  fmt::print("seed text   {:6.1f} MB  {:8.2f} MB/s  (wall {:.2f} MB/s)  {} mentions\n",
             text.size() / 1e6, seed.mb_per_s, seed.wall_mb_per_s, seed.mentions);
  std::string hostile = Hostile(1'000'000);
  Timing bad = Time(hostile, Language::kFrench, 1);
  fmt::print("hostile     {:6.1f} MB  {:8.2f} MB/s  (wall {:.2f} MB/s)  {} mentions\n",
             hostile.size() / 1e6, bad.mb_per_s, bad.wall_mb_per_s, bad.mentions);
  return 0;
}
