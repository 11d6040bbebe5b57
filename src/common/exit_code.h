#pragma once

namespace crosscheck {

// The process exit codes every subcommand shares (README.md, "Exit codes" under "Use"; the
// shared STYLE.md, practice 1).
enum class ExitCode : int {
  kOk = 0,        // consistent / valid
  kFindings = 1,  // contradictions found, or validation problems found
  kBadInput = 2,  // unusable input or a usage error
  // The run was aborted: an exception crosscheck does not expect (a bug, or the machine: out of
  // memory, a file system failing under it). Never a verdict on the input; the message says what.
  kAborted = 3,
};

inline int ToInt(ExitCode code) { return static_cast<int>(code); }

}  // namespace crosscheck
