#pragma once

#include <optional>
#include <string_view>

#include "common/result.h"
#include "model/date_value.h"
#include "model/duration.h"
#include "parse/cursor.h"
#include "parse/language.h"

namespace crosscheck::parse {

// A date as a claim or a `when` writes it: ISO ("2025-01-20", "2025-01", "2025"), French or
// English calendar dates at any grain ("lundi 27 janvier", "mai 2023", "début mai", "fin 2022",
// "January 20, 2025"), relative expressions ("hier", "lundi dernier", "il y a une petite
// semaine", "last month"), ranges ("entre 2019 et 2020") and bounds ("avant 2022", "depuis
// 2021", "d'ici 2021"). Impossible dates and mismatched weekdays are errors.
Result<DateValue> ParseDate(std::string_view text, Language lang);

// The date at the cursor in running text (folded as the cursor expects), read as far as it
// goes: what ParseDate accepts, without requiring the text to end after it. On success the
// cursor is past it (spaces skipped); otherwise it does not move. No allocation per call
// beyond the value, so the extractor can try it at every candidate word.
std::optional<DateValue> ReadDate(Cursor& cursor, Language lang);

// English "in 3 weeks", "in two years" as the day that many units after publication (what
// French «dans 3 semaines» always is), and "within 5 days", "within the next 3 years" as the
// days from publication (which may be the day) to the end of "the next 5 days"; neither when
// counted from another day ("in 2 days from today", "within 5 days of the attack"). Alone the words
// as often measure a duration ("the lowest in 10 years"): the extractor reads them so only in a
// clause in the future tense (time_scan.cc). On success the cursor is past them; otherwise it does
// not move.
std::optional<DateValue> ReadAhead(Cursor& cursor, Language lang);

// "nineteen seventies", "twenty-tens", "two thousands", "two thousand and tens", "noughties": a
// year in words ending on a ten, its last word in the plural, is that decade; the first year of
// it. English, read after "the" ("the nineteen seventies"). On success the cursor is past it.
std::optional<int> EnglishDecadeInWords(Cursor& cursor);

// "40 ans", "âgé de 40 ans", "quadragénaire", "40 years old".
Result<AgeValue> ParseAge(std::string_view text, Language lang);

// "à peine deux mois", "dix ans", "8 heures", "3 weeks".
Result<DurationValue> ParseDuration(std::string_view text, Language lang);

}  // namespace crosscheck::parse
