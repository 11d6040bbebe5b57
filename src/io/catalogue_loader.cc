#include "io/catalogue_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>

#include "common/rational.h"
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

// The relation kinds catalogue files name, read once here: the encoder switches on the enum.
std::optional<RelationKind> RelationKindNamed(const std::string& s) {
  if (s == "before") return RelationKind::kBefore;
  if (s == "not_before") return RelationKind::kNotBefore;
  if (s == "at_most") return RelationKind::kAtMost;
  return std::nullopt;
}

// A unit's factor to its dimension's base unit, exact: "1000", "0.001", "1/3600", "1e12",
// "5/18". nullopt unless a positive rational.
std::optional<Rational> ParseFactor(std::string_view text) {
  auto decimal = [](std::string_view s) -> std::optional<Rational> {
    size_t e = s.find_first_of("eE");
    auto mantissa = ParseDecimal(s.substr(0, e));
    if (!mantissa || e == std::string_view::npos) return mantissa;
    std::string_view exp = s.substr(e + 1);
    bool negative = !exp.empty() && exp[0] == '-';
    if (negative) exp.remove_prefix(1);
    if (exp.empty() || exp.size() > 3 ||
        !std::all_of(exp.begin(), exp.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    int n = std::stoi(std::string(exp));
    return *mantissa * PowerOfTen(negative ? -n : n);
  };
  std::optional<Rational> value;
  if (size_t slash = text.find('/'); slash != std::string_view::npos) {
    auto num = decimal(text.substr(0, slash)), den = decimal(text.substr(slash + 1));
    if (!num || !den || *den == 0) return std::nullopt;
    value = *num / *den;
  } else {
    value = decimal(text);
  }
  if (!value || *value <= 0) return std::nullopt;
  value->canonicalize();
  return value;
}

// The names a dimension may be given, for messages: the built-ins, then the declared ones.
std::string KnownDimensions(const Catalogue& cat) {
  std::string names = "money, count, percent, ratio";
  for (const auto& d : cat.dimensions()) names += ", " + d.id;
  return names;
}

// "P" and digits: "P571".
bool IsWikidataPropertyId(const std::string& s) {
  return s.size() >= 2 && s[0] == 'P' &&
         std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Q" and digits: "Q1234".
bool IsWikidataItemId(const std::string& s) {
  return s.size() >= 2 && s[0] == 'Q' &&
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
    doc.CheckKeys(item, {"id", "type", "name", "aliases", "descriptions", "part_of", "wikidata"},
                  diags);
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
    e.wikidata = doc.Scalar(item, "wikidata", false, diags).value_or("");
    if (!e.wikidata.empty() && !IsWikidataItemId(e.wikidata)) {
      diags.Error(doc.Pos(item["wikidata"]),
                  fmt::format("wikidata '{}' is not a Wikidata item id (Q and digits, \"Q1234\")",
                              e.wikidata));
      e.wikidata.clear();
    }
    e.pos = doc.Pos(item);
    e.part_of_pos = item["part_of"] ? doc.Pos(item["part_of"]) : e.pos;
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
      auto d = Dimension::FromName(*dim);
      p.dimension_pos = doc.Pos(item["dimension"]);
      if (!d) {
        diags.Error(p.dimension_pos,
                    fmt::format("malformed dimension '{}' (a dimension's id, optionally followed "
                                "by 'per day', 'per week', 'per month' or 'per year')",
                                *dim));
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
      std::string kind = doc.Scalar(item, "kind", true, diags).value_or("");
      r.left = doc.Scalar(item, "left", true, diags).value_or("");
      r.right = doc.Scalar(item, "right", true, diags).value_or("");
      std::string via = doc.Scalar(item, "via", false, diags).value_or("");
      r.via = via.empty()        ? RelationVia::kSameSubject
              : via == "part_of" ? RelationVia::kPartOf
                                 : RelationVia::kCategory;
      if (r.via == RelationVia::kCategory) r.via_property = via;
      r.pos = doc.Pos(item);
      auto known = RelationKindNamed(kind);
      if (!known) {
        diags.Error(r.pos,
                    fmt::format("unknown relation kind '{}' (before, not_before, at_most)", kind));
        return;
      }
      r.kind = *known;
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

void LoadDimensions(const YamlDocument& doc, Catalogue& cat, Diagnostics& diags) {
  ForEachItem(doc, "dimensions", diags, [&](YamlNode item) {
    doc.CheckKeys(item, {"id", "base", "description"}, diags);
    auto id = doc.Scalar(item, "id", true, diags);
    auto base = doc.Scalar(item, "base", true, diags);
    if (!id || !base) return;
    DimensionDecl d{*id, *base, doc.Scalar(item, "description", false, diags).value_or(""),
                    doc.Pos(item)};
    auto parsed = Dimension::FromName(d.id);
    if (!parsed || parsed->IsRate()) {
      diags.Error(
          doc.Pos(item["id"]),
          fmt::format("malformed dimension id '{}' (lower-case letters, digits, '_')", d.id));
      return;
    }
    if (parsed->kind() != Dimension::kDeclared) {
      diags.Error(doc.Pos(item["id"]), fmt::format("dimension '{}' is built in", d.id));
      return;
    }
    if (!cat.AddDimension(d)) diags.Error(d.pos, fmt::format("duplicate dimension id '{}'", d.id));
  });
}

void LoadUnits(const YamlDocument& doc, Catalogue& cat, Diagnostics& diags) {
  doc.CheckKeys(doc.root(), {"dimensions", "units"}, diags);
  if (doc.root().IsMap() && doc.root()["dimensions"]) LoadDimensions(doc, cat, diags);
  ForEachItem(doc, "units", diags, [&](YamlNode item) {
    doc.CheckKeys(item, {"id", "dimension", "factor", "words"}, diags);
    auto id = doc.Scalar(item, "id", true, diags);
    auto dim = doc.Scalar(item, "dimension", true, diags);
    if (!id || !dim) return;
    Unit u;
    u.id = *id;
    u.pos = doc.Pos(item);
    u.dimension_pos = doc.Pos(item["dimension"]);
    auto d = Dimension::FromName(*dim);
    if (!d) {
      diags.Error(u.dimension_pos,
                  fmt::format("malformed dimension '{}' (a dimension's id)", *dim));
      return;
    }
    if (d->IsRate()) {
      diags.Error(u.dimension_pos,
                  fmt::format("a unit is not a rate: give '{}' the dimension '{}', and the value "
                              "its period ('par an', 'a year')",
                              u.id, d->BaseName()));
      return;
    }
    u.dimension = *d;
    if (auto factor = doc.Scalar(item, "factor", false, diags)) {
      auto value = ParseFactor(*factor);
      if (!value) {
        diags.Error(doc.Pos(item["factor"]),
                    fmt::format("factor '{}' of unit '{}' is not a positive rational (\"1000\", "
                                "\"0.001\", \"1/3600\", \"1e12\")",
                                *factor, u.id));
        return;
      }
      if (u.dimension == Dimension::kMoney) {
        diags.Error(doc.Pos(item["factor"]),
                    fmt::format("currency '{}' has no factor: amounts convert through the "
                                "exchange rates of claims/reference.yaml",
                                u.id));
        return;
      }
      if (u.dimension.kind() != Dimension::kDeclared && *value != 1) {
        diags.Error(doc.Pos(item["factor"]),
                    fmt::format("unit '{}' of the built-in dimension '{}' has no factor (only "
                                "units of a declared dimension convert)",
                                u.id, u.dimension.Name()));
        return;
      }
      u.factor = *value;
    }
    u.words = doc.StringList(item, "words", false, diags).value_or(std::vector<std::string>{});
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

void CheckDimensions(const Catalogue& cat, Diagnostics& diags);

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
                   Catalogue& catalogue, Diagnostics& diags, const FileSystem& files) {
  for (auto kind : {CatalogueFile::kUnits, CatalogueFile::kTaxonomies, CatalogueFile::kEntities,
                    CatalogueFile::kProperties}) {
    std::string display = display_dir + "/" + FileName(kind);
    auto text = ReadTextFile(dir / FileName(kind), display, true, diags, files);
    if (text) LoadCatalogueText(kind, display, *text, catalogue, diags);
  }
  CheckCatalogue(catalogue, diags);
}

namespace {

// Every dimension a unit or property names exists, and every declared dimension has its base
// unit: a unit of that dimension worth exactly 1 of itself. Run once the files a catalogue is
// merged from are all read (a corpus unit may name a dimension of the general catalogue).
void CheckDimensions(const Catalogue& cat, Diagnostics& diags) {
  for (const auto& d : cat.dimensions()) {
    const Unit* base = cat.FindUnit(d.base_unit);
    if (!base || base->dimension != Dimension::Declared(d.id)) {
      diags.Error(d.pos, fmt::format("dimension '{}' has no base unit '{}' (a unit of dimension "
                                     "'{}' with factor 1)",
                                     d.id, d.base_unit, d.id));
    } else if (base->factor != 1) {
      diags.Error(d.pos, fmt::format("base unit '{}' of dimension '{}' has factor {}, not 1",
                                     d.base_unit, d.id, ToDecimalString(base->factor)));
    }
  }
  for (const auto& u : cat.units()) {
    if (!cat.Knows(u.dimension)) {
      diags.Error(u.dimension_pos, fmt::format("unit '{}' names unknown dimension '{}' ({})", u.id,
                                               u.dimension.Name(), KnownDimensions(cat)));
    }
  }
  for (const auto& p : cat.properties()) {
    if (p.kind != ValueKind::kQuantity) continue;
    if (!cat.Knows(p.dimension)) {
      diags.Error(p.dimension_pos, fmt::format("property '{}' names unknown dimension '{}' ({})",
                                               p.id, p.dimension.BaseName(), KnownDimensions(cat)));
    } else if (p.dimension.kind() == Dimension::kMoney && p.dimension.IsRate()) {
      diags.Error(p.dimension_pos,
                  fmt::format("property '{}': money is not a rate here; make the property "
                              "time-indexed and give each claim its period with 'when'",
                              p.id));
    }
  }
}

// A whole cannot be a part of itself: a chain of `part_of` that comes back to an entity would
// make each of its figures at most itself plus the others (docs/semantics.md, "Parts of wholes").
void CheckPartOfCycles(const Catalogue& cat, Diagnostics& diags) {
  std::set<std::string> cleared;  // entities whose chain ends at a whole of no whole
  for (const auto& start : cat.entities()) {
    std::vector<const Entity*> path;
    std::set<std::string> on_path;
    const Entity* at = &start;
    while (at && !at->part_of.empty() && !cleared.count(at->id)) {
      if (!on_path.insert(at->id).second) {
        // Report the cycle once, at the entity of the cycle that comes first in the catalogue.
        size_t first = 0;
        while (path[first]->id != at->id) ++first;
        std::string chain;
        for (size_t i = first; i < path.size(); ++i) chain += path[i]->id + " -> ";
        chain += at->id;
        if (path[first] == &start) {
          diags.Error(start.part_of_pos,
                      fmt::format("entity '{}' is part of itself through a cycle of part_of ({})",
                                  start.id, chain));
        }
        break;
      }
      path.push_back(at);
      at = cat.FindEntity(at->part_of);
    }
    if (!at || at->part_of.empty() || cleared.count(at->id)) {
      for (const Entity* e : path) cleared.insert(e->id);
    }
  }
}

}  // namespace

void CheckCatalogue(const Catalogue& cat, Diagnostics& diags) {
  CheckDimensions(cat, diags);
  for (const auto& e : cat.entities()) {
    if (!e.part_of.empty() && !cat.FindEntity(e.part_of)) {
      diags.Error(e.part_of_pos,
                  fmt::format("entity '{}' is part_of unknown entity '{}'", e.id, e.part_of));
    }
  }
  CheckPartOfCycles(cat, diags);
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
    if (r.via == RelationVia::kCategory && !cat.FindProperty(r.via_property)) {
      diags.Error(r.pos, fmt::format("relation goes via unknown property '{}'", r.via_property));
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
