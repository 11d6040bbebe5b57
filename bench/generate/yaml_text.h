// Writing YAML by hand, fast: double-quoted scalars with the escapes YAML requires.
#pragma once

#include <string>
#include <string_view>

namespace bench {

// `s` as a YAML double-quoted scalar: backslash and double quote escaped, control characters as
// \xNN (the generator writes none, but a quote must never break the file).
inline std::string Quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[(c >> 4) & 0xf];
      out += kHex[c & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace bench
