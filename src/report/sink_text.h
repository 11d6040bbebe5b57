#pragma once

#include <string>

#include "common/text_sink.h"

namespace crosscheck::report {

// The formats build their text in a string and hand it to the sink once it is large, so that a
// report of a million claims never holds more than a block of itself (and a small report is
// one write).
inline void FlushLarge(std::string& text, TextSink& sink) {
  constexpr size_t kBlockBytes = 1 << 20;
  if (text.size() < kBlockBytes) return;
  sink.Write(text);
  text.clear();
}

}  // namespace crosscheck::report
