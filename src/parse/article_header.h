#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/date_value.h"
#include "parse/language.h"

namespace crosscheck::parse {

// What a bare article text (no metadata file) says about itself in its first lines: the
// language it is written in and the day it was published, when a publication line gives one.
// Wire copy and web pages start "Title / Publié le mercredi 3 juin 2026" or "Published Friday,
// June 19, 2026"; anything less certain is left unknown rather than guessed.
struct ArticleHeader {
  Language language = Language::kFrench;
  int french_words = 0;  // function words counted for the language guess
  int english_words = 0;
  std::string title;  // the first non-empty line
  std::optional<DayNumber> published;
  int published_line = 0;  // 1-based line of the publication line, 0 when none
};

// Reads the header. The language is the one whose common function words ("le", "de", "the",
// "of", ...) are more frequent in the whole text; ties read as French (the corpus's default).
// The publication line is one of the first five non-empty lines, at most twelve words long,
// that ends in a calendar date with day, month and year, after at most four words without
// digits ("Publié le", "Published", "Mis à jour le").
ArticleHeader ReadArticleHeader(std::string_view text);

}  // namespace crosscheck::parse
