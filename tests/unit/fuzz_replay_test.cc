// Every crash the fuzzers found (tests/fuzz/regressions/<target>/) and every seed is replayed
// through the fuzz targets' own entry points, so the sanitizer build of the suite (README
// command 2) fails if one comes back.

#include <gtest/gtest.h>

#include <filesystem>

#include "test_paths.h"

#define LLVMFuzzerTestOneInput FuzzValues
#include "../fuzz/fuzz_values.cc"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput FuzzClaimFile
#include "../fuzz/fuzz_claim_file.cc"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput FuzzCheck
#include "../fuzz/fuzz_check.cc"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput FuzzExtract
#include "../fuzz/fuzz_extract.cc"
#undef LLVMFuzzerTestOneInput

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

size_t Replay(const std::string& target, int (*run)(const uint8_t*, size_t)) {
  size_t n = 0;
  for (const char* kind : {"regressions", "seeds"}) {
    fs::path dir = testing::SourceDir() / "tests/fuzz" / kind / target;
    if (!fs::exists(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::string bytes = testing::ReadFile(entry.path());
      EXPECT_EQ(run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), 0)
          << entry.path();
      ++n;
    }
  }
  return n;
}

TEST(FuzzReplay, Values) { EXPECT_GE(Replay("values", FuzzValues), 8u); }
TEST(FuzzReplay, ClaimFile) { EXPECT_GE(Replay("claim_file", FuzzClaimFile), 2u); }
TEST(FuzzReplay, Check) { EXPECT_GE(Replay("check", FuzzCheck), 1u); }
TEST(FuzzReplay, Extract) { EXPECT_GE(Replay("extract", FuzzExtract), 3u); }

}  // namespace
}  // namespace crosscheck
