#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"
#include "io/file_system.h"
#include "model/article.h"

namespace crosscheck::io {

// Reads one article's metadata (`<id>.meta.yaml`) and, through `files`, its text. The text
// file must lie inside `corpus_dir`, also after following `..` and symbolic links.
std::optional<Article> LoadArticleMeta(const std::string& display_path, std::string_view yaml,
                                       const std::filesystem::path& corpus_dir,
                                       const std::string& display_dir, Diagnostics& diags,
                                       const FileSystem& files = RealFileSystem());

// An article given as a bare text file with no metadata: the id is the file's stem, and the
// language and publication day are read from its first lines (a note says what was assumed).
std::optional<Article> LoadBareArticle(const std::filesystem::path& text_path,
                                       const std::string& display_path, Diagnostics& diags,
                                       const FileSystem& files = RealFileSystem());

// Every `*.meta.yaml` in `corpus_dir`, sorted by file name, with its text.
std::vector<Article> LoadArticles(const std::filesystem::path& corpus_dir,
                                  const std::string& display_dir, Diagnostics& diags,
                                  const FileSystem& files = RealFileSystem());

}  // namespace crosscheck::io
