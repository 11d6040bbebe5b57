#include "parse/article_header.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "parse/date_parser.h"

namespace crosscheck::parse {
namespace {

// Words frequent in any text of one language and rare in the other. Accented and elided forms
// ("d'", "l'") are left out: counting plain ASCII words is enough to tell French from English.
constexpr std::array<std::string_view, 20> kFrenchWords = {
    "le",  "la",  "les", "des", "du",  "et",  "est",  "une", "dans", "pour",
    "qui", "que", "sur", "au",  "aux", "pas", "avec", "ont", "sont", "il"};
constexpr std::array<std::string_view, 20> kEnglishWords = {
    "the", "of",  "and", "is", "to", "that", "for", "with", "was",  "on",
    "by",  "has", "its", "it", "at", "from", "are", "were", "have", "this"};

std::vector<std::string_view> SplitWords(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    size_t start = i;
    while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

void CountFunctionWords(std::string_view text, ArticleHeader& header) {
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (std::find(kFrenchWords.begin(), kFrenchWords.end(), word) != kFrenchWords.end()) {
      ++header.french_words;
    }
    if (std::find(kEnglishWords.begin(), kEnglishWords.end(), word) != kEnglishWords.end()) {
      ++header.english_words;
    }
    word.clear();
  };
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else {
      flush();
    }
  }
  flush();
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The single day `text` names, when it is a full calendar date and nothing else.
std::optional<DayNumber> FullDate(std::string_view text, Language lang) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  auto value = ParseDate(text, lang);
  if (!value.ok() || value->to || value->bound != DateBound::kAt) return std::nullopt;
  const auto* cal = std::get_if<CalendarDate>(&value->from);
  if (!cal || !cal->year || !cal->day || cal->part != DatePart::kWhole) return std::nullopt;
  auto days = DaysOf(*cal, *cal->year);
  if (!days || days->to - days->from != 1) return std::nullopt;
  return days->from;
}

}  // namespace

ArticleHeader ReadArticleHeader(std::string_view text) {
  ArticleHeader header;
  CountFunctionWords(text, header);
  header.language =
      header.english_words > header.french_words ? Language::kEnglish : Language::kFrench;

  int line_number = 0;
  int non_empty = 0;
  size_t pos = 0;
  while (pos < text.size() && non_empty < 5) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    auto words = SplitWords(line);
    if (words.empty()) continue;
    ++non_empty;
    if (header.title.empty()) {
      header.title = std::string(line.substr(0, line.find_last_not_of(" \r\t") + 1));
      continue;
    }
    if (words.size() > 12 || !HasDigit(line)) continue;
    for (size_t skip = 0; skip <= std::min<size_t>(4, words.size() - 1); ++skip) {
      if (skip > 0 && HasDigit(words[skip - 1])) break;
      size_t from = static_cast<size_t>(words[skip].data() - line.data());
      if (auto day = FullDate(line.substr(from), header.language)) {
        header.published = day;
        header.published_line = line_number;
        return header;
      }
    }
  }
  return header;
}

}  // namespace crosscheck::parse
