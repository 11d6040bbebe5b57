#pragma once

#include <cstdint>
#include <string_view>

namespace crosscheck::extract::detail {

// What a word (a run of letters and digits of the folded text) can do for the readers. The
// extractor only runs them where a mention can start, and a starting word that carries no value
// ("près", "de", "la") only counts when the next word could continue its phrase and a word that
// carries a value follows closely: most article words are none of these, and looking them up in
// a hash table is all they cost.
enum TriggerFlag : uint8_t {
  kCore = 1,        // carries a value: a digit, a number word, a month, a weekday, a time unit
  kQuantity = 2,    // a number, percentage or amount may start here
  kDate = 4,        // a date may start here
  kSpan = 8,        // a duration or an age may start here
  kNeedsNext = 16,  // an opener: only when the next word is a value or a kSecond word
  kSecond = 32,  // the second word of an opener's phrase ("peine" of "à peine", "y" of "il y a")
};

// The flags of the word starting the run `word` (case-folded, as FoldedText gives it); 0 for
// a word no phrase starts or continues with.
uint8_t TriggerFlags(std::string_view word);

}  // namespace crosscheck::extract::detail
