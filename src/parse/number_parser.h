#pragma once

#include <optional>
#include <string_view>

#include "common/result.h"
#include "model/quantity.h"
#include "parse/cursor.h"
#include "parse/language.h"

namespace crosscheck::parse {

// A figure at the cursor, in digits ("10 000", "1,2", "5.6", "2,048", "1.234.567") or in words
// ("vingt-sept", "quatre-vingt-dix-neuf", "twenty-seven", "un tiers"). On success the cursor
// moves past it. nullopt: no figure here; an error: a malformed one ("1,2,3"). Words that end
// in an ordinal are no figure; `*rank_end` is then where they end (ReadNumberWords).
std::optional<Result<NumberLiteral>> ParseNumber(Cursor& cursor, Language lang,
                                                 size_t* rank_end = nullptr);

// How many bytes of `text` from `p` the figure in digits there spans as ParseNumber reads it
// ("10 000,5"), without computing its value; 0 when no digit stands at `p`. Lets readers look
// past a figure for the word that must follow it before paying for its exact value.
size_t DigitFigureLength(std::string_view text, size_t p);

// The unit of the last significant digit of an integer written with `digits` (no separators):
// trailing zeros of a round figure count as two significant figures ("10000" -> 1000).
Rational LastDigitOfInteger(std::string_view digits);

// The UTF-8 length of the vulgar fraction ("½", "⅔") `text` starts with, 0 when none.
size_t VulgarFractionLength(std::string_view text);

// A scale word at the cursor ("millions", "milliard", "billion", "k", "Md"): its factor.
std::optional<Rational> ParseScale(Cursor& cursor, Language lang, std::string* word);

}  // namespace crosscheck::parse
