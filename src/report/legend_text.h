#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::report {

// What each finding kind and each severity means, in one place for every report that shows a
// legend (docs/semantics.md, "Findings" and "Attribution and weights", says the same at length).
using Legend = std::vector<std::pair<std::string_view, std::string_view>>;
const Legend& KindLegend();
const Legend& SeverityLegend();

}  // namespace crosscheck::report
