#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"
#include "model/corpus.h"

namespace crosscheck::io {

// An article's text with white space folded, so quotes can be found whatever spaces the
// article uses (the seeds put no-break spaces in "10 000"), and mapped back to byte spans.
struct FoldedText {
  std::string text;
  std::vector<size_t> offsets;  // folded byte -> original byte
};

// Reads one claim file (an article's, or the reference ledger) against the articles and
// catalogue already in `corpus`. Every problem is reported with its position; claims with
// errors are left out of the result, the others are kept. `folded` caches folded article texts.
std::optional<ClaimFile> LoadClaimFileText(const std::string& display_path, std::string_view yaml,
                                           const Corpus& corpus,
                                           std::map<std::string, FoldedText>& folded,
                                           std::vector<ExchangeRate>* rates, Diagnostics& diags);

}  // namespace crosscheck::io
