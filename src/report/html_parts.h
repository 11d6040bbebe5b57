#pragma once

// The pieces html_report.cc assembles; private to the report module.

#include <string>
#include <string_view>

#include "model/check_result.h"

namespace crosscheck::report::html {

// Text made safe for element content and attribute values (& < > " ').
std::string Escape(std::string_view s);

// At most `max_chars` code points of `s`, with "…" when cut.
std::string Truncate(std::string_view s, size_t max_chars);

// "2025-02-25", "2025-01-01 to 2025-01-31", "unknown".
std::string PublishedText(const ArticleInfo& a);

// The sentence around bytes [begin, end) of `text` as escaped HTML, the quote in <mark>.
// Returns "" when the span does not fit the text.
std::string QuoteInContext(std::string_view text, size_t begin, size_t end);

// The timeline of dated claims and publication dates as an inline <svg>, with its legend. When
// `counted_variations` (report/variation_counts.h), only the claims of the findings shown in
// full are drawn, on rows for their articles alone: a million claims would be an unreadable
// picture of hundreds of thousands of bars.
std::string TimelineSection(const CheckResult& result, bool counted_variations);

// The page's stylesheet and its behaviour (filters, print); no external resources.
extern const std::string_view kStyle;
extern const std::string_view kScript;
extern const std::string_view kErrorHook;

}  // namespace crosscheck::report::html
