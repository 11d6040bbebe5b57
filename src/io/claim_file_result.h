#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/corpus.h"

namespace crosscheck::io {

// Everything reading one claim file gives, kept apart from every other file's so files can be
// read in parallel and merged in name order: the file (nullopt when it could not be read at
// all), the reference ledger's exchange rates and the diagnostics, in the order found.
struct ClaimFileResult {
  std::optional<ClaimFile> file;
  std::vector<ExchangeRate> rates;
  Diagnostics diags;
  // The article id the file named, found or not: the one input besides the file's own bytes
  // and the catalogue that the result depends on, so a cached result is valid only while that
  // article is unchanged.
  std::optional<std::string> article_named;
};

}  // namespace crosscheck::io
