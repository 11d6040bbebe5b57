// LoadCorpus at scale: a cold load (no cache), a load that fills the cache, and a warm load
// from it, each in its own process so that each peak RSS is its own. Prints one line per run.
//
// Usage: load_bench FOLDER [THREADS [CACHE_DIR [RUN]]]
//   FOLDER holds corpus/ and claims/; THREADS 0 or absent = all cores; CACHE_DIR is emptied
//   first (default /tmp/crosscheck-load-bench-cache); RUN (cold, fill or warm) runs only that
//   one, in this process (for a profiler).

#include <fmt/format.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "io/corpus_loader.h"

namespace {

size_t HeapInUse() {
  struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

// User and system time of every thread: on a shared machine, wall time alone misleads.
double CpuSeconds(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void Run(const char* name, crosscheck::io::CorpusPaths paths, bool fork_first = true) {
  std::fflush(stdout);
  pid_t child = fork_first ? fork() : 0;
  if (child != 0) {
    waitpid(child, nullptr, 0);
    return;
  }
  auto start = std::chrono::steady_clock::now();
  crosscheck::Diagnostics diags;
  crosscheck::io::LoadStats stats;
  crosscheck::Corpus corpus = crosscheck::io::LoadCorpus(paths, diags, &stats);
  std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  // Where the memory goes: the corpus keeps every article's text; the rest is claims.
  size_t heap = HeapInUse();
  size_t text = 0;
  for (auto& a : corpus.articles) {
    text += a.text.capacity();
    std::string().swap(a.text);
  }
  size_t claims = corpus.ClaimCount();
  size_t before_claims = HeapInUse();
  corpus.claim_files.clear();
  corpus.claim_files.shrink_to_fit();
  size_t claim_bytes = before_claims - HeapInUse();
  fmt::print(
      "{:<5} files={} claims={} diagnostics={} cache_hits={} seconds={:.3f} cpu_s={:.3f} "
      "rss_mb={} heap_mb={} article_text_mb={} claims_mb={} bytes_per_claim={} "
      "phases_s=articles:{:.2f},catalogue:{:.2f},claims:{:.2f},merge:{:.2f}\n",
      name, stats.claim_files, claims, diags.items().size(), stats.cache_hits, seconds.count(),
      CpuSeconds(usage), usage.ru_maxrss / 1024, heap >> 20, text >> 20, claim_bytes >> 20,
      claims ? claim_bytes / claims : 0, stats.articles_s, stats.catalogue_s, stats.claims_s,
      stats.merge_s);
  std::fflush(stdout);
  _exit(0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: load_bench FOLDER [THREADS [CACHE_DIR]]\n");
    return 2;
  }
  std::filesystem::current_path(argv[1]);
  crosscheck::io::CorpusPaths paths;
  paths.threads = argc > 2 ? std::stoi(argv[2]) : 0;
  std::filesystem::path cache = argc > 3 ? argv[3] : "/tmp/crosscheck-load-bench-cache";
  if (argc > 4) {
    std::string run = argv[4];
    if (run != "cold") paths.cache_dir = cache;
    if (run == "fill") std::filesystem::remove_all(cache);
    Run(argv[4], paths, false);
  }
  std::filesystem::remove_all(cache);
  Run("cold", paths);
  paths.cache_dir = cache;
  Run("fill", paths);
  Run("warm", paths);
  return 0;
}
