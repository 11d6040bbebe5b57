#!/usr/bin/env bash
# Compares `crosscheck extract` with the hand-written claim files of the seed articles and
# prints recall and precision per article and in total (docs/extraction.md, "Measuring").
#   scripts/seed-recall.sh [--misses]     (--misses also lists missed and extra claims)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CROSSCHECK_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCROSSCHECK_BUILD_TESTS=ON >/dev/null
cmake --build "$build" --target seed_recall -j1 >/dev/null
exec "$build/tests/seed_recall" "$root" "$@"
