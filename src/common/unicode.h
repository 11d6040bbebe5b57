#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if `text` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// The key under which names are compared: NFKC, case folded, typographic apostrophes and dashes
// made ASCII, white space runs collapsed to one space, trimmed. "High Flyer" and "high flyer"
// get one key; "High-Flyer" keeps its hyphen.
std::string NameKey(std::string_view text);

// Text with every run of white space (ASCII, U+00A0, U+202F, U+2009 ...) made one ASCII space.
// `offsets`, if given, receives for each output byte the input byte it came from, so a match in
// the folded text maps back to a span of the original.
std::string FoldWhitespace(std::string_view text, std::vector<size_t>* offsets = nullptr);

// Number of code points in the first `byte_count` bytes of `text` (for 1-based columns).
size_t CodePointCount(std::string_view text, size_t byte_count);

// Lower-cases ASCII and maps ’ ‘ to ' so that hand-written values match lexicon words.
std::string LowerAsciiApostrophes(std::string_view text);

}  // namespace crosscheck
