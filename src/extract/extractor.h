#pragma once

#include <string_view>
#include <vector>

#include "extract/mention.h"
#include "parse/language.h"

namespace crosscheck::extract {

// Every number, percentage, money amount, date, duration and age in `text` (French or English
// article text, UTF-8), ordered by position. Figures are reported as numbers even when they also
// belong to an amount or a date ("3" in "3 ans" is a number and, with its unit, a duration).
// The text is folded once; one pass finds the words where a mention can start (a hash lookup per
// word), and the parse module's readers are tried there only, each reading a bounded stretch:
// linear in the length of the text.
std::vector<Mention> Extract(std::string_view text, parse::Language lang);

}  // namespace crosscheck::extract
