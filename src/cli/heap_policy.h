// How the `extract` process keeps the memory it frees (see heap_policy.cc for why).
#pragma once

namespace crosscheck::cli {

// Keeps what the process frees in one untrimmed heap, grown once and backed by 2 MB pages where
// the system allows it. Call once, before the work; a no-op under AddressSanitizer.
void KeepHeapForLargeBuffers();

}  // namespace crosscheck::cli
