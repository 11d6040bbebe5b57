#include "common/version.h"

namespace crosscheck {

// CROSSCHECK_VERSION is defined for this file only (common/CMakeLists.txt): a new version
// recompiles one file, not every file that includes a header of common.
std::string_view ToolVersion() { return CROSSCHECK_VERSION; }

std::string_view DocsUrl() { return CROSSCHECK_DOCS_URL; }

}  // namespace crosscheck
