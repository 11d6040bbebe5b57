#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace crosscheck {

// Where each byte of a folded text (FoldText) came from in the original, stored only where the
// two diverge: a folded article is mostly copied byte for byte, and a dense array of offsets
// cost eight bytes per byte of text (more than the folding itself). Answers exactly what the
// dense offsets of FoldText do: the original byte where the byte's code point starts.
class FoldMap {
 public:
  // The original offset of folded offset `p` in `folded` (the text this map was built with);
  // p == folded.size() maps to the end of the original.
  size_t Original(std::string_view folded, size_t p) const;

  // Building, in folded order. Folded byte `folded` comes from original byte `original`, and
  // the bytes after it from the bytes after that, until the next call.
  void Copied(size_t folded, size_t original) {
    if (original != expected_) segments_.push_back({folded, original});
    expected_ = original + 1;
  }
  // The copy run started by Copied went on through original byte `last` (the bytes between were
  // not each told).
  void CopiedThrough(size_t last) { expected_ = last + 1; }
  // `length` bytes from `folded` on copy a code point of as many bytes at `original`: the
  // copy run goes on (a continuation byte maps to its code point's start, found in the text).
  void CopiedCodePoint(size_t folded, size_t original, size_t length) {
    Copied(folded, original);
    expected_ = original + length;
  }
  // The bytes from `folded` until the next call all come from the code point at `original`.
  void Point(size_t folded, size_t original) {
    segments_.push_back({folded, original | kPointBit});
    expected_ = kNone;
  }
  // Ends the map: the folded text has `folded` bytes and the original `original`.
  void Finish(size_t folded, size_t original) {
    segments_.push_back({folded, original});
    expected_ = kNone;
  }

 private:
  static constexpr size_t kPointBit = size_t{1} << (sizeof(size_t) * 8 - 1);
  static constexpr size_t kNone = ~size_t{0};
  struct Segment {
    size_t folded;
    size_t original;  // with kPointBit for a code point whose bytes all map to its start
  };
  std::vector<Segment> segments_;
  size_t expected_ = kNone;  // the original offset a copy run would take next
};

}  // namespace crosscheck
