#pragma once

#include <filesystem>
#include <string>

#include "common/diagnostic.h"
#include "io/file_system.h"
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
  // Worker threads for loading; 0 means one per core.
  int threads = 0;
  // Where parsed claim files are kept between runs (io/claim_cache.h, in its claim-files/
  // subfolder); empty means no cache.
  std::filesystem::path cache_dir;
  // Where every file of the run is read and written: the machine's own, or a test's fake.
  // Never null; it must outlive the run.
  const FileSystem* files = &RealFileSystem();
};

// What a load did, for benchmarks and the cache tests.
struct LoadStats {
  size_t claim_files = 0;
  size_t cache_hits = 0;  // claim files taken from the cache instead of parsed
  // Wall seconds of each phase: articles (parallel), catalogue, claim files (parallel), and
  // the serial merge.
  double articles_s = 0, catalogue_s = 0, claims_s = 0, merge_s = 0;
};

// Loads articles, the catalogue (claims/catalogue/, with cues.yaml when present), the reference
// ledger (claims/reference.yaml) and every other claims/*.yaml, in file-name order, reporting every
// problem and keeping every claim that has none. Claim ids must be unique across all files. Files
// are read in parallel; the corpus and the diagnostics are those of a serial run, in the same
// order.
Corpus LoadCorpus(const CorpusPaths& paths, Diagnostics& diags, LoadStats* stats = nullptr);

}  // namespace crosscheck::io
