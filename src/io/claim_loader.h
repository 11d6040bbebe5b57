#pragma once

#include <functional>
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
struct SpaceFoldedText {
  std::string text;
  std::vector<size_t> offsets;  // folded byte -> original byte
};

// The article a claim file names, with its folded text; `article` is null when there is none.
struct ClaimArticle {
  const Article* article = nullptr;
  const SpaceFoldedText* folded = nullptr;
};
using FindClaimArticle = std::function<ClaimArticle(const std::string& id)>;

// The article's text folded for quote search.
SpaceFoldedText FoldArticle(const Article& article);

// Reads one claim file (an article's, or the reference ledger) against the catalogue, finding
// its article through `find_article`. Every problem is reported with its position; claims with
// errors are left out of the result, the others are kept. Touches no shared state, so claim
// files can be read in parallel.
std::optional<ClaimFile> ReadClaimFile(const std::string& display_path, std::string_view yaml,
                                       const Catalogue& catalogue,
                                       const FindClaimArticle& find_article,
                                       std::vector<ExchangeRate>* rates, Diagnostics& diags);

// ReadClaimFile against the articles already in `corpus`; `folded` caches folded article texts
// (tests and fuzz targets read one file at a time this way).
std::optional<ClaimFile> LoadClaimFileText(const std::string& display_path, std::string_view yaml,
                                           const Corpus& corpus,
                                           std::map<std::string, SpaceFoldedText>& folded,
                                           std::vector<ExchangeRate>* rates, Diagnostics& diags);

}  // namespace crosscheck::io
