#!/usr/bin/env bash
# README command (2): install what is missing, build with the tests, and run every test: once
# in the normal build, once more built with AddressSanitizer and UndefinedBehaviorSanitizer
# (CMakePresets.json, preset "sanitize"), where any sanitizer report fails the test; between the
# two, clang-tidy over src/ (scripts/tidy.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh --with-browser  # chromium, for the HTML report's browser test
cmake --preset default >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j2
./scripts/tidy.sh build  # clang-tidy on src/ (.clang-tidy): any diagnostic fails

echo "== the same suite under ASan + UBSan =="
cmake --preset sanitize >/dev/null
cmake --build build-sanitize
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-sanitize --output-on-failure -j2
