#pragma once

// A property a fuzz target asserts of what it computed, beyond "did not crash": a broken one
// aborts, which libFuzzer reports as a crash with its input, and which fails the replay test
// (tests/unit/fuzz_replay_test.cc) that runs the seeds and regressions through the targets.

#include <cstdio>
#include <cstdlib>

#define FUZZ_INVARIANT(condition, what)                                           \
  do {                                                                            \
    if (!(condition)) {                                                           \
      std::fprintf(stderr, "fuzz invariant broken: %s (%s)\n", what, #condition); \
      std::abort();                                                               \
    }                                                                             \
  } while (false)
