#!/usr/bin/env bash
# README command (1): install what is missing, build crosscheck, and check the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
# Warnings stay warnings here (a newer compiler's new warning must not stop a user's build);
# the test build (scripts/test.sh, CI) turns them into errors.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_BUILD_TESTS=OFF \
  -DCROSSCHECK_WERROR=OFF >/dev/null
cmake --build build
./scripts/run-corpus.sh build/crosscheck
