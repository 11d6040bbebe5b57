#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"
#include "io/file_system.h"
#include "model/catalogue.h"
#include "model/corpus.h"
#include "model/cue_lexicon.h"

namespace crosscheck::io {

// The general catalogue shipped inside crosscheck: catalogue/ of the source tree, embedded in the
// binary at build time (cmake/embed_files.cmake), so a corpus with no catalogue of its own can
// still be read and extracted from (docs/catalogue.md).
struct GeneralCatalogue {
  Catalogue catalogue;
  CueLexicon cues;
  // Yearly exchange-rate intervals (catalogue/exchange_rates.yaml): what converts money where
  // the corpus's reference ledger has no rate (docs/semantics.md, "Money").
  std::vector<ExchangeRate> exchange_rates;
  Diagnostics diagnostics;  // empty unless the shipped files are broken (a unit test pins it)
};

// Parsed once per process.
const GeneralCatalogue& General();

// The embedded files' bytes, in a fixed order (the shipped exchange rates among them): caches
// keyed on the catalogue include them.
std::string GeneralCatalogueBytes();

// The merge rule: the corpus's own entries, then every general entry whose id the corpus does not
// use (a corpus entry replaces the general entry of the same id wholly). Two refinements keep the
// general catalogue from speaking over the corpus's:
// - a general stand-in entity (entities.yaml: "the organisation the article is about") is kept
//   only when the corpus names no entity of its type;
// - a general relation is kept only when the corpus replaces none of the properties it names.
Catalogue MergeOverGeneral(const Catalogue& general, const Catalogue& own);

// The corpus's cues, then the general cues of every property the corpus neither replaces nor
// cues itself. `own_catalogue` is the corpus's catalogue alone (before the merge).
CueLexicon MergeCuesOverGeneral(const CueLexicon& general, const CueLexicon& own,
                                const Catalogue& own_catalogue);

// The catalogue a corpus reads its claims with: the folder `dir` (every file optional; a missing
// folder is an empty catalogue) merged over the general catalogue, references checked, and the
// cue lexicon (dir/cues.yaml over the general cues). `display_dir` names `dir` in messages.
void LoadCatalogueOverGeneral(const std::filesystem::path& dir, const std::string& display_dir,
                              Catalogue& catalogue, CueLexicon& cues, Diagnostics& diags,
                              const FileSystem& files = RealFileSystem());

}  // namespace crosscheck::io
