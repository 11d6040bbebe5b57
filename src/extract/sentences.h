#pragma once

#include <string_view>
#include <vector>

#include "model/claim.h"

namespace crosscheck::extract {

// The sentences of `text`, in order, trimmed of white space. A sentence ends at a line break
// (the seeds put each paragraph, title and caption on its own line) and at '.', '!', '?' or '…'
// followed by white space, except after a lone capital ("M. Liang") or an abbreviation
// ("Co.", "etc.", "av.", "Inc."). Linear in the text.
std::vector<TextSpan> SplitSentences(std::string_view text);

// The index of the sentence containing byte `pos`, or the last one starting before it.
size_t SentenceAt(const std::vector<TextSpan>& sentences, size_t pos);

// The clause of `sentence` around `inner`: from the clause break before `inner` to the one
// after it, where a clause break is ", ", "; ", ": ", a dash set off by spaces, or a
// parenthesis. Always contains `inner`, trimmed of white space.
TextSpan ClauseAround(std::string_view text, TextSpan sentence, TextSpan inner);

}  // namespace crosscheck::extract
