#!/usr/bin/env bash
# The main job on the bundled corpus (corpus/ and claims/), with the binary given as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/crosscheck}

"$bin" validate --corpus corpus --claims claims
