#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/fold_map.h"

namespace crosscheck::extract {

// Article text as the parse module's cursors read it (case folded, white-space runs made one
// space, typographic apostrophes and hyphens made ASCII), with a map back to the original bytes
// so that every mention keeps an exact span. Folding is per code point, so it is linear.
class FoldedText {
 public:
  explicit FoldedText(std::string_view original);

  const std::string& text() const { return folded_; }
  std::string_view original() const { return original_; }
  // The original byte offset of folded offset `p` (p == text().size() maps to the end).
  size_t Original(size_t p) const { return offsets_.Original(folded_, p); }

  // Whether a word (letters or digits) starts at `p`.
  bool IsWordStart(size_t p) const;
  // The ends (exclusive, ascending) of the words from `p` on, at most `max_words` of them and
  // never more than `max_bytes` past `p`: the candidate ends of a mention starting at `p`.
  std::vector<size_t> WordEnds(size_t p, size_t max_words, size_t max_bytes) const;
  // The up to `n` space-separated tokens before `p`, nearest last, joined by one space.
  std::string TokensBefore(size_t p, size_t n) const;

 private:
  std::string_view original_;
  std::string folded_;
  FoldMap offsets_;
};

}  // namespace crosscheck::extract
