// Writes the generated corpus in the real formats (corpus/, claims/, claims/catalogue/), the
// ground truth (truth.json) and a README of what was planted.
#pragma once

#include <filesystem>
#include <string>

#include "corpus.h"

namespace bench {

struct WriteOptions {
  std::filesystem::path out;     // the output folder
  std::filesystem::path source;  // the bundled claims/ folder: catalogue files and ledger rates
  uint64_t seed = 0;
  int per_article = 0;
};

// Returns an error message, or "" on success.
std::string WriteCorpus(const Corpus& corpus, const WriteOptions& options);

// Reads a whole file; "" and *ok = false if it cannot.
std::string ReadWholeFile(const std::filesystem::path& path, bool* ok);

}  // namespace bench
