#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/fold_map.h"

namespace crosscheck {

// Byte offset of the first invalid UTF-8 sequence, or nullopt if `text` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// The key under which names are compared: NFKC, case folded, typographic apostrophes and dashes
// made ASCII, white space runs collapsed to one space, trimmed. "High Flyer" and "high flyer"
// get one key; "High-Flyer" keeps its hyphen.
std::string NameKey(std::string_view text);

// What FoldText changes besides white space.
enum class Fold {
  kWhitespace,          // only runs of white space (quotes: the seeds put U+00A0 in "10 000")
  kCaseAndPunctuation,  // also case folding, typographic apostrophes and hyphens made ASCII
};

// Text with every run of white space (ASCII, U+00A0, U+202F, U+2009 ...) made one ASCII space,
// and with `fold`'s other changes. `offsets`, if given, receives for each output byte the input
// byte where its code point starts, so a match in the folded text maps back to a span of the
// original. Invalid UTF-8 bytes are kept as they are. Linear in the text.
std::string FoldText(std::string_view text, Fold fold, std::vector<size_t>* offsets = nullptr);
// The same, with the offsets kept sparsely in `map` (whole articles: a dense array is 8 bytes
// per byte).
std::string FoldText(std::string_view text, Fold fold, FoldMap* map);

inline std::string FoldWhitespace(std::string_view text, std::vector<size_t>* offsets = nullptr) {
  return FoldText(text, Fold::kWhitespace, offsets);
}

// Number of code points in the first `byte_count` bytes of `text` (for 1-based columns).
size_t CodePointCount(std::string_view text, size_t byte_count);

}  // namespace crosscheck
