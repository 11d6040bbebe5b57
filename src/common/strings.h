#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// "a, b, c" (or with another separator).
std::string Join(const std::vector<std::string>& items, std::string_view separator = ", ");

// Text safe inside XML and HTML elements and attribute values: & < > " ' escaped, and the
// control characters XML 1.0 forbids even escaped are dropped.
std::string EscapeMarkup(std::string_view text);

}  // namespace crosscheck
