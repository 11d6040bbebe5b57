#pragma once

#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "common/exit_code.h"
#include "extract/attach.h"
#include "io/corpus_loader.h"
#include "model/article.h"
#include "model/catalogue.h"
#include "model/corpus.h"
#include "model/cue_lexicon.h"

namespace crosscheck::app {

// One article's candidate claims: what the extractor attached, and the claim file it makes.
struct ExtractedArticle {
  std::string article;
  extract::Attachment attachment;
  std::string yaml;  // the claim file (docs/claim-format.md), `unattached` list included
};

// Extracts, attaches and writes one article's candidate claims (pure: no files). Claim ids are
// "<article>.x<n>", numbered in text order, so they never collide with hand-written ones.
ExtractedArticle ExtractArticle(const Article& article, const Catalogue& catalogue,
                                const CueLexicon& cues);

// Adds to `corpus` one extracted claim file per article (named "extracted/<id>.yaml" in
// messages), read through the claim-file loader like any other: what `check --extract` checks.
// Needs the corpus's cue lexicon (claims/catalogue/cues.yaml).
void AddExtractedClaimFiles(Corpus& corpus, Diagnostics& diags);

struct ExtractOptions {
  io::CorpusPaths paths;              // where the catalogue and cues.yaml are (claims/catalogue)
  std::vector<std::string> articles;  // corpus/<id>.txt paths or article ids (looked up in corpus/)
  std::string output_dir;             // "" for standard output
};

struct ExtractRun {
  Diagnostics diagnostics;
  std::vector<ExtractedArticle> articles;
  std::string output;  // what goes to standard output when no output folder is given
  ExitCode exit_code = ExitCode::kOk;  // kBadInput when an article or the catalogue is unusable
};

// `crosscheck extract`: loads the catalogue, the cue lexicon and each article (its .meta.yaml
// beside it gives the language), extracts and writes one claim file per article to
// `output_dir`/<id>.yaml (atomically), or all of them to `output` as one YAML stream.
ExtractRun Extract(const ExtractOptions& options);

}  // namespace crosscheck::app
