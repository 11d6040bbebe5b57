#pragma once

#include <z3++.h>

#include <string_view>

namespace crosscheck::solve {

// The error tiers of shared/STYLE.md applied to Z3. Every query runs under a deterministic
// resource limit (SolveLimits::rlimit), and running out of it is an expected outcome of a hard
// component: the query answers "unknown" (a value), and the component becomes an undecided
// finding. Z3 usually says so by returning unknown, but some paths (Optimize) raise an
// exception instead; only those exceptions are caught. Any other z3::exception (a sort
// mismatch, an invalid argument) is a bug in the encoding: it propagates and aborts the run,
// since a finding built on a broken formula would be a wrong answer.
inline bool IsResourceLimit(const z3::exception& e) {
  std::string_view message = e.msg();
  return message.find("resource limit") != std::string_view::npos ||
         message.find("canceled") != std::string_view::npos;
}

}  // namespace crosscheck::solve
