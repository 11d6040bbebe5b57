// The floor for loading claim files: read every claims/*.yaml of a folder and run libyaml's
// event parser over each, on all cores, building nothing. No loader can beat this by much;
// `load_bench` is measured against it.
//
// Usage: load_floor FOLDER [THREADS]   (FOLDER holds claims/; THREADS 0 or absent = all cores)

#include <fmt/format.h>
#include <sys/resource.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <yaml.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Counts {
  std::atomic<size_t> events{0};
  std::atomic<size_t> bytes{0};
  std::atomic<size_t> errors{0};
};

void ParseFile(const std::filesystem::path& path, Counts& counts) {
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  size_t events = 0;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      ++counts.errors;
      break;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    ++events;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  counts.events += events;
  counts.bytes += text.size();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: load_floor FOLDER [THREADS]\n");
    return 2;
  }
  std::filesystem::path claims = std::filesystem::path(argv[1]) / "claims";
  int threads = argc > 2 ? std::stoi(argv[2]) : 0;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(claims)) {
    if (e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  Counts counts;
  tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
  auto start = std::chrono::steady_clock::now();
  arena.execute([&] {
    tbb::parallel_for(size_t{0}, files.size(), [&](size_t i) { ParseFile(files[i], counts); });
  });
  std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  fmt::print("floor files={} bytes={} events={} errors={} threads={} seconds={:.3f} cpu_s={:.3f}\n",
             files.size(), counts.bytes.load(), counts.events.load(), counts.errors.load(),
             arena.max_concurrency(), seconds.count(), cpu);
  return 0;
}
