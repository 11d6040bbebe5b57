#include "io/yaml_document.h"

#include <fmt/format.h>

#include "common/unicode.h"

namespace crosscheck::io {

std::optional<YamlDocument> YamlDocument::Parse(std::string path, std::string_view text,
                                                Diagnostics& diags) {
  YamlDocument doc;
  doc.path_ = std::move(path);
  doc.text_ = std::string(text);
  doc.line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') doc.line_starts_.push_back(i + 1);
  }
  try {
    doc.root_ = YAML::Load(doc.text_);
  } catch (const YAML::Exception& e) {
    diags.Error(doc.Pos(e.mark), fmt::format("YAML syntax error: {}", e.msg));
    return std::nullopt;
  }
  return doc;
}

SourcePos YamlDocument::Pos(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.line < 0) return FilePos();
  auto line = static_cast<size_t>(mark.line);
  if (line >= line_starts_.size()) return {path_, mark.line + 1, mark.column + 1};
  size_t start = line_starts_[line];
  std::string_view rest = std::string_view(text_).substr(start);
  // yaml-cpp counts columns in bytes; people and editors count characters.
  size_t column = CodePointCount(rest, static_cast<size_t>(std::max(0, mark.column)));
  return {path_, mark.line + 1, static_cast<int>(column) + 1};
}

SourcePos YamlDocument::Pos(const YAML::Node& node) const { return Pos(node.Mark()); }

void YamlDocument::CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                             Diagnostics& diags) const {
  std::set<std::string> seen;
  for (const auto& kv : map) {
    if (!kv.first.IsScalar()) {
      diags.Error(Pos(kv.first), "a key must be a plain word");
      continue;
    }
    std::string key = kv.first.Scalar();
    if (!seen.insert(key).second) {
      diags.Error(Pos(kv.first), fmt::format("duplicate key '{}'", key));
    } else if (!allowed.count(key)) {
      std::string list;
      for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
      diags.Error(Pos(kv.first), fmt::format("unknown key '{}' (expected one of: {})", key, list));
    }
  }
}

std::optional<std::string> YamlDocument::Scalar(const YAML::Node& map, const char* key,
                                                bool required, Diagnostics& diags,
                                                const std::string& claim_id) const {
  YAML::Node node = map[key];
  if (!node || node.IsNull()) {
    if (required) diags.Error(Pos(map), fmt::format("missing '{}'", key), claim_id);
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    diags.Error(Pos(node), fmt::format("'{}' must be a single value", key), claim_id);
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::vector<std::string>> YamlDocument::StringList(const YAML::Node& map,
                                                                 const char* key, bool required,
                                                                 Diagnostics& diags) const {
  YAML::Node node = map[key];
  if (!node || node.IsNull()) {
    if (required) diags.Error(Pos(map), fmt::format("missing '{}'", key));
    return required ? std::nullopt
                    : std::optional<std::vector<std::string>>(std::vector<std::string>{});
  }
  std::vector<std::string> out;
  if (node.IsScalar()) return std::vector<std::string>{node.Scalar()};
  if (!node.IsSequence()) {
    diags.Error(Pos(node), fmt::format("'{}' must be a value or a list of values", key));
    return std::nullopt;
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) {
      diags.Error(Pos(item), fmt::format("each item of '{}' must be a single value", key));
      return std::nullopt;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::optional<bool> YamlDocument::Bool(const YAML::Node& map, const char* key,
                                       Diagnostics& diags) const {
  auto s = Scalar(map, key, false, diags);
  if (!s) return std::nullopt;
  if (*s == "true") return true;
  if (*s == "false") return false;
  diags.Error(Pos(map[key]), fmt::format("'{}' must be true or false", key));
  return std::nullopt;
}

}  // namespace crosscheck::io
