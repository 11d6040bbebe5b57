#pragma once

#include <fmt/format.h>

#include "model/law.h"

// A background law in words, as a contradiction's explanation names it: "release_date of
// deepseek comes before release_date of deepseek-r1", "a part is at most its whole: ...".
template <>
struct fmt::formatter<crosscheck::Law> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  fmt::format_context::iterator format(const crosscheck::Law& law, fmt::format_context& ctx) const;
};
