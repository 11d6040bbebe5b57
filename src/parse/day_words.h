#pragma once

#include <optional>

#include "parse/cursor.h"
#include "parse/language.h"

namespace crosscheck::parse {

// A day of the month in words at the cursor, 1 to 31: English ordinals ("first", "twenty
// second", "thirty-first"), French "premier" and cardinals ("vingt et un", "trois"). Only the
// forms a language writes before its month: the caller requires the month (or a weekday) that
// makes the words a day. On success the cursor is past the words (spaces skipped); otherwise
// it does not move.
std::optional<int> AcceptDayWords(Cursor& cursor, Language lang);

// English ordinals alone, as they follow a month ("jan first", "may twenty-first"): cardinals
// there count something else ("in May twenty people ...").
std::optional<int> AcceptOrdinalDayWords(Cursor& cursor);

// A year in words after a date that needs one: "nineteen seventy eight", "nineteen zero one",
// "two thousand", "two thousand and eighteen", «deux mille vingt-quatre». 1000 to 2999.
std::optional<int> AcceptYearWords(Cursor& cursor, Language lang);

}  // namespace crosscheck::parse
