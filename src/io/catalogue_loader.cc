#include "io/catalogue_loader.h"

#include <fmt/format.h>

#include <algorithm>

#include "io/text_file.h"
#include "io/yaml_document.h"

namespace crosscheck::io {
namespace {

std::optional<ValueKind> KindFromName(const std::string& s) {
  if (s == "quantity") return ValueKind::kQuantity;
  if (s == "date") return ValueKind::kDate;
  if (s == "age") return ValueKind::kAge;
  if (s == "duration") return ValueKind::kDuration;
  if (s == "category") return ValueKind::kCategory;
  if (s == "entity") return ValueKind::kEntity;
  return std::nullopt;
}

std::optional<Dimension> DimensionFromName(const std::string& s) {
  if (s == "money") return Dimension::kMoney;
  if (s == "count") return Dimension::kCount;
  if (s == "percent") return Dimension::kPercent;
  if (s == "ratio") return Dimension::kRatio;
  return std::nullopt;
}

// "P" and digits: "P571".
bool IsWikidataPropertyId(const std::string& s) {
  return s.size() >= 2 && s[0] == 'P' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Runs `each` on every item of the top-level sequence `key`.
template <typename F>
void ForEachItem(const YamlDocument& doc, const char* key, Diagnostics& diags, F each) {
  YamlNode root = doc.root();
  if (!root.IsMap()) {
    diags.Error(doc.FilePos(), fmt::format("expected a mapping with a '{}' list", key));
    return;
  }
  YamlNode list = root[key];
  if (!list || !list.IsSequence()) {
    diags.Error(doc.Pos(root), fmt::format("missing '{}' list", key));
    return;
  }
  for (const auto& item : list) {
    if (!item.IsMap()) {
      diags.Error(doc.Pos(item), "each item must be a mapping");
      continue;
    }
    each(item);
  }
}

void LoadEntities(const YamlDocument& doc, Catalogue& cat, Diagnostics& diags) {
  doc.CheckKeys(doc.root(), {"entities"}, diags);
  ForEachItem(doc, "entities", diags, [&](YamlNode item) {
    doc.CheckKeys(item, {"id", "type", "name", "aliases", "descriptions", "part_of"}, diags);
    Entity e;
    auto id = doc.Scalar(item, "id", true, diags);
    if (!id) return;
    e.id = *id;
    e.type = doc.Scalar(item, "type", true, diags).value_or("");
    e.name = doc.Scalar(item, "name", false, diags).value_or(e.id);
    e.aliases = doc.StringList(item, "aliases", false, diags).value_or(std::vector<std::string>{});
    e.descriptions =
        doc.StringList(item, "descriptions", false, diags).value_or(std::vector<std::string>{});
    e.part_of = doc.Scalar(item, "part_of", false, diags).value_or("");
    e.pos = doc.Pos(item);
    if (!cat.AddEntity(e)) diags.Error(e.pos, fmt::format("duplicate entity id '{}'", e.id));
  });
}

void LoadProperties(const YamlDocument& doc, Catalogue& cat, Diagnostics& diags) {
  doc.CheckKeys(doc.root(), {"properties", "relations"}, diags);
  ForEachItem(doc, "properties", diags, [&](YamlNode item) {
    doc.CheckKeys(item,
                  {"id", "kind", "dimension", "taxonomy", "single_valued", "time_indexed",
                   "additive", "description", "wikidata"},
                  diags);
    Property p;
    auto id = doc.Scalar(item, "id", true, diags);
    auto kind = doc.Scalar(item, "kind", true, diags);
    if (!id || !kind) return;
    p.id = *id;
    p.pos = doc.Pos(item);
    auto k = KindFromName(*kind);
    if (!k) {
      diags.Error(doc.Pos(item["kind"]),
                  fmt::format("unknown property kind '{}' (quantity, date, age, duration, "
                              "category, entity)",
                              *kind));
      return;
    }
    p.kind = *k;
    if (p.kind == ValueKind::kQuantity) {
      auto dim = doc.Scalar(item, "dimension", true, diags);
      if (!dim) return;
      auto d = DimensionFromName(*dim);
      if (!d) {
        diags.Error(doc.Pos(item["dimension"]),
                    fmt::format("unknown dimension '{}' (money, count, percent, ratio)", *dim));
        return;
      }
      p.dimension = *d;
    }
    if (p.kind == ValueKind::kCategory) {
      p.taxonomy = doc.Scalar(item, "taxonomy", true, diags).value_or("");
    }
    p.single_valued = doc.Bool(item, "single_valued", diags).value_or(true);
    p.time_indexed = doc.Bool(item, "time_indexed", diags).value_or(false);
    p.additive = doc.Bool(item, "additive", diags).value_or(false);
    p.description = doc.Scalar(item, "description", false, diags).value_or("");
    p.wikidata = doc.Scalar(item, "wikidata", false, diags).value_or("");
    if (!p.wikidata.empty() && !IsWikidataPropertyId(p.wikidata)) {
      diags.Error(
          doc.Pos(item["wikidata"]),
          fmt::format("wikidata '{}' is not a Wikidata property id (P and digits, \"P571\")",
                      p.wikidata));
    }
    if (!cat.AddProperty(p)) diags.Error(p.pos, fmt::format("duplicate property id '{}'", p.id));
  });
  if (doc.root().IsMap() && doc.root()["relations"]) {
    ForEachItem(doc, "relations", diags, [&](YamlNode item) {
      doc.CheckKeys(item, {"kind", "left", "right", "via"}, diags);
      PropertyRelation r;
      r.kind = doc.Scalar(item, "kind", true, diags).value_or("");
      r.left = doc.Scalar(item, "left", true, diags).value_or("");
      r.right = doc.Scalar(item, "right", true, diags).value_or("");
      r.via = doc.Scalar(item, "via", false, diags).value_or("");
      r.pos = doc.Pos(item);
      if (r.kind != "before" && r.kind != "not_before" && r.kind != "at_most") {
        diags.Error(
            r.pos, fmt::format("unknown relation kind '{}' (before, not_before, at_most)", r.kind));
        return;
      }
      cat.AddRelation(std::move(r));
    });
  }
}

void LoadTaxonomies(const YamlDocument& doc, Catalogue& cat, Diagnostics& diags) {
  doc.CheckKeys(doc.root(), {"taxonomies"}, diags);
  ForEachItem(doc, "taxonomies", diags, [&](YamlNode item) {
    doc.CheckKeys(item, {"id", "nodes"}, diags);
    auto id = doc.Scalar(item, "id", true, diags);
    if (!id) return;
    Taxonomy t;
    t.id = *id;
    t.pos = doc.Pos(item);
    YamlNode nodes = item["nodes"];
    if (!nodes || !nodes.IsSequence()) {
      diags.Error(t.pos, fmt::format("taxonomy '{}' needs a 'nodes' list", t.id));
      return;
    }
    for (const auto& n : nodes) {
      if (!n.IsMap()) {
        diags.Error(doc.Pos(n), "each node must be a mapping");
        continue;
      }
      doc.CheckKeys(n, {"id", "parents", "aliases", "exclusive", "entity"}, diags);
      TaxonomyNode node;
      auto nid = doc.Scalar(n, "id", true, diags);
      if (!nid) continue;
      node.id = *nid;
      node.pos = doc.Pos(n);
      if (t.Find(node.id)) {
        diags.Error(node.pos, fmt::format("duplicate node '{}' in taxonomy '{}'", node.id, t.id));
        continue;
      }
      node.parents =
          doc.StringList(n, "parents", false, diags).value_or(std::vector<std::string>{});
      node.aliases =
          doc.StringList(n, "aliases", false, diags).value_or(std::vector<std::string>{});
      node.exclusive = doc.Bool(n, "exclusive", diags).value_or(true);
      node.entity = doc.Scalar(n, "entity", false, diags).value_or("");
      t.Add(std::move(node));
    }
    if (!cat.AddTaxonomy(std::move(t))) {
      diags.Error(doc.Pos(item), fmt::format("duplicate taxonomy id '{}'", *id));
    }
  });
}

void LoadUnits(const YamlDocument& doc, Catalogue& cat, Diagnostics& diags) {
  doc.CheckKeys(doc.root(), {"units"}, diags);
  ForEachItem(doc, "units", diags, [&](YamlNode item) {
    doc.CheckKeys(item, {"id", "dimension", "words"}, diags);
    auto id = doc.Scalar(item, "id", true, diags);
    auto dim = doc.Scalar(item, "dimension", true, diags);
    if (!id || !dim) return;
    auto d = DimensionFromName(*dim);
    if (!d) {
      diags.Error(doc.Pos(item["dimension"]),
                  fmt::format("unknown dimension '{}' (money, count, percent, ratio)", *dim));
      return;
    }
    Unit u{*id, *d,
           doc.StringList(item, "words", false, diags).value_or(std::vector<std::string>{}),
           doc.Pos(item)};
    if (!cat.AddUnit(u)) diags.Error(u.pos, fmt::format("duplicate unit id '{}'", u.id));
  });
}

constexpr const char* FileName(CatalogueFile kind) {
  switch (kind) {
    case CatalogueFile::kEntities:
      return "entities.yaml";
    case CatalogueFile::kProperties:
      return "properties.yaml";
    case CatalogueFile::kTaxonomies:
      return "taxonomies.yaml";
    case CatalogueFile::kUnits:
      return "units.yaml";
  }
  return "";
}

}  // namespace

void LoadCatalogueText(CatalogueFile kind, const std::string& path, std::string_view text,
                       Catalogue& catalogue, Diagnostics& diags) {
  auto doc = YamlDocument::Parse(path, text, diags);
  if (!doc) return;
  switch (kind) {
    case CatalogueFile::kEntities:
      LoadEntities(*doc, catalogue, diags);
      break;
    case CatalogueFile::kProperties:
      LoadProperties(*doc, catalogue, diags);
      break;
    case CatalogueFile::kTaxonomies:
      LoadTaxonomies(*doc, catalogue, diags);
      break;
    case CatalogueFile::kUnits:
      LoadUnits(*doc, catalogue, diags);
      break;
  }
}

void LoadCatalogue(const std::filesystem::path& dir, const std::string& display_dir,
                   Catalogue& catalogue, Diagnostics& diags) {
  for (auto kind : {CatalogueFile::kUnits, CatalogueFile::kTaxonomies, CatalogueFile::kEntities,
                    CatalogueFile::kProperties}) {
    std::string display = display_dir + "/" + FileName(kind);
    auto text = ReadTextFile(dir / FileName(kind), display, true, diags);
    if (text) LoadCatalogueText(kind, display, *text, catalogue, diags);
  }
  CheckCatalogue(catalogue, diags);
}

void CheckCatalogue(const Catalogue& cat, Diagnostics& diags) {
  for (const auto& e : cat.entities()) {
    if (!e.part_of.empty() && !cat.FindEntity(e.part_of)) {
      diags.Error(e.pos,
                  fmt::format("entity '{}' is part_of unknown entity '{}'", e.id, e.part_of));
    }
  }
  for (const auto& p : cat.properties()) {
    if (p.kind == ValueKind::kCategory && !p.taxonomy.empty() && !cat.FindTaxonomy(p.taxonomy)) {
      diags.Error(p.pos,
                  fmt::format("property '{}' names unknown taxonomy '{}'", p.id, p.taxonomy));
    }
  }
  for (const auto& r : cat.relations()) {
    for (const auto& side : {r.left, r.right}) {
      if (!cat.FindProperty(side)) {
        diags.Error(r.pos, fmt::format("relation names unknown property '{}'", side));
      }
    }
    if (!r.via.empty() && r.via != "part_of" && !cat.FindProperty(r.via)) {
      diags.Error(r.pos, fmt::format("relation goes via unknown property '{}'", r.via));
    }
  }
  for (const auto& t : cat.taxonomies()) {
    for (const auto& n : t.nodes()) {
      for (const auto& parent : n.parents) {
        if (!t.Find(parent)) {
          diags.Error(n.pos, fmt::format("node '{}' of taxonomy '{}' has unknown parent '{}'", n.id,
                                         t.id, parent));
        }
      }
      if (!n.entity.empty() && !cat.FindEntity(n.entity)) {
        diags.Error(n.pos, fmt::format("node '{}' names unknown entity '{}'", n.id, n.entity));
      }
    }
  }
}

}  // namespace crosscheck::io
