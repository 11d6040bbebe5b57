#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/folded_text.h"

namespace crosscheck::extract::detail {

// A place where a reader may find a mention: `flags` says which (kQuantity, kDate, kSpan).
struct Start {
  size_t pos;
  uint8_t flags;
};

// The starts of `text` in order, found in one pass with a hash lookup per word: digits, signs,
// number words, months, and the hedges and openers followed by a word that continues them and
// with a value within a few words ("près de 10", "la semaine dernière"; not every "de" or "la").
void FindStarts(const FoldedText& text, std::vector<Start>* out);

}  // namespace crosscheck::extract::detail
