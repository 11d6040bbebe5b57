#pragma once

// How far the solver may go, apart from the solver itself: app's options carry these, and app's
// headers reach the CLI, which must not see Z3 (src/README.md).
namespace crosscheck::solve {

struct SolveLimits {
  unsigned max_minimal_sets = 64;  // per component
  unsigned rlimit = 5'000'000;     // Z3 resource units per check (deterministic, unlike time)
  // Decide components of bounds on one variable without Z3 (solve/interval_solver.h); off only
  // to compare the two (differential tests, `check --no-fast-path`).
  bool fast_path = true;
};

}  // namespace crosscheck::solve
