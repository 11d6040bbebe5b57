#!/usr/bin/env bash
# Scores the extractor on the Duckling suite (../shared/extract-suite-duckling) by converting its
# whole-text cases of single values (numbers, money) to the extract-suite format in a temporary
# folder (tests/extract/duckling_cases.py says what is kept) and running the same runner on it.
# The duckling_suite_ratchet test does the same in CI against tests/extract/ratchet-duckling.txt.
#   scripts/duckling-suite.sh [DUCKLING_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${1:-$root/../shared/extract-suite-duckling}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 "$root/tests/extract/duckling_cases.py" "$suite" "$out"
"$root/scripts/extract-suite.sh" "$out"
