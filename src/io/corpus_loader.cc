#include "io/corpus_loader.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cassert>
#include <chrono>
#include <map>
#include <mutex>
#include <unordered_map>

#include "io/anchor_check.h"
#include "io/article_loader.h"
#include "io/catalogue_loader.h"
#include "io/claim_cache.h"
#include "io/claim_loader.h"
#include "io/cue_lexicon_loader.h"
#include "io/general_catalogue.h"
#include "io/text_file.h"
#include "io/whole_check.h"

namespace crosscheck::io {
namespace {

std::string FormatPos(const SourcePos& p) {
  return fmt::format("{}:{}:{}", p.file, p.line, p.column);
}

// The claims/*.yaml (and *.yml) files, in name order; nullopt if the folder is missing, an
// error if it cannot be listed.
std::optional<Result<std::vector<std::filesystem::path>>> ClaimFiles(const CorpusPaths& paths) {
  if (!paths.files->IsDirectory(paths.claims_dir)) return std::nullopt;
  auto entries = paths.files->List(paths.claims_dir);
  if (!entries) return entries;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : *entries) {
    bool yaml = entry.extension() == ".yaml" || entry.extension() == ".yml";
    if (yaml && (paths.article_claims || entry.filename() == "reference.yaml")) {
      files.push_back(entry);
    }
  }
  return files;
}

// The catalogue files' bytes, for the cache key; an unreadable one is an error, never keyed as
// empty (the catalogue loader says why it is unreadable). A missing one is keyed apart from an
// empty one.
Result<std::string> CatalogueBytes(const FileSystem& files, const std::filesystem::path& dir) {
  std::string all = GeneralCatalogueBytes();
  for (const char* name : {"units.yaml", "taxonomies.yaml", "entities.yaml", "properties.yaml"}) {
    std::filesystem::path file = dir / name;
    if (files.Exists(file)) {
      auto bytes = files.Read(file);
      if (!bytes) {
        return Error{
            fmt::format("cannot key the cache on {}: {}", file.string(), bytes.error().message)};
      }
      all += *bytes;
    } else {
      all += "\1missing";
    }
    all += '\0';
  }
  return all;
}

// Reads every claim file in parallel, each into its own result: nothing is shared but the
// articles and the catalogue, which are only read.
class ClaimFileReader {
 public:
  ClaimFileReader(const Corpus& corpus, const FileSystem& files, const ClaimCache* cache)
      : corpus_(corpus), files_(files), cache_(cache) {
    articles_.reserve(corpus.articles.size());
    for (const auto& a : corpus.articles) articles_.emplace(a.id, &a);
  }

  ClaimFileResult Read(const std::filesystem::path& path, const std::string& display,
                       bool* cache_hit) const {
    ClaimFileResult result;
    auto text = ReadTextFileUnchecked(path, display, true, result.diags, files_);
    if (!text) return result;
    auto fingerprints = [this](const std::string& id) -> std::optional<uint64_t> {
      const Article* a = Find(id);
      return a ? std::optional<uint64_t>(ArticleFingerprint(*a)) : std::nullopt;
    };
    ClaimCache::Key key;
    if (cache_) {
      key = cache_->KeyOf(display, *text);
      if (auto hit = cache_->Lookup(path, key, display, fingerprints)) {
        *cache_hit = true;
        return std::move(*hit);
      }
    }
    // Bytes the cache knew were valid UTF-8 when they were parsed; new ones are checked now.
    if (!CheckUtf8(*text, display, result.diags)) return result;
    // The article's folded text lives as long as this one file's reading: folding every
    // article up front would hold them all (8 bytes of offsets per byte of text) at once.
    SpaceFoldedText folded;
    auto find = [&](const std::string& id) {
      result.article_named = id;
      ClaimArticle found{Find(id), nullptr};
      if (found.article) {
        folded = FoldArticle(*found.article);
        found.folded = &folded;
      }
      return found;
    };
    result.file =
        ReadClaimFile(display, *text, corpus_.catalogue, find, &result.rates, result.diags);
    if (cache_) {
      if (Status stored = cache_->Store(path, key, display, result, fingerprints); !stored) {
        NoteStoreFailure(stored.error());
      }
    }
    return result;
  }

  // The first entry that could not be written this run, if any: one warning says it.
  std::optional<Error> store_failure() const {
    std::lock_guard lock(mutex_);
    return store_failure_;
  }

 private:
  const Article* Find(const std::string& id) const {
    auto it = articles_.find(id);
    return it == articles_.end() ? nullptr : it->second;
  }

  void NoteStoreFailure(const Error& error) const {
    std::lock_guard lock(mutex_);
    if (!store_failure_) store_failure_ = error;
  }

  const Corpus& corpus_;
  const FileSystem& files_;
  const ClaimCache* cache_;
  std::unordered_map<std::string_view, const Article*> articles_;
  mutable std::mutex mutex_;  // guards store_failure_ (files are read in parallel)
  mutable std::optional<Error> store_failure_;
};

// Adds the files' results to the corpus in name order, as a serial run would: each file's
// diagnostics, then the checks across files (an article with two claim files, a claim id
// defined twice, which drops the later claim so every finding names one claim unambiguously).
void Merge(std::vector<ClaimFileResult>& results, Corpus& corpus, Diagnostics& diags) {
  std::unordered_map<std::string_view, const SourcePos*> first_seen;
  std::unordered_map<std::string_view, const std::string*> file_of_article;
  size_t claims = 0;
  for (const auto& r : results) claims += r.file ? r.file->claims.size() : 0;
  first_seen.reserve(claims);
  std::vector<std::vector<bool>> dropped(results.size());
  for (size_t i = 0; i < results.size(); ++i) {
    auto& r = results[i];
    diags.Append(r.diags);
    std::move(r.rates.begin(), r.rates.end(), std::back_inserter(corpus.exchange_rates));
    if (!r.file) continue;
    const ClaimFile& file = *r.file;
    if (!file.article.empty()) {
      auto [it, inserted] = file_of_article.emplace(file.article, &file.path);
      if (!inserted) {
        diags.Warning({file.path, 0, 0},
                      fmt::format("article '{}' also has claims in {}", file.article, *it->second));
      }
    }
    for (size_t k = 0; k < file.claims.size(); ++k) {
      const Claim& claim = file.claims[k];
      auto [it, inserted] = first_seen.emplace(claim.id, &claim.pos);
      if (!inserted) {
        diags.Error(claim.pos,
                    fmt::format("duplicate claim id '{}' (first defined at {})", claim.id,
                                FormatPos(*it->second)),
                    claim.id);
        dropped[i].resize(file.claims.size());
        dropped[i][k] = true;
      }
    }
  }
  for (const auto& article : corpus.articles) {
    if (!file_of_article.count(article.id)) {
      diags.Warning(article.pos, fmt::format("article '{}' has no claim file", article.id));
    }
  }
  // The maps point into the results: clear them before anything moves.
  first_seen.clear();
  file_of_article.clear();
  corpus.claim_files.reserve(results.size());
  for (size_t i = 0; i < results.size(); ++i) {
    if (!results[i].file) continue;
    ClaimFile& file = *results[i].file;
    if (!dropped[i].empty()) {
      std::vector<Claim> kept;
      for (size_t k = 0; k < file.claims.size(); ++k) {
        if (!dropped[i][k]) kept.push_back(std::move(file.claims[k]));
      }
      file.claims = std::move(kept);
    }
    corpus.claim_files.push_back(std::move(file));
  }
}

// Seconds since the last call (the first: since construction).
class Lap {
 public:
  double operator()() {
    auto now = std::chrono::steady_clock::now();
    std::chrono::duration<double> d = now - last_;
    last_ = now;
    return d.count();
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

Corpus Load(const CorpusPaths& paths, Diagnostics& diags, LoadStats& stats) {
  Lap lap;
  Corpus corpus;
  corpus.articles = LoadArticles(paths.corpus_dir, paths.corpus_display, diags, *paths.files);
  corpus.IndexArticles();
  stats.articles_s = lap();
  std::filesystem::path catalogue_dir =
      paths.catalogue_dir.empty() ? paths.claims_dir / "catalogue" : paths.catalogue_dir;
  std::string catalogue_display = paths.catalogue_dir.empty() ? paths.claims_display + "/catalogue"
                                                              : paths.catalogue_dir.string();
  // The corpus's own catalogue (optional, every file of it too) over the general one.
  LoadCatalogueOverGeneral(catalogue_dir, catalogue_display, corpus.catalogue, corpus.cues, diags,
                           *paths.files);
  corpus.shipped_exchange_rates = General().exchange_rates;
  stats.catalogue_s = lap();

  auto listed = ClaimFiles(paths);
  if (!listed) {
    // Claims extracted from the articles need no folder: without one there is no ledger.
    if (!paths.article_claims) return corpus;
    diags.Error({paths.claims_display, 0, 0}, "claims folder not found");
    return corpus;
  }
  if (!*listed) {
    diags.Error({paths.claims_display, 0, 0},
                fmt::format("cannot list claims folder: {}", listed->error().message));
    return corpus;
  }
  const std::vector<std::filesystem::path>* files = &listed->value();
  std::optional<ClaimCache> cache;
  if (!paths.cache_dir.empty()) {
    // A folder of its own: `check` keeps its solved pieces beside it (app/piece_cache.h).
    Result<ClaimCache> opened = Error{};
    if (auto catalogue = CatalogueBytes(*paths.files, catalogue_dir); !catalogue) {
      opened = catalogue.error();
    } else {
      opened = ClaimCache::Open(paths.cache_dir / "claim-files", *catalogue, *paths.files);
    }
    if (opened) {
      cache = std::move(opened).value();
    } else {
      diags.Warning({paths.cache_dir.string(), 0, 0},
                    opened.error().message + "; reading without it");
    }
  }
  ClaimFileReader reader(corpus, *paths.files, cache ? &*cache : nullptr);
  std::vector<ClaimFileResult> results(files->size());
  std::vector<char> hits(files->size(), 0);
  tbb::parallel_for(size_t{0}, files->size(), [&](size_t i) {
    const auto& path = (*files)[i];
    bool hit = false;
    results[i] = reader.Read(path, paths.claims_display + "/" + path.filename().string(), &hit);
    hits[i] = hit ? 1 : 0;
  });
  if (auto failure = reader.store_failure()) {
    diags.Warning({paths.cache_dir.string(), 0, 0}, "cache not saved: " + failure->message);
  }
  stats.claim_files = files->size();
  stats.cache_hits = static_cast<size_t>(std::count(hits.begin(), hits.end(), 1));
  stats.claims_s = lap();
  Merge(results, corpus, diags);
  CheckAnchors(corpus, paths.article_claims, diags);
  CheckWholes(corpus, paths.article_claims, diags);
  stats.merge_s = lap();
  return corpus;
}

}  // namespace

Corpus LoadCorpus(const CorpusPaths& paths, Diagnostics& diags, LoadStats* stats) {
  assert(paths.files != nullptr);  // a caller's bug, not an input problem
  LoadStats ignored;
  LoadStats& out = stats ? *stats : ignored;
  if (paths.threads <= 0) return Load(paths, diags, out);
  tbb::task_arena arena(paths.threads);
  return arena.execute([&] { return Load(paths, diags, out); });
}

}  // namespace crosscheck::io
