#pragma once

#include <cstdint>
#include <string_view>

namespace crosscheck::extract::detail {

// What a word (a run of letters and digits of the folded text) can do for the readers. The
// extractor only runs them where a mention can start, and a starting word that carries no value
// ("près", "de", "la") only counts when a word that does follows closely: most article words
// are neither, and looking them up in a hash table is all they cost.
enum TriggerFlag : uint8_t {
  kCore = 1,      // carries a value: a digit, a number word, a month, a weekday, a time unit
  kQuantity = 2,  // a number, percentage or amount may start here
  kTime = 4,      // a date, duration or age may start here
};

// The flags of the word starting the run `word` (case-folded, as FoldedText gives it); 0 for
// a word no reader starts at.
uint8_t TriggerFlags(std::string_view word);

}  // namespace crosscheck::extract::detail
