#!/usr/bin/env bash
# Scores the extractor on a folder of extract-suite cases (default: ../shared/extract-suite
# beside the repository) and prints one pass rate per language and kind; the failing cases go
# to build-extract/extract-suite-failures.txt.
#   scripts/extract-suite.sh [SUITE_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${1:-$root/../shared/extract-suite}"
build="${CROSSCHECK_BUILD_DIR:-$root/build-extract}"
cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target extract_suite -j1 >/dev/null
exec "$build/tests/extract_suite" "$suite" --failures "$build/extract-suite-failures.txt"
