#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/fold_map.h"
#include "model/claim.h"

namespace crosscheck::extract {

// Finds names and cue words in article text the way people read them: case-insensitively,
// whatever the spaces, apostrophes and hyphens (common/unicode FoldText), and only as whole
// words ("R1" is not found in "R10", "né" not in "année"). Spans are bytes of the original text.
class PhraseFinder {
 public:
  explicit PhraseFinder(std::string_view text);

  // Every occurrence of `phrase`, in text order. A trailing '*' matches any ending of the last
  // word ("cofond*" finds "cofondé" and "cofondateurs"). Over a long text (a whole article) the
  // phrase's first word is looked up in an index of the text's words, built on first use, so
  // that looking up the lexicon's hundreds of cue words costs their occurrences, not hundreds
  // of passes over the text.
  std::vector<TextSpan> FindAll(std::string_view phrase) const;

 private:
  bool WordByteAt(size_t folded_pos) const;
  TextSpan OriginalSpan(size_t begin, size_t end) const;
  // Whether `needle` stands at `at` as whole words (a trailing '*': any ending of its last
  // word); sets `*end` to where the match ends.
  bool MatchAt(size_t at, std::string_view needle, bool prefix, size_t* end) const;
  // Where each word of the folded text starts, in text order.
  using WordIndex = std::unordered_map<std::string_view, std::vector<size_t>>;
  const WordIndex& Words() const;

  std::string_view original_;
  FoldMap offsets_;  // filled while folded_ is built, so declared before it
  std::string folded_;
  mutable std::unique_ptr<WordIndex> words_;
};

}  // namespace crosscheck::extract
