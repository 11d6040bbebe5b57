#include "parse/article_header.h"

#include <gtest/gtest.h>

#include "model/date_value.h"

namespace crosscheck::parse {
namespace {

std::string Published(const ArticleHeader& h) {
  return h.published ? FormatDay(*h.published) + " line " + std::to_string(h.published_line)
                     : "unknown";
}

TEST(ArticleHeader, FrenchWireCopy) {
  auto h = ReadArticleHeader(
      "Une usine de batteries ouvre à Douai\nPublié le mardi 7 avril 2026\n\n"
      "Le groupe a inauguré mardi son usine, qui emploie déjà 300 personnes dans la région.\n");
  EXPECT_EQ(h.language, Language::kFrench);
  EXPECT_EQ(h.title, "Une usine de batteries ouvre à Douai");
  EXPECT_EQ(Published(h), "2026-04-07 line 2");
}

TEST(ArticleHeader, EnglishWithWeekdayAndComma) {
  auto h = ReadArticleHeader(
      "A battery plant opens in Douai\nPublished Tuesday, April 7, 2026\n\n"
      "The group opened its plant on Tuesday, and it already employs 300 people in the area.\n");
  EXPECT_EQ(h.language, Language::kEnglish);
  EXPECT_EQ(Published(h), "2026-04-07 line 2");
}

TEST(ArticleHeader, BylineIsNotADate) {
  // A byline, then a body sentence with a full date: the body is not a publication line.
  auto h = ReadArticleHeader(
      "Portrait of a founder\nBy Jane Roe\n\nShe was born on March 3, 1970 in Lyon and has run "
      "the company since it was founded in 2001, with the help of her brother.\n");
  EXPECT_EQ(h.language, Language::kEnglish);
  EXPECT_EQ(Published(h), "unknown");
}

TEST(ArticleHeader, MonthOrYearAloneIsNotADay) {
  auto h =
      ReadArticleHeader("Titre\nMis à jour en juin 2026\n\nLe texte est court et la date vague.");
  EXPECT_EQ(Published(h), "unknown");
}

}  // namespace
}  // namespace crosscheck::parse
