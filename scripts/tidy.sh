#!/usr/bin/env bash
# clang-tidy over the product's sources (src/, not the generated files in the build folder),
# with the checks of .clang-tidy: any diagnostic fails. Run by scripts/test.sh after the build
# (it reads build/compile_commands.json). Usage: scripts/tidy.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
root="$(pwd)"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
# The compile commands carry GCC-only warning options clang does not know: not a finding.
run-clang-tidy -p "$build" -j "$(nproc)" -quiet -extra-arg=-Wno-unknown-warning-option \
  "^$root/src/" >"$out" 2>&1 || true
# run-clang-tidy's own exit status also reflects warnings-as-errors; the listing decides.
if grep -E "(warning|error): " "$out" | grep -v "^Suppressed\|warnings generated" >/dev/null; then
  grep -E -A3 "(warning|error): " "$out" | sed 's/\x1b\[[0-9;]*m//g'
  echo "tidy: clang-tidy found the problems above" >&2
  exit 1
fi
echo "tidy: clang-tidy clean on $(grep -c "\"file\": \"$root/src/" "$build/compile_commands.json") files"
