#pragma once

// yaml-cpp stays inside src/io: this header is included only by io's .cc files.

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"

namespace crosscheck::io {

// A parsed YAML file with what is needed to turn node marks into user-facing positions
// (1-based lines, columns counted in code points).
class YamlDocument {
 public:
  // Parses `text`; on a syntax error reports it and returns nullopt.
  static std::optional<YamlDocument> Parse(std::string path, std::string_view text,
                                           Diagnostics& diags);

  const YAML::Node& root() const { return root_; }
  const std::string& path() const { return path_; }
  SourcePos Pos(const YAML::Node& node) const;
  SourcePos Pos(const YAML::Mark& mark) const;
  SourcePos FilePos() const { return {path_, 0, 0}; }

  // The mapping's keys, each checked against `allowed`; unknown and repeated keys are errors.
  void CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                 Diagnostics& diags) const;
  // A scalar child as a string; reports an error if it is missing (when `required`) or is not
  // a scalar.
  std::optional<std::string> Scalar(const YAML::Node& map, const char* key, bool required,
                                    Diagnostics& diags, const std::string& claim_id = {}) const;
  // A scalar or a sequence of scalars.
  std::optional<std::vector<std::string>> StringList(const YAML::Node& map, const char* key,
                                                     bool required, Diagnostics& diags) const;
  // "true"/"false" scalars.
  std::optional<bool> Bool(const YAML::Node& map, const char* key, Diagnostics& diags) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
  YAML::Node root_;
};

}  // namespace crosscheck::io
