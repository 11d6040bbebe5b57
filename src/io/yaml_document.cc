#include "io/yaml_document.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace crosscheck::io {
namespace {

// The keys met so far in one mapping: a short list scanned in place (claims have a handful of
// keys), a hash set once a hostile mapping grows long.
class SeenKeys {
 public:
  // False if `key` was seen before.
  bool Insert(std::string_view key) {
    if (set_.empty()) {
      if (std::find(list_.begin(), list_.end(), key) != list_.end()) return false;
      list_.push_back(key);
      if (list_.size() > 32) set_.insert(list_.begin(), list_.end());
      return true;
    }
    return set_.insert(key).second;
  }

 private:
  std::vector<std::string_view> list_;
  std::unordered_set<std::string_view> set_;
};

}  // namespace

std::optional<YamlDocument> YamlDocument::Parse(std::string path, std::string_view text,
                                                Diagnostics& diags) {
  YamlDocument doc;
  doc.path_ = std::move(path);
  auto parsed = YamlTree::Parse(text);
  if (auto* error = std::get_if<YamlError>(&parsed)) {
    diags.Error(doc.Pos(error->mark), error->message);
    return std::nullopt;
  }
  doc.tree_ = std::get<YamlTree>(std::move(parsed));
  return doc;
}

SourcePos YamlDocument::Pos(const YamlMark& mark) const {
  // libyaml counts columns in characters, as people and editors do.
  return {path_, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

SourcePos YamlDocument::Pos(YamlNode node) const { return node ? Pos(node.mark()) : FilePos(); }

void YamlDocument::CheckKeys(YamlNode map, std::initializer_list<std::string_view> allowed,
                             Diagnostics& diags) const {
  SeenKeys seen;
  for (size_t i = 0, n = map.IsMap() ? map.size() : 0; i < n; ++i) {
    YamlNode k = map.Key(i);
    if (!k.IsScalar()) {
      diags.Error(Pos(k), "a key must be a plain word");
      continue;
    }
    std::string_view key = k.Scalar();
    if (!seen.Insert(key)) {
      diags.Error(Pos(k), fmt::format("duplicate key '{}'", key));
    } else if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::vector<std::string_view> sorted(allowed);
      std::sort(sorted.begin(), sorted.end());
      diags.Error(Pos(k), fmt::format("unknown key '{}' (expected one of: {})", key,
                                      fmt::join(sorted, ", ")));
    }
  }
}

std::optional<std::string> YamlDocument::Scalar(YamlNode map, std::string_view key, bool required,
                                                Diagnostics& diags,
                                                const std::string& claim_id) const {
  YamlNode node = map[key];
  if (!node || node.IsNull()) {
    if (required) diags.Error(Pos(map), fmt::format("missing '{}'", key), claim_id);
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    diags.Error(Pos(node), fmt::format("'{}' must be a single value", key), claim_id);
    return std::nullopt;
  }
  return std::string(node.Scalar());
}

std::optional<std::vector<std::string>> YamlDocument::StringList(YamlNode map, std::string_view key,
                                                                 bool required,
                                                                 Diagnostics& diags) const {
  YamlNode node = map[key];
  if (!node || node.IsNull()) {
    if (required) diags.Error(Pos(map), fmt::format("missing '{}'", key));
    return required ? std::nullopt
                    : std::optional<std::vector<std::string>>(std::vector<std::string>{});
  }
  if (node.IsScalar()) return std::vector<std::string>{std::string(node.Scalar())};
  if (!node.IsSequence()) {
    diags.Error(Pos(node), fmt::format("'{}' must be a value or a list of values", key));
    return std::nullopt;
  }
  std::vector<std::string> out;
  out.reserve(node.size());
  for (YamlNode item : node) {
    if (!item.IsScalar()) {
      diags.Error(Pos(item), fmt::format("each item of '{}' must be a single value", key));
      return std::nullopt;
    }
    out.emplace_back(item.Scalar());
  }
  return out;
}

std::optional<bool> YamlDocument::Bool(YamlNode map, std::string_view key,
                                       Diagnostics& diags) const {
  auto s = Scalar(map, key, false, diags);
  if (!s) return std::nullopt;
  if (*s == "true") return true;
  if (*s == "false") return false;
  diags.Error(Pos(map[key]), fmt::format("'{}' must be true or false", key));
  return std::nullopt;
}

}  // namespace crosscheck::io
