#include "io/cue_lexicon_loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "io/text_file.h"
#include "io/yaml_document.h"

namespace crosscheck::io {
namespace {

std::optional<FigureKind> FigureKindFromName(const std::string& name) {
  for (auto k :
       {FigureKind::kNumber, FigureKind::kPercent, FigureKind::kCurrency, FigureKind::kDate,
        FigureKind::kDuration, FigureKind::kAge, FigureKind::kCategory}) {
    if (FigureKindName(k) == name) return k;
  }
  return std::nullopt;
}

std::string KindList(const std::vector<FigureKind>& kinds) {
  std::string out;
  for (auto k : kinds) out += fmt::format("{}{}", out.empty() ? "" : ", ", FigureKindName(k));
  return out;
}

class CueReader {
 public:
  CueReader(const YamlDocument& doc, const Catalogue& catalogue, Diagnostics& diags)
      : doc_(doc), catalogue_(catalogue), diags_(diags) {
    for (const auto& e : catalogue.entities()) types_.insert(e.type);
  }

  std::optional<Cue> Read(YamlNode item) {
    size_t errors_before = diags_.ErrorCount();
    doc_.CheckKeys(
        item,
        {"property", "kinds", "subject_types", "subject", "only_with", "everyday", "fr", "en"},
        diags_);
    Cue cue;
    cue.pos = doc_.Pos(item);
    auto name = doc_.Scalar(item, "property", true, diags_);
    if (!name) return std::nullopt;
    const Property* property = catalogue_.FindProperty(*name);
    if (!property) {
      diags_.Error(doc_.Pos(item["property"]), fmt::format("unknown property '{}'", *name));
      return std::nullopt;
    }
    cue.property = property->id;
    std::vector<FigureKind> readable = DefaultFigureKinds(*property);
    if (readable.empty()) {
      diags_.Error(doc_.Pos(item["property"]),
                   fmt::format("property '{}' is of kind {}: the extractor proposes only "
                               "quantities, dates, ages, durations and categories",
                               property->id, ValueKindName(property->kind)));
      return std::nullopt;
    }
    ReadKinds(item, *property, readable, cue);
    ReadSubjectTypes(item, cue);
    if (auto subject = doc_.Scalar(item, "subject", false, diags_)) {
      const Entity* e = catalogue_.FindEntity(*subject);
      if (!e) {
        diags_.Error(doc_.Pos(item["subject"]), fmt::format("unknown entity '{}'", *subject));
      } else if (!cue.AcceptsSubjectType(e->type)) {
        diags_.Error(doc_.Pos(item["subject"]),
                     fmt::format("entity '{}' has type '{}', not one of the cue's subject_types",
                                 e->id, e->type));
      } else {
        cue.subject = e->id;
      }
    }
    cue.only_with = ReadWords(item, "only_with");
    cue.french = ReadWords(item, "fr");
    cue.english = ReadWords(item, "en");
    cue.everyday = ReadWords(item, "everyday");
    for (const auto& w : cue.everyday) {
      bool listed = std::find(cue.french.begin(), cue.french.end(), w) != cue.french.end() ||
                    std::find(cue.english.begin(), cue.english.end(), w) != cue.english.end();
      if (!listed) {
        diags_.Error(
            doc_.Pos(item["everyday"]),
            fmt::format("everyday word '{}' is not one of the cue's words ('fr' or 'en')", w));
      }
    }
    if (cue.french.empty() && cue.english.empty() && diags_.ErrorCount() == errors_before) {
      diags_.Error(cue.pos, fmt::format("cue for '{}' has no words ('fr' or 'en')", cue.property));
    }
    if (diags_.ErrorCount() != errors_before) return std::nullopt;
    return cue;
  }

 private:
  // `kinds` may narrow the kinds the property can be read from, never widen them.
  void ReadKinds(YamlNode item, const Property& property, const std::vector<FigureKind>& readable,
                 Cue& cue) {
    auto names = doc_.StringList(item, "kinds", false, diags_);
    if (!names || names->empty()) {
      cue.kinds = readable;
      return;
    }
    for (const auto& n : *names) {
      auto kind = FigureKindFromName(n);
      if (!kind) {
        diags_.Error(doc_.Pos(item["kinds"]),
                     fmt::format("unknown figure kind '{}' (number, percent, currency, date, "
                                 "duration, age)",
                                 n));
      } else if (std::find(readable.begin(), readable.end(), *kind) == readable.end()) {
        diags_.Error(doc_.Pos(item["kinds"]),
                     fmt::format("property '{}' cannot be read from a {} (it takes: {})",
                                 property.id, n, KindList(readable)));
      } else {
        cue.kinds.push_back(*kind);
      }
    }
  }

  void ReadSubjectTypes(YamlNode item, Cue& cue) {
    cue.subject_types =
        doc_.StringList(item, "subject_types", false, diags_).value_or(std::vector<std::string>{});
    for (const auto& t : cue.subject_types) {
      if (!types_.count(t)) {
        diags_.Warning(doc_.Pos(item["subject_types"]),
                       fmt::format("no entity of the catalogue has type '{}'", t));
      }
    }
  }

  std::vector<std::string> ReadWords(YamlNode item, const char* key) {
    auto words = doc_.StringList(item, key, false, diags_).value_or(std::vector<std::string>{});
    for (const auto& w : words) {
      size_t star = w.find('*');
      if (w.empty() || w == "*") {
        diags_.Error(doc_.Pos(item[key]), fmt::format("empty cue word in '{}'", key));
      } else if (star != std::string::npos && star + 1 != w.size()) {
        diags_.Error(doc_.Pos(item[key]),
                     fmt::format("cue word '{}': '*' may only end a word (\"cofond*\")", w));
      }
    }
    return words;
  }

  const YamlDocument& doc_;
  const Catalogue& catalogue_;
  Diagnostics& diags_;
  std::set<std::string> types_;
};

}  // namespace

CueLexicon LoadCueLexiconText(const std::string& display_path, std::string_view text,
                              const Catalogue& catalogue, Diagnostics& diags) {
  CueLexicon lexicon;
  lexicon.path = display_path;
  auto doc = YamlDocument::Parse(display_path, text, diags);
  if (!doc) return lexicon;
  YamlNode root = doc->root();
  if (!root.IsMap() || !root["cues"] || !root["cues"].IsSequence()) {
    diags.Error(doc->FilePos(), "a cue lexicon must be a mapping with a 'cues' list");
    return lexicon;
  }
  doc->CheckKeys(root, {"cues"}, diags);
  CueReader reader(*doc, catalogue, diags);
  for (const auto& item : root["cues"]) {
    if (!item.IsMap()) {
      diags.Error(doc->Pos(item), "each cue must be a mapping");
      continue;
    }
    if (auto cue = reader.Read(item)) lexicon.cues.push_back(std::move(*cue));
  }
  return lexicon;
}

CueLexicon LoadCueLexicon(const std::filesystem::path& path, const std::string& display_path,
                          const Catalogue& catalogue, Diagnostics& diags, const FileSystem& files) {
  auto text = ReadTextFile(path, display_path, true, diags, files);
  if (!text) {
    CueLexicon empty;
    empty.path = display_path;
    return empty;
  }
  return LoadCueLexiconText(display_path, *text, catalogue, diags);
}

}  // namespace crosscheck::io
