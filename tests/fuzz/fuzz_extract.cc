// libFuzzer target: the extractor on arbitrary article text. The first byte picks the language.
// Besides not crashing, every mention must lie inside the text, in order.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  auto lang =
      (data[0] & 1) ? crosscheck::parse::Language::kEnglish : crosscheck::parse::Language::kFrench;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t previous = 0;
  for (const auto& m : crosscheck::extract::Extract(text, lang)) {
    if (m.begin > m.end || m.end > text.size() || m.begin < previous) std::abort();
    previous = m.begin;
  }
  return 0;
}
