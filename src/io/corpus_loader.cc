#include "io/corpus_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "io/article_loader.h"
#include "io/catalogue_loader.h"
#include "io/claim_loader.h"
#include "io/cue_lexicon_loader.h"
#include "io/text_file.h"

namespace crosscheck::io {
namespace {

std::string FormatPos(const SourcePos& p) {
  return fmt::format("{}:{}:{}", p.file, p.line, p.column);
}

}  // namespace

Corpus LoadCorpus(const CorpusPaths& paths, Diagnostics& diags) {
  Corpus corpus;
  corpus.articles = LoadArticles(paths.corpus_dir, paths.corpus_display, diags);
  corpus.IndexArticles();
  std::filesystem::path catalogue_dir = paths.catalogue_dir;
  std::string catalogue_display = paths.catalogue_dir.string();
  if (catalogue_dir.empty()) {
    catalogue_dir = paths.claims_dir / "catalogue";
    catalogue_display = paths.claims_display + "/catalogue";
  }
  LoadCatalogue(catalogue_dir, catalogue_display, corpus.catalogue, diags);
  // Optional: only the extractor needs cue words, and golden cases do without.
  std::error_code exists_ec;
  if (std::filesystem::exists(catalogue_dir / "cues.yaml", exists_ec)) {
    corpus.cues = LoadCueLexicon(catalogue_dir / "cues.yaml", catalogue_display + "/cues.yaml",
                                 corpus.catalogue, diags);
  }

  std::error_code ec;
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(paths.claims_dir, ec)) {
    diags.Error({paths.claims_display, 0, 0}, "claims folder not found");
    return corpus;
  }
  for (const auto& entry : std::filesystem::directory_iterator(paths.claims_dir, ec)) {
    bool yaml = entry.path().extension() == ".yaml" || entry.path().extension() == ".yml";
    if (yaml && (paths.article_claims || entry.path().filename() == "reference.yaml")) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());

  std::map<std::string, FoldedText> folded;
  std::map<std::string, SourcePos> first_seen;
  std::map<std::string, std::string> file_of_article;
  for (const auto& path : files) {
    std::string display = paths.claims_display + "/" + path.filename().string();
    auto text = ReadTextFile(path, display, true, diags);
    if (!text) continue;
    auto file = LoadClaimFileText(display, *text, corpus, folded, &corpus.exchange_rates, diags);
    if (!file) continue;
    if (!file->article.empty()) {
      auto [it, inserted] = file_of_article.emplace(file->article, display);
      if (!inserted) {
        diags.Warning({display, 0, 0},
                      fmt::format("article '{}' also has claims in {}", file->article, it->second));
      }
    }
    // A duplicated id drops the later claim, so every finding names one claim unambiguously.
    std::vector<Claim> kept;
    for (auto& claim : file->claims) {
      auto [it, inserted] = first_seen.emplace(claim.id, claim.pos);
      if (!inserted) {
        diags.Error(claim.pos,
                    fmt::format("duplicate claim id '{}' (first defined at {})", claim.id,
                                FormatPos(it->second)),
                    claim.id);
        continue;
      }
      kept.push_back(std::move(claim));
    }
    file->claims = std::move(kept);
    corpus.claim_files.push_back(std::move(*file));
  }
  for (const auto& article : corpus.articles) {
    if (paths.article_claims && !file_of_article.count(article.id)) {
      diags.Warning(article.pos, fmt::format("article '{}' has no claim file", article.id));
    }
  }
  return corpus;
}

}  // namespace crosscheck::io
