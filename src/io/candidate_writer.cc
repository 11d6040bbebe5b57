#include "io/candidate_writer.h"

#include <tbb/parallel_for.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ostream>
#include <streambuf>
#include <string_view>

namespace crosscheck::io {
namespace {

// The emitter's output stream, appending to a string: the file is written where it goes, not
// into the emitter's own buffer (grown a zeroed block at a time) and copied out of it twice.
class AppendToString : public std::streambuf {
 public:
  explicit AppendToString(std::string& out) : out_(out) {}

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    out_.append(s, static_cast<size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      out_.push_back(traits_type::to_char_type(c));
    }
    return traits_type::not_eof(c);
  }

 private:
  std::string& out_;
};

// An emitter that appends to `text`, set as every part of a candidate file is written.
class Emitter {
 public:
  explicit Emitter(std::string& text) : buffer_(text), stream_(&buffer_), out_(stream_) {
    out_.SetIndent(2);
  }
  YAML::Emitter& out() { return out_; }

 private:
  AppendToString buffer_;
  std::ostream stream_;
  YAML::Emitter out_;
};

void EmitClaim(YAML::Emitter& out, const CandidateClaim& c) {
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

void EmitUnattached(YAML::Emitter& out, const UnattachedFigure& u) {
  out << YAML::BeginMap;
  out << YAML::Key << "text" << YAML::Value << YAML::DoubleQuoted << u.text;
  out << YAML::Key << "kind" << YAML::Value << u.kind;
  out << YAML::Key << "span" << YAML::Value << YAML::Flow << YAML::BeginSeq << u.begin << u.end
      << YAML::EndSeq;
  out << YAML::Key << "reason" << YAML::Value << YAML::DoubleQuoted << u.reason;
  out << YAML::EndMap;
}

// Items [begin, end) of a list, as the emitter writes the list under `key` in a top-level map:
// "key:\n  - ..." ("key: []" when empty), without a line break after it.
template <typename Item, typename Emit>
void EmitList(std::string& text, const std::string& key, const std::vector<Item>& items,
              size_t begin, size_t end, Emit emit) {
  Emitter emitter(text);
  YAML::Emitter& out = emitter.out();
  out << YAML::BeginMap << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (size_t i = begin; i < end; ++i) emit(out, items[i]);
  out << YAML::EndSeq << YAML::EndMap;
}

// A long list is written in parts, in parallel, each by an emitter of its own as the list under
// its key; the parts after the first lose their "key:" line. A block list's item is written the
// same whatever items come before it, so the whole is what one emitter writes (the writer's
// test holds it to that on random files).
template <typename Item, typename Emit>
void EmitListInParts(std::string& text, const std::string& key, const std::vector<Item>& items,
                     size_t items_per_part, Emit emit) {
  size_t step = std::max<size_t>(items_per_part, 1);
  size_t parts = (items.size() + step - 1) / step;
  if (parts <= 1) {
    EmitList(text, key, items, 0, items.size(), emit);
    return;
  }
  std::vector<std::string> written(parts);
  tbb::parallel_for(size_t{0}, parts, [&](size_t p) {
    EmitList(written[p], key, items, p * step, std::min(items.size(), (p + 1) * step), emit);
  });
  text += written[0];
  std::string key_line = key + ":";
  for (size_t p = 1; p < parts; ++p) {
    std::string_view rest(written[p]);
    rest.remove_prefix(std::min(rest.size(), key_line.size()));  // "\n  - ..." is left
    text += rest;
  }
}

}  // namespace

std::string FormatCandidateFile(const CandidateFile& file, size_t items_per_part) {
  std::string out;
  AppendCandidateFile(file, out, items_per_part);
  return out;
}

void AppendCandidateFile(const CandidateFile& file, std::string& text, size_t items_per_part) {
  {
    Emitter emitter(text);
    YAML::Emitter& out = emitter.out();
    for (size_t at = 0; at < file.header.size();) {
      size_t nl = file.header.find('\n', at);
      if (nl == std::string::npos) nl = file.header.size();
      out << YAML::Comment(file.header.substr(at, nl - at)) << YAML::Newline;
      at = nl + 1;
    }
    out << YAML::BeginMap << YAML::Key << "article" << YAML::Value << file.article << YAML::EndMap;
  }
  // The top-level map's entries, one a line: what one emitter writes between them.
  text += '\n';
  EmitListInParts(text, "claims", file.claims, items_per_part, EmitClaim);
  if (!file.unattached.empty()) {
    text += '\n';
    EmitListInParts(text, "unattached", file.unattached, items_per_part, EmitUnattached);
  }
  text += '\n';
}

}  // namespace crosscheck::io
