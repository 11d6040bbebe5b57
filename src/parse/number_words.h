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
// Words that end in an ordinal ("vingt et unième", "two hundred and thirty-sixth") are a rank,
// not a figure: nullopt, and `*rank_end` (when given) is set to where the ordinal ends, so that
// no figure is read inside it ("un millième" of "quatre-vingt-un millième").
std::optional<NumberLiteral> ReadNumberWords(Cursor& cursor, Language lang,
                                             size_t* rank_end = nullptr);

// The decimals in words of "two hundred point zero three", "six million point five", "deux
// cent virgule cinquante deux" at the cursor ("point" / "virgule" and what follows): digit
// words one by one ("oh" is zero there only), or one cardinal below a hundred whose digits
// they are ("point seventy-one" is .71). The cursor moves past them on success.
std::optional<Rational> ReadDecimalWords(Cursor& cursor, Language lang);

}  // namespace crosscheck::parse
