#include "io/candidate_writer.h"

#include <yaml-cpp/yaml.h>

#include <string_view>

namespace crosscheck::io {
namespace {

// The file is written directly rather than through YAML::Emitter, which checks every byte of
// every scalar against regular expressions and cost as much as extracting the claims; the
// output is the emitter's, byte for byte (tests/unit/candidate_writer_test.cc compares them).

constexpr int kReplacementCharacter = 0xFFFD;

// The next code point of `s` from `*i`, as yaml-cpp reads UTF-8: a malformed sequence, a
// surrogate or a non-character reads as U+FFFD.
int NextCodePoint(std::string_view s, size_t* i) {
  auto lead = static_cast<unsigned char>(s[*i]);
  int bytes = lead < 0x80                              ? 1
              : (lead >> 4) == 12 || (lead >> 4) == 13 ? 2
              : (lead >> 4) == 14                      ? 3
              : (lead >> 4) == 15                      ? 4
                                                       : -1;
  if (bytes < 1) {
    ++*i;
    return kReplacementCharacter;
  }
  if (bytes == 1) return static_cast<signed char>(s[(*i)++]);
  int cp = lead & ~(0xFF << (7 - bytes));
  ++*i;
  for (--bytes; bytes > 0; ++*i, --bytes) {
    if (*i == s.size() || (static_cast<unsigned char>(s[*i]) & 0xC0) != 0x80) {
      cp = kReplacementCharacter;
      break;
    }
    cp = (cp << 6) | (s[*i] & 0x3F);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp & 0xFFFE) == 0xFFFE ||
      (cp >= 0xFDD0 && cp <= 0xFDEF)) {
    cp = kReplacementCharacter;
  }
  return cp;
}

void AppendCodePoint(std::string& out, int cp) {
  if (cp < 0 || cp > 0x10FFFF) cp = kReplacementCharacter;
  if (cp <= 0x7F) {
    out += static_cast<char>(cp);
  } else if (cp <= 0x7FF) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp <= 0xFFFF) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void AppendEscape(std::string& out, int cp) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '\\';
  int digits = 8;
  if (cp < 0xFF) {
    out += 'x';
    digits = 2;
  } else if (cp < 0xFFFF) {
    out += 'u';
    digits = 4;
  } else {
    out += 'U';
  }
  for (; digits > 0; --digits) out += kHex[(cp >> (4 * (digits - 1))) & 0xF];
}

// A double-quoted scalar: quotes, backslashes and control characters escaped, C1 controls and
// the no-break space as \x.., the byte order mark as \ufeff; the rest as UTF-8.
void AppendDoubleQuoted(std::string& out, std::string_view s) {
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    // Runs of plain printable ASCII go in at once.
    size_t run = i;
    while (run < s.size()) {
      auto c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') break;
      ++run;
    }
    out.append(s.substr(i, run - i));
    i = run;
    if (i == s.size()) break;
    int cp = NextCodePoint(s, &i);
    switch (cp) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (cp < 0x20 || (cp >= 0x80 && cp <= 0xA0) || cp == 0xFEFF) {
          AppendEscape(out, cp);
        } else {
          AppendCodePoint(out, cp);
        }
    }
  }
  out += '"';
}

// A scalar in the emitter's automatic style: plain when YAML reads it back as the same string,
// else double-quoted. Ids and names of letters, digits, '.', '_' and '-' that start with a
// letter or digit are plain (unless a null word); anything else is left to yaml-cpp to decide.
void AppendScalar(std::string& out, std::string_view s) {
  auto simple_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  };
  bool simple = !s.empty() && simple_byte(s.front()) && s.front() != '.' && s.front() != '_' &&
                s.front() != '-' && s != "null" && s != "Null" && s != "NULL";
  for (size_t i = 0; simple && i < s.size(); ++i) simple = simple_byte(s[i]);
  if (simple) {
    out.append(s);
    return;
  }
  YAML::Emitter scalar;
  scalar << std::string(s);
  out += scalar.c_str();
}

// A comment line at the margin: "# " and the text's code points, a line break in it going on
// as another comment line.
void AppendComment(std::string& out, std::string_view s) {
  out += "# ";
  for (size_t i = 0; i < s.size();) {
    int cp = NextCodePoint(s, &i);
    if (cp == '\n') {
      out += "\n# ";
    } else {
      AppendCodePoint(out, cp);
    }
  }
  out += '\n';
}

void AppendKey(std::string& out, size_t indent, std::string_view key) {
  out.append(indent, ' ');
  out.append(key);
  out += ": ";
}

}  // namespace

std::string FormatCandidateFile(const CandidateFile& file) {
  std::string out;
  size_t bytes = 64 + file.header.size() + file.article.size();
  for (const auto& c : file.claims) {
    bytes += 160 + c.id.size() + c.subject.size() + c.property.size() + c.value.size() +
             c.when.size() + c.quote.size() + c.note.size() + c.attribution.source.size();
    for (const auto& r : c.confidence.reasons) bytes += 16 + r.size();
  }
  for (const auto& u : file.unattached) bytes += 80 + u.text.size() + u.reason.size();
  out.reserve(bytes + bytes / 8);  // escapes
  for (size_t at = 0; at < file.header.size();) {
    size_t nl = file.header.find('\n', at);
    if (nl == std::string::npos) nl = file.header.size();
    AppendComment(out, std::string_view(file.header).substr(at, nl - at));
    at = nl + 1;
  }
  if (!file.header.empty()) out += '\n';
  AppendKey(out, 0, "article");
  AppendScalar(out, file.article);
  out += "\nclaims:\n";
  if (file.claims.empty()) out += "  []\n";  // an empty block sequence, on its own line
  for (const auto& c : file.claims) {
    out += "  - id: ";
    AppendScalar(out, c.id);
    out += '\n';
    AppendKey(out, 4, "subject");
    AppendScalar(out, c.subject);
    out += '\n';
    AppendKey(out, 4, "property");
    AppendScalar(out, c.property);
    out += '\n';
    // Values and quotes stay strings whatever they look like ("2023", "10 000").
    AppendKey(out, 4, "value");
    AppendDoubleQuoted(out, c.value);
    out += '\n';
    if (!c.when.empty()) {
      AppendKey(out, 4, "when");
      AppendDoubleQuoted(out, c.when);
      out += '\n';
    }
    AppendKey(out, 4, "quote");
    AppendDoubleQuoted(out, c.quote);
    out += '\n';
    if (!c.note.empty()) {
      AppendKey(out, 4, "note");
      AppendDoubleQuoted(out, c.note);
      out += '\n';
    }
    if (c.attribution.kind != AttributionKind::kAsserted) {
      out += "    attribution:\n";
      AppendKey(out, 6, "kind");
      AppendScalar(out, AttributionKindName(c.attribution.kind));
      out += '\n';
      AppendKey(out, 6, "source");
      AppendDoubleQuoted(out, c.attribution.source);
      out += '\n';
    }
    if (c.confidence.low() || !c.confidence.reasons.empty()) {
      out += "    confidence:\n";
      AppendKey(out, 6, "level");
      AppendScalar(out, ConfidenceLevelName(c.confidence.level));
      out += "\n      reasons:\n";
      if (c.confidence.reasons.empty()) out += "        []\n";
      for (const auto& r : c.confidence.reasons) {
        out += "        - ";
        AppendDoubleQuoted(out, r);
        out += '\n';
      }
    }
  }
  if (!file.unattached.empty()) {
    out += "unattached:\n";
    for (const auto& u : file.unattached) {
      out += "  - text: ";
      AppendDoubleQuoted(out, u.text);
      out += '\n';
      AppendKey(out, 4, "kind");
      AppendScalar(out, u.kind);
      out += '\n';
      AppendKey(out, 4, "span");
      out += '[';
      out += std::to_string(u.begin);
      out += ", ";
      out += std::to_string(u.end);
      out += "]\n";
      AppendKey(out, 4, "reason");
      AppendDoubleQuoted(out, u.reason);
      out += '\n';
    }
  }
  return out;
}

}  // namespace crosscheck::io
