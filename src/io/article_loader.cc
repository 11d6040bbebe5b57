#include "io/article_loader.h"

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "io/text_file.h"
#include "io/yaml_document.h"
#include "parse/article_header.h"
#include "parse/date_parser.h"

namespace crosscheck::io {
namespace {

// First or last day a date string names ("2025-01-28", "2025-01").
std::optional<DayNumber> DayBound(const YamlDocument& doc, YamlNode node, bool last,
                                  Diagnostics& diags) {
  if (!node.IsScalar()) {
    diags.Error(doc.Pos(node), "a publication date must be a date such as 2025-01-28");
    return std::nullopt;
  }
  auto v = parse::ParseDate(node.Scalar(), parse::Language::kEnglish);
  if (!v.ok()) {
    diags.Error(doc.Pos(node), v.error().message);
    return std::nullopt;
  }
  const auto* cal = std::get_if<CalendarDate>(&v->from);
  if (!cal || !cal->year || v->to || v->bound != DateBound::kAt) {
    diags.Error(doc.Pos(node),
                fmt::format("a publication date must be a calendar date with a year, not '{}'",
                            node.Scalar()));
    return std::nullopt;
  }
  auto days = DaysOf(*cal, *cal->year);
  if (!days) return std::nullopt;
  return last ? days->to - 1 : days->from;
}

PublicationDate ReadPublished(const YamlDocument& doc, YamlNode node, Diagnostics& diags) {
  PublicationDate p;
  if (!node || node.IsNull() || (node.IsScalar() && node.Scalar() == "unknown")) return p;
  if (node.IsScalar()) {
    p.from = DayBound(doc, node, false, diags);
    p.to = DayBound(doc, node, true, diags);
    return p;
  }
  if (!node.IsMap()) {
    diags.Error(doc.Pos(node), "'published' must be a date, {from, to} or unknown");
    return p;
  }
  doc.CheckKeys(node, {"from", "to"}, diags);
  if (node["from"]) p.from = DayBound(doc, node["from"], false, diags);
  if (node["to"]) p.to = DayBound(doc, node["to"], true, diags);
  if (p.from && p.to && *p.from > *p.to) {
    diags.Error(doc.Pos(node), "'published' interval ends before it starts");
  }
  return p;
}

// `base` is already canonical: a corpus folder is resolved once, not once per article.
bool IsInside(const std::filesystem::path& base, const std::filesystem::path& file) {
  std::error_code ec;
  auto target = std::filesystem::weakly_canonical(file, ec);
  if (ec) return false;
  auto mismatch = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  return mismatch.first == base.end();
}

std::filesystem::path Canonical(const std::filesystem::path& dir) {
  std::error_code ec;
  auto base = std::filesystem::weakly_canonical(dir, ec);
  return ec ? std::filesystem::path() : base;
}

std::optional<Article> LoadMeta(const std::string& display_path, std::string_view yaml,
                                const std::filesystem::path& corpus_dir,
                                const std::filesystem::path& canonical_dir,
                                const std::string& display_dir, Diagnostics& diags,
                                const FileSystem& files, std::string* file_named = nullptr);

}  // namespace

std::optional<Article> LoadArticleMeta(const std::string& display_path, std::string_view yaml,
                                       const std::filesystem::path& corpus_dir,
                                       const std::string& display_dir, Diagnostics& diags,
                                       const FileSystem& files) {
  return LoadMeta(display_path, yaml, corpus_dir, Canonical(corpus_dir), display_dir, diags, files);
}

namespace {

std::optional<Article> LoadMeta(const std::string& display_path, std::string_view yaml,
                                const std::filesystem::path& corpus_dir,
                                const std::filesystem::path& canonical_dir,
                                const std::string& display_dir, Diagnostics& diags,
                                const FileSystem& files, std::string* file_named) {
  auto doc = YamlDocument::Parse(display_path, yaml, diags);
  if (!doc) return std::nullopt;
  YamlNode root = doc->root();
  if (!root.IsMap()) {
    diags.Error(doc->FilePos(), "article metadata must be a mapping");
    return std::nullopt;
  }
  doc->CheckKeys(root,
                 {"id", "file", "seed_file", "outlet", "authors", "language", "title", "url",
                  "published", "reliability", "note"},
                 diags);
  Article a;
  a.pos = doc->Pos(root);
  auto id = doc->Scalar(root, "id", true, diags);
  auto file = doc->Scalar(root, "file", true, diags);
  auto lang = doc->Scalar(root, "language", true, diags);
  if (!id || !file || !lang) return std::nullopt;
  a.id = *id;
  a.path = *file;
  if (file_named) *file_named = *file;
  a.language = *lang;
  if (a.language != "fr" && a.language != "en") {
    diags.Error(doc->Pos(root["language"]),
                fmt::format("unsupported language '{}' (fr or en)", a.language));
  }
  a.seed_file = doc->Scalar(root, "seed_file", false, diags).value_or("");
  a.outlet = doc->Scalar(root, "outlet", false, diags).value_or("");
  a.title = doc->Scalar(root, "title", false, diags).value_or("");
  a.url = doc->Scalar(root, "url", false, diags).value_or("");
  // Reports link the article and ClaimReview exports cite it: only a web address will do.
  if (!a.url.empty() && !a.url.starts_with("https://") && !a.url.starts_with("http://")) {
    diags.Error(
        doc->Pos(root["url"]),
        fmt::format("'url' must be a web address starting with https:// or http://, not '{}'",
                    a.url));
    a.url.clear();
  }
  a.authors = doc->StringList(root, "authors", false, diags).value_or(std::vector<std::string>{});
  a.published = ReadPublished(*doc, root["published"], diags);
  if (auto r = doc->Scalar(root, "reliability", false, diags)) {
    if (r->size() > 2 || r->empty() || !std::all_of(r->begin(), r->end(), ::isdigit) ||
        std::stoi(*r) < 1) {
      diags.Error(doc->Pos(root["reliability"]),
                  fmt::format("'reliability' must be a whole number from 1 to 99, not '{}'", *r));
    } else {
      a.reliability = std::stoi(*r);
    }
  }

  std::filesystem::path text_path = corpus_dir / a.path;
  if (std::filesystem::path(a.path).is_absolute() || canonical_dir.empty() ||
      !IsInside(canonical_dir, text_path)) {
    diags.Error(doc->Pos(root["file"]),
                fmt::format("article file '{}' is outside the corpus folder", a.path));
    return std::nullopt;
  }
  auto text = ReadTextFile(text_path, display_dir + "/" + a.path, false, diags, files);
  if (!text) return std::nullopt;
  a.text = std::move(*text);
  return a;
}

// An article given as a bare text file, without metadata: the id is the file's stem, and the
// language and publication day are read from the text's first lines (parse/article_header.h).
// A note says what was assumed, so a desk can write a .meta.yaml when the guess is wrong.
Article LoadBare(const std::filesystem::path& path, const std::string& display, std::string text,
                 Diagnostics& diags) {
  Article a;
  a.id = path.stem().string();
  a.path = path.filename().string();
  a.pos = {display, 1, 1};
  auto header = parse::ReadArticleHeader(text);
  a.language = header.language == parse::Language::kEnglish ? "en" : "fr";
  a.title = header.title;
  std::string published = "unknown (no publication line in the first lines)";
  if (header.published) {
    a.published.from = header.published;
    a.published.to = header.published;
    published = fmt::format("{} (line {})", FormatDay(*header.published), header.published_line);
  }
  diags.Add({Severity::kNote,
             a.pos,
             fmt::format("no {}.meta.yaml: read as language '{}' ({} French and {} English "
                         "function words), published {}",
                         a.id, a.language, header.french_words, header.english_words, published),
             {}});
  a.text = std::move(text);
  return a;
}

}  // namespace

std::optional<Article> LoadBareArticle(const std::filesystem::path& text_path,
                                       const std::string& display_path, Diagnostics& diags,
                                       const FileSystem& files) {
  auto text = ReadTextFile(text_path, display_path, false, diags, files);
  if (!text) return std::nullopt;
  return LoadBare(text_path, display_path, std::move(*text), diags);
}

std::vector<Article> LoadArticles(const std::filesystem::path& corpus_dir,
                                  const std::string& display_dir, Diagnostics& diags,
                                  const FileSystem& files) {
  std::vector<Article> articles;
  if (!files.IsDirectory(corpus_dir)) {
    diags.Error({display_dir, 0, 0}, "corpus folder not found");
    return articles;
  }
  auto entries = files.List(corpus_dir);  // sorted
  if (!entries) {
    diags.Error({display_dir, 0, 0},
                fmt::format("cannot list corpus folder: {}", entries.error().message));
    return articles;
  }
  std::vector<std::filesystem::path> metas;
  std::vector<std::filesystem::path> texts;
  for (const auto& entry : *entries) {
    std::string name = entry.filename().string();
    if (name.size() > 10 && name.ends_with(".meta.yaml")) metas.push_back(entry);
    if (name.size() > 4 && name.ends_with(".txt") && !files.IsDirectory(entry)) {
      texts.push_back(entry);
    }
  }
  // Read in parallel, each file with its own diagnostics; merged in name order.
  struct Loaded {
    std::optional<Article> article;
    Diagnostics diags;
    std::string file;  // the text file the metadata names, even when it failed to load
  };
  std::vector<Loaded> loaded(metas.size());
  std::filesystem::path canonical_dir = Canonical(corpus_dir);
  tbb::parallel_for(size_t{0}, metas.size(), [&](size_t i) {
    std::string display = display_dir + "/" + metas[i].filename().string();
    auto yaml = ReadTextFile(metas[i], display, true, loaded[i].diags, files);
    if (yaml) {
      loaded[i].article = LoadMeta(display, *yaml, corpus_dir, canonical_dir, display_dir,
                                   loaded[i].diags, files, &loaded[i].file);
    }
  });
  std::unordered_map<std::string, size_t> index;  // id -> position in `articles`
  articles.reserve(metas.size());
  for (auto& l : loaded) {
    diags.Append(l.diags);
    if (!l.article) continue;
    auto [dup, inserted] = index.emplace(l.article->id, articles.size());
    if (!inserted) {
      diags.Error(l.article->pos, fmt::format("duplicate article id '{}' (also in {})",
                                              l.article->id, articles[dup->second].pos.file));
      continue;
    }
    articles.push_back(std::move(*l.article));
  }
  // Text files that no metadata describes, and that have no metadata file of their own (one
  // whose metadata failed to load is reported there, not read a second time).
  std::unordered_set<std::string> described;
  for (const auto& l : loaded) described.insert(l.file);
  for (const auto& m : metas) described.insert(m.filename().string());
  for (const auto& t : texts) {
    std::string name = t.filename().string();
    std::string stem = t.stem().string();
    if (described.count(name) || described.count(stem + ".meta.yaml")) continue;
    std::string display = display_dir;
    display += "/";
    display += name;
    if (canonical_dir.empty() || !IsInside(canonical_dir, t)) {
      diags.Error({display, 0, 0},
                  fmt::format("article file '{}' is outside the corpus folder", name));
      continue;
    }
    auto text = ReadTextFile(t, display, false, diags, files);
    if (!text) continue;
    Article a = LoadBare(t, display, std::move(*text), diags);
    auto [dup, inserted] = index.emplace(a.id, articles.size());
    if (!inserted) {
      diags.Error(a.pos, fmt::format("duplicate article id '{}' (also in {})", a.id,
                                     articles[dup->second].pos.file));
      continue;
    }
    articles.push_back(std::move(a));
  }
  return articles;
}

}  // namespace crosscheck::io
