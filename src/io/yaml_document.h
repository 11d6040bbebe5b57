#pragma once

// The YAML tree stays inside src/io: this header is included only by io's .cc files.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.h"
#include "io/yaml_tree.h"

namespace crosscheck::io {

// A parsed YAML file with what is needed to turn node marks into user-facing positions
// (1-based lines, columns counted in code points) and the checks every loader makes on keys
// and values. Node handles point into the document: take them after it has its final place.
class YamlDocument {
 public:
  // Parses `text`; on a syntax error reports it and returns nullopt.
  static std::optional<YamlDocument> Parse(std::string path, std::string_view text,
                                           Diagnostics& diags);

  YamlNode root() const { return tree_.root(); }
  const std::string& path() const { return path_; }
  // An absent node (a missing key) stands for the whole file.
  SourcePos Pos(YamlNode node) const;
  SourcePos Pos(const YamlMark& mark) const;
  SourcePos FilePos() const { return {path_, 0, 0}; }

  // The mapping's keys, each checked against `allowed`; unknown and repeated keys are errors.
  void CheckKeys(YamlNode map, std::initializer_list<std::string_view> allowed,
                 Diagnostics& diags) const;
  // A scalar child as a string; reports an error if it is missing (when `required`) or is not
  // a scalar.
  std::optional<std::string> Scalar(YamlNode map, std::string_view key, bool required,
                                    Diagnostics& diags, const std::string& claim_id = {}) const;
  // A scalar or a sequence of scalars.
  std::optional<std::vector<std::string>> StringList(YamlNode map, std::string_view key,
                                                     bool required, Diagnostics& diags) const;
  // "true"/"false" scalars.
  std::optional<bool> Bool(YamlNode map, std::string_view key, Diagnostics& diags) const;

 private:
  std::string path_;
  YamlTree tree_;
};

}  // namespace crosscheck::io
