#include "io/candidate_writer.h"

#include <yaml-cpp/yaml.h>

namespace crosscheck::io {

std::string FormatCandidateFile(const CandidateFile& file) {
  YAML::Emitter out;
  out.SetIndent(2);
  for (size_t at = 0; at < file.header.size();) {
    size_t nl = file.header.find('\n', at);
    if (nl == std::string::npos) nl = file.header.size();
    out << YAML::Comment(file.header.substr(at, nl - at)) << YAML::Newline;
    at = nl + 1;
  }
  out << YAML::BeginMap;
  out << YAML::Key << "article" << YAML::Value << file.article;
  out << YAML::Key << "claims" << YAML::Value << YAML::BeginSeq;
  for (const auto& c : file.claims) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << c.id;
    out << YAML::Key << "subject" << YAML::Value << c.subject;
    out << YAML::Key << "property" << YAML::Value << c.property;
    // Values and quotes stay strings whatever they look like ("2023", "10 000").
    out << YAML::Key << "value" << YAML::Value << YAML::DoubleQuoted << c.value;
    if (!c.when.empty()) out << YAML::Key << "when" << YAML::Value << YAML::DoubleQuoted << c.when;
    out << YAML::Key << "quote" << YAML::Value << YAML::DoubleQuoted << c.quote;
    if (!c.note.empty()) {
      out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << c.note;
    }
    if (c.attribution.kind != AttributionKind::kAsserted) {
      out << YAML::Key << "attribution" << YAML::Value << YAML::BeginMap;
      out << YAML::Key << "kind" << YAML::Value
          << std::string(AttributionKindName(c.attribution.kind));
      out << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted << c.attribution.source;
      out << YAML::EndMap;
    }
    if (c.confidence.low() || !c.confidence.reasons.empty()) {
      out << YAML::Key << "confidence" << YAML::Value << YAML::BeginMap;
      out << YAML::Key << "level" << YAML::Value
          << std::string(ConfidenceLevelName(c.confidence.level));
      out << YAML::Key << "reasons" << YAML::Value << YAML::BeginSeq;
      for (const auto& r : c.confidence.reasons) out << YAML::DoubleQuoted << r;
      out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (!file.unattached.empty()) {
    out << YAML::Key << "unattached" << YAML::Value << YAML::BeginSeq;
    for (const auto& u : file.unattached) {
      out << YAML::BeginMap;
      out << YAML::Key << "text" << YAML::Value << YAML::DoubleQuoted << u.text;
      out << YAML::Key << "kind" << YAML::Value << u.kind;
      out << YAML::Key << "span" << YAML::Value << YAML::Flow << YAML::BeginSeq << u.begin << u.end
          << YAML::EndSeq;
      out << YAML::Key << "reason" << YAML::Value << YAML::DoubleQuoted << u.reason;
      out << YAML::EndMap;
    }
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace crosscheck::io
