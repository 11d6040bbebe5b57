#pragma once

#include <string_view>

namespace crosscheck {

// crosscheck's version (CMakeLists.txt `project(... VERSION ...)`), as `--version` prints it and
// reports record it.
std::string_view ToolVersion();

// Where crosscheck's README.md and docs/ are published, without a trailing slash (the build's
// CROSSCHECK_DOCS_URL, e.g. https://git.example.org/crosscheck/blob/main): reports link their
// rules and the tool to it. "" when the build names none: reports then carry no such link
// rather than one that might not resolve.
std::string_view DocsUrl();

}  // namespace crosscheck
