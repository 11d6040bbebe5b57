#pragma once

#include <string_view>

namespace crosscheck {

// crosscheck's version (CMakeLists.txt `project(... VERSION ...)`), as `--version` prints it and
// reports record it.
std::string_view ToolVersion();

}  // namespace crosscheck
