#include "app/extract.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <tbb/parallel_for.h>
#include <tbb/parallel_invoke.h>

#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "extract/entity_discovery.h"
#include "extract/extractor.h"
#include "io/article_loader.h"
#include "io/candidate_writer.h"
#include "io/catalogue_loader.h"
#include "io/claim_loader.h"
#include "io/cue_lexicon_loader.h"
#include "io/general_catalogue.h"
#include "io/text_file.h"

namespace crosscheck::app {
namespace {

namespace fs = std::filesystem;

std::string Slice(const std::string& text, TextSpan s) {
  return text.substr(s.begin, s.end - s.begin);
}

// The claim's note: what the extractor read, where, and on what grounds.
std::string Note(const extract::Candidate& c, const std::string& text) {
  std::string subject;
  switch (c.subject_source) {
    case extract::Candidate::kNamed:
      subject = fmt::format("'{}' named in the sentence", c.subject_text);
      break;
    case extract::Candidate::kCueSubject:
      subject = "the cue's own subject (none fitting named in the sentence)";
      break;
    case extract::Candidate::kDescribed:
      subject = fmt::format("'{}' described in the sentence", c.subject_text);
      break;
    case extract::Candidate::kMainSubject:
      subject = "the article's main subject (none fitting named in the sentence)";
      break;
    case extract::Candidate::kOnlyOfType:
      subject = "the catalogue's only entity of a fitting type (none named in the article)";
      break;
  }
  std::string currency = c.currency_from.empty()
                             ? ""
                             : fmt::format("; currency taken from '{}' before it", c.currency_from);
  std::string when =
      c.when_text.empty()
          ? ""
          : fmt::format("; when '{}', the date of its clause nearest the figure", c.when_text);
  return fmt::format(
      "candidate (crosscheck extract): {} at bytes [{}, {}); cue '{}'; subject {}{}{}",
      extract::KindName(c.mention.kind), c.value_span.begin, c.value_span.end,
      Slice(text, c.cue_span), subject, currency, when);
}

// The metadata file and corpus folder of an ARTICLE argument: a path to the text (its
// .meta.yaml beside it) or an article id (corpus/<id>.meta.yaml).
struct ArticleLocation {
  fs::path meta;
  fs::path text;  // <stem>.txt beside it, read bare when there is no metadata
  fs::path corpus_dir;
  std::string corpus_display;
};

ArticleLocation Locate(const std::string& arg, const io::CorpusPaths& paths) {
  fs::path p(arg);
  if (p.extension() == ".txt" || p.has_parent_path()) {
    fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    std::string stem = p.extension() == ".txt" ? p.stem().string() : p.filename().string();
    return {dir / (stem + ".meta.yaml"), dir / (stem + ".txt"), dir, dir.string()};
  }
  return {paths.corpus_dir / (arg + ".meta.yaml"), paths.corpus_dir / (arg + ".txt"),
          paths.corpus_dir, paths.corpus_display};
}

// Whether `e` is one of the general catalogue's stand-ins ("the organisation the article is
// about"), which the merge keeps only for types the corpus names no entity of.
bool IsStandIn(const Entity& e) {
  const Entity* general = io::General().catalogue.FindEntity(e.id);
  return general && general->id == e.id && general->name == e.name;
}

// A corpus whose catalogue names no entity (only stand-ins) gets the entities found in its
// articles (extract/entity_discovery.h), and the stand-ins of the types found are dropped, as
// the merge drops them for every type a corpus names. A corpus that names its entities keeps
// them: a desk's list is not second-guessed, but an entity it gives no description gets the
// nouns the articles use for it ("le fonds"), so that a description can refer to it.
Catalogue WithDiscoveredEntities(const Catalogue& catalogue, const std::vector<Article>& articles,
                                 std::vector<extract::DiscoveredEntity>* discovered = nullptr) {
  std::vector<std::string_view> texts;
  texts.reserve(articles.size());
  for (const auto& a : articles) texts.push_back(a.text);
  bool names_entities = false;
  for (const auto& e : catalogue.entities()) names_entities |= !IsStandIn(e);
  if (names_entities) {
    auto learned = extract::LearnDescriptions(texts, catalogue);
    if (learned.empty()) return catalogue;
    Catalogue out = catalogue;
    std::vector<Entity> described;
    out.RemoveEntities([&](const Entity& e) {
      auto it = learned.find(e.id);
      if (!e.descriptions.empty() || it == learned.end()) return false;
      described.push_back(e);
      described.back().descriptions = it->second;
      return true;
    });
    for (auto& e : described) out.AddEntity(std::move(e));
    return out;
  }
  std::vector<extract::DiscoveredEntity> found = extract::DiscoverEntities(texts, catalogue);
  if (discovered) *discovered = found;
  if (found.empty()) return catalogue;
  std::set<std::string> found_types;
  for (const auto& d : found) found_types.insert(d.entity.type);
  Catalogue out = catalogue;
  out.RemoveEntities(
      [&](const Entity& e) { return IsStandIn(e) && found_types.count(e.type) > 0; });
  for (const auto& d : found) out.AddEntity(d.entity);
  return out;
}

// The entities found in the text, in the catalogue's entities.yaml format, with why each got
// its type as comments: the candidate claims name them, so a desk that keeps the claims keeps
// these (in claims/catalogue/entities.yaml). "" when none was found.
std::string FormatDiscoveredEntities(const std::vector<extract::DiscoveredEntity>& found) {
  if (found.empty()) return "";
  std::string out =
      "# Entities `crosscheck extract` found in the articles (names the catalogue does not know),\n"
      "# typed from their context: review, then keep them in claims/catalogue/entities.yaml.\n"
      "entities:\n";
  for (const auto& d : found) {
    std::string aliases;
    for (const auto& a : d.entity.aliases) {
      aliases += fmt::format("{}\"{}\"", aliases.empty() ? "" : ", ", a);
    }
    std::string descriptions =
        d.entity.descriptions.empty()
            ? ""
            : fmt::format(", descriptions: [{}]", fmt::join(d.entity.descriptions, ", "));
    out += fmt::format("  - {{id: {}, type: {}, name: \"{}\"{}{}}}  # {} mentions; {}\n",
                       d.entity.id, d.entity.type, d.entity.name,
                       aliases.empty() ? "" : fmt::format(", aliases: [{}]", aliases), descriptions,
                       d.mentions, fmt::join(d.evidence, "; "));
  }
  return out;
}

// The attachment and claim file of one article whose figures are found.
ExtractedArticle AttachAndWrite(const Article& article,
                                const std::vector<extract::Mention>& mentions,
                                const Catalogue& catalogue, const CueLexicon& cues) {
  parse::Language lang = parse::LanguageFromCode(article.language);
  ExtractedArticle out;
  out.article = article.id;
  out.attachment = extract::Attach(article.text, lang, mentions, catalogue, cues);
  io::CandidateFile file;
  file.header = fmt::format(
      "Candidate claims proposed by `crosscheck extract` from {} ({}); review before use.\n"
      "Main subject: {}. Cue words: {}.",
      article.path, article.language,
      out.attachment.main_subject.empty() ? "none" : out.attachment.main_subject,
      cues.path.empty() ? "none" : cues.path);
  file.article = article.id;
  size_t n = 0;
  for (const auto& c : out.attachment.candidates) {
    file.claims.push_back({fmt::format("{}.x{}", article.id, ++n), c.subject, c.property,
                           c.value_text, c.when_text, Slice(article.text, c.quote),
                           Note(c, article.text), c.confidence, c.attribution});
  }
  for (const auto& u : out.attachment.unattached) {
    file.unattached.push_back({u.mention.text, std::string(extract::KindName(u.mention.kind)),
                               u.mention.begin, u.mention.end, u.reason});
  }
  out.yaml = io::FormatCandidateFile(file);
  return out;
}

// The figures of each article, found in parallel (they need no catalogue), in article order.
std::vector<std::vector<extract::Mention>> FindMentions(const std::vector<Article>& articles) {
  std::vector<std::vector<extract::Mention>> out(articles.size());
  tbb::parallel_for(size_t{0}, articles.size(), [&](size_t i) {
    out[i] = extract::Extract(articles[i].text, parse::LanguageFromCode(articles[i].language));
  });
  return out;
}

}  // namespace

ExtractedArticle ExtractArticle(const Article& article, const Catalogue& catalogue,
                                const CueLexicon& cues) {
  std::vector<extract::Mention> mentions =
      extract::Extract(article.text, parse::LanguageFromCode(article.language));
  return AttachAndWrite(article, mentions, catalogue, cues);
}

void AddExtractedClaimFiles(Corpus& corpus, Diagnostics& diags) {
  corpus.catalogue = WithDiscoveredEntities(corpus.catalogue, corpus.articles);
  std::map<std::string, io::SpaceFoldedText> folded;
  for (const auto& article : corpus.articles) {
    ExtractedArticle done = ExtractArticle(article, corpus.catalogue, corpus.cues);
    auto file = io::LoadClaimFileText(fmt::format("extracted/{}.yaml", article.id), done.yaml,
                                      corpus, folded, nullptr, diags);
    if (file) corpus.claim_files.push_back(std::move(*file));
  }
}

ExtractRun Extract(const ExtractOptions& options) {
  ExtractRun run;
  Catalogue catalogue;
  fs::path catalogue_dir = options.paths.catalogue_dir.empty()
                               ? options.paths.claims_dir / "catalogue"
                               : options.paths.catalogue_dir;
  std::string catalogue_display = options.paths.catalogue_dir.empty()
                                      ? options.paths.claims_display + "/catalogue"
                                      : options.paths.catalogue_dir.string();
  CueLexicon cues;
  const io::FileSystem& files = *options.paths.files;
  io::LoadCatalogueOverGeneral(catalogue_dir, catalogue_display, catalogue, cues, run.diagnostics,
                               files);
  if (run.diagnostics.HasErrors()) {
    run.exit_code = ExitCode::kBadInput;
    return run;
  }
  if (!options.output_dir.empty()) {
    if (Status made = files.CreateDirectories(options.output_dir); !made) {
      run.diagnostics.Error({options.output_dir, 0, 0},
                            fmt::format("cannot create folder: {}", made.error().message));
      run.exit_code = ExitCode::kBadInput;
      return run;
    }
  }
  std::vector<Article> articles;
  for (const auto& arg : options.articles) {
    ArticleLocation where = Locate(arg, options.paths);
    std::string display = (fs::path(where.corpus_display) / where.meta.filename()).string();
    std::optional<Article> article;
    if (!files.Exists(where.meta) && files.Exists(where.text) && !files.IsDirectory(where.text)) {
      // A bare text with no metadata, read as `check` reads it.
      article = io::LoadBareArticle(
          where.text, (fs::path(where.corpus_display) / where.text.filename()).string(),
          run.diagnostics, files);
    } else {
      auto yaml = io::ReadTextFile(where.meta, display, true, run.diagnostics, files);
      if (!yaml) continue;
      article = io::LoadArticleMeta(display, *yaml, where.corpus_dir, where.corpus_display,
                                    run.diagnostics, files);
    }
    if (!article) continue;
    articles.push_back(std::move(*article));
  }
  // Entities are found across all the articles given, so one name is one id in every file.
  std::vector<extract::DiscoveredEntity> found;
  // Figures need no catalogue: on a second core they are found while the entities are.
  std::vector<std::vector<extract::Mention>> mentions;
  tbb::parallel_invoke([&] { catalogue = WithDiscoveredEntities(catalogue, articles, &found); },
                       [&] { mentions = FindMentions(articles); });
  std::string entities_yaml = FormatDiscoveredEntities(found);
  if (options.output_dir.empty()) {
    run.output += entities_yaml;
  } else if (!found.empty()) {
    // The claims name these entities: they go where the claims folder's catalogue is read from,
    // so the folder validates as it is. A catalogue file already there is the desk's: kept.
    fs::path dir = fs::path(options.output_dir) / "catalogue";
    fs::path out = dir / "entities.yaml";
    Status made = Status::Ok();
    if (files.Exists(out)) {
      run.diagnostics.Warning(
          {out.string(), 0, 0},
          fmt::format("{} entities found in the text are not written here (the file exists); the "
                      "candidates that name them need them: run extract without --output to see "
                      "them",
                      found.size()));
    } else if (made = files.CreateDirectories(dir); !made) {
      run.diagnostics.Error({dir.string(), 0, 0},
                            fmt::format("cannot create folder: {}", made.error().message));
    } else if (Status written = files.WriteAtomically(out, entities_yaml); !written) {
      run.diagnostics.Error({out.string(), 0, 0}, written.error().message);
    }
  }
  // Each article is attached and written on its own (in parallel), then the files are put
  // out in the order the articles were given.
  std::vector<ExtractedArticle> extracted(articles.size());
  tbb::parallel_for(size_t{0}, articles.size(), [&](size_t i) {
    extracted[i] = AttachAndWrite(articles[i], mentions[i], catalogue, cues);
  });
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& article = articles[i];
    ExtractedArticle& done = extracted[i];
    if (options.output_dir.empty()) {
      if (!run.output.empty()) run.output += "---\n";
      run.output += done.yaml;  // appended as it is: a temporary copy cost as much again
    } else {
      fs::path out = fs::path(options.output_dir) / (article.id + ".yaml");
      if (Status written = files.WriteAtomically(out, done.yaml); !written) {
        run.diagnostics.Error({out.string(), 0, 0}, written.error().message);
      }
    }
    run.articles.push_back(std::move(done));
  }
  if (run.diagnostics.HasErrors()) run.exit_code = ExitCode::kBadInput;
  return run;
}

}  // namespace crosscheck::app
