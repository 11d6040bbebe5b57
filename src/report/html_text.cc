// Text helpers for the HTML report: escaping, and the sentence a quote sits in.

#include <fmt/format.h>

#include <algorithm>

#include "common/strings.h"
#include "report/html_parts.h"

namespace crosscheck::report::html {
namespace {

// How far a quote's context may reach on each side, in bytes, before it is cut with "…".
constexpr size_t kMaxContext = 300;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return IsUpper(c) || (c >= 'a' && c <= 'z'); }

// Whether a sentence ends at byte `i`: . ! ? followed by white space (so "3.5" and
// "Alpha-News.org" do not end one), except after a lone capital ("M. Liang", initials).
bool EndsSentence(std::string_view text, size_t i) {
  char c = text[i];
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 1 < text.size() && !IsSpace(text[i + 1])) return false;
  if (c == '.' && i >= 1 && IsUpper(text[i - 1]) && (i < 2 || !IsAlpha(text[i - 2]))) return false;
  return true;
}

}  // namespace

std::string Escape(std::string_view s) { return EscapeMarkup(s); }

std::string Truncate(std::string_view s, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsContinuation(s[i])) continue;
    if (chars++ == max_chars) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

std::string PublishedText(const ArticleInfo& a) {
  const PublicationDate& p = a.published;
  if (p.unknown()) return "unknown";
  if (p.exact()) return FormatDay(*p.from);
  return fmt::format("{} to {}", p.from ? FormatDay(*p.from) : "?", p.to ? FormatDay(*p.to) : "?");
}

std::string QuoteInContext(std::string_view text, size_t begin, size_t end) {
  if (begin > end || end > text.size()) return "";
  // Back to the start of the sentence, or at most kMaxContext bytes.
  size_t floor = begin > kMaxContext ? begin - kMaxContext : 0;
  size_t start = floor;
  bool cut_before = floor > 0;
  for (size_t i = begin; i > floor; --i) {
    if (text[i - 1] == '\n' || EndsSentence(text, i - 1)) {
      start = i;
      cut_before = false;
      break;
    }
  }
  while (start < begin && IsContinuation(text[start])) ++start;  // never split a character
  while (start < begin && IsSpace(text[start])) ++start;
  // On to the end of the sentence (its full stop included), or at most kMaxContext bytes.
  size_t ceiling = std::min(text.size(), end + kMaxContext);
  size_t stop = ceiling;
  bool cut_after = ceiling < text.size();
  for (size_t i = end; i < ceiling; ++i) {
    if (text[i] == '\n') {
      stop = i;
      cut_after = false;
      break;
    }
    if (EndsSentence(text, i)) {
      stop = i + 1;
      cut_after = false;
      break;
    }
  }
  while (stop > end && stop < text.size() && IsContinuation(text[stop])) --stop;
  return fmt::format("{}{}<mark>{}</mark>{}{}", cut_before ? "…" : "",
                     Escape(text.substr(start, begin - start)),
                     Escape(text.substr(begin, end - begin)), Escape(text.substr(end, stop - end)),
                     cut_after ? "…" : "");
}

}  // namespace crosscheck::report::html
