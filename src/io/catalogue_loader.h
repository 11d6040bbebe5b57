#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "common/diagnostic.h"
#include "io/file_system.h"
#include "model/catalogue.h"

namespace crosscheck::io {

// The four catalogue files, as named in claims/catalogue/.
enum class CatalogueFile { kEntities, kProperties, kTaxonomies, kUnits };

// Adds one catalogue document to `catalogue` (tests pass text, the loader passes files).
void LoadCatalogueText(CatalogueFile kind, const std::string& path, std::string_view text,
                       Catalogue& catalogue, Diagnostics& diags);

// Loads entities.yaml, properties.yaml, taxonomies.yaml and units.yaml from `dir`, then checks
// the references between them (a property's taxonomy, a node's parents, an entity's owner).
// `display_dir` is how `dir` is named in messages.
void LoadCatalogue(const std::filesystem::path& dir, const std::string& display_dir,
                   Catalogue& catalogue, Diagnostics& diags,
                   const FileSystem& files = RealFileSystem());

// The cross-references check alone (LoadCatalogue runs it).
void CheckCatalogue(const Catalogue& catalogue, Diagnostics& diags);

}  // namespace crosscheck::io
