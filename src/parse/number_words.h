#pragma once

#include <optional>

#include "model/quantity.h"
#include "parse/cursor.h"
#include "parse/language.h"

namespace crosscheck::parse {

// A figure in words at the cursor: cardinals ("vingt-sept", "quatre-vingt-dix-neuf",
// "twenty-seven", "a hundred"), fractions ("two thirds", "un cinquième", "a trillionth",
// "three twenty-firsts") and mixed numbers ("one and a half", "cent et trois quarts"). On
// success the cursor is past it, spaces not skipped; scales ("million") are the caller's.
std::optional<NumberLiteral> ReadNumberWords(Cursor& cursor, Language lang);

}  // namespace crosscheck::parse
