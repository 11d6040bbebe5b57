#pragma once

namespace crosscheck {

// The process exit codes every subcommand shares (README.md, "Exit codes" under "Use"; the
// shared STYLE.md, practice 1).
enum class ExitCode : int {
  kOk = 0,        // consistent / valid
  kFindings = 1,  // contradictions found, or validation problems found
  kBadInput = 2,  // unusable input or a usage error
};

inline int ToInt(ExitCode code) { return static_cast<int>(code); }

}  // namespace crosscheck
