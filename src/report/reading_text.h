#pragma once

#include <fmt/format.h>

#include "model/claim_reading.h"

// A claim's reading in words, as every report and `validate --explain` show it: the value's
// reading (report/value_text.h) then encode's notes, each with its leading separator ("read as
// [1, 2] (unit EUR); converted at 1.02 to 1.05 USD per EUR (2025-01)").
template <>
struct fmt::formatter<crosscheck::ClaimReading> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  fmt::format_context::iterator format(const crosscheck::ClaimReading& reading,
                                       fmt::format_context& ctx) const;
};

// One note alone, with its leading separator (" (at the article's publication date)").
template <>
struct fmt::formatter<crosscheck::ReadingNote> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  fmt::format_context::iterator format(const crosscheck::ReadingNote& note,
                                       fmt::format_context& ctx) const;
};
