#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "common/diagnostic.h"
#include "io/file_system.h"
#include "model/catalogue.h"
#include "model/cue_lexicon.h"

namespace crosscheck::io {

// Reads a cue lexicon (claims/catalogue/cues.yaml) against the catalogue's properties and
// entity types, reporting every bad entry with its position; good entries are kept.
CueLexicon LoadCueLexiconText(const std::string& display_path, std::string_view text,
                              const Catalogue& catalogue, Diagnostics& diags);

// The same from a file.
CueLexicon LoadCueLexicon(const std::filesystem::path& path, const std::string& display_path,
                          const Catalogue& catalogue, Diagnostics& diags,
                          const FileSystem& files = RealFileSystem());

}  // namespace crosscheck::io
