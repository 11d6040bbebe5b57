#pragma once

#include <filesystem>
#include <string>

#include "common/diagnostic.h"
#include "model/corpus.h"

namespace crosscheck::io {

struct CorpusPaths {
  std::filesystem::path corpus_dir = "corpus";
  std::filesystem::path claims_dir = "claims";
  // The catalogue folder; empty means claims_dir/catalogue. Golden tests point it at the
  // bundled catalogue so a case needs only its articles and claims.
  std::filesystem::path catalogue_dir;
  // How the folders are named in messages (as the user typed them).
  std::string corpus_display = "corpus";
  std::string claims_display = "claims";
  // false: of claims_dir's files, load only the reference ledger (reference.yaml); `check
  // --extract` puts extracted claims in place of the articles' hand-written files.
  bool article_claims = true;
};

// Loads articles, the catalogue (claims/catalogue/, with cues.yaml when present), the reference
// ledger (claims/reference.yaml) and every other claims/*.yaml, in file-name order, reporting
// every problem and keeping every claim that has none. Claim ids must be unique across all files.
Corpus LoadCorpus(const CorpusPaths& paths, Diagnostics& diags);

}  // namespace crosscheck::io
