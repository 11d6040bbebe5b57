#!/usr/bin/env bash
# The main job on the bundled corpus: validate it, then check it and write the DeepSeek report
# (reports/deepseek.md and .html for people, reports/deepseek.json for tools).
# Usage: run-corpus.sh [BIN]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/crosscheck}

"$bin" validate --corpus corpus --claims claims
mkdir -p reports
for format in md json html; do
  # Exit 1 means "contradictions found": that is the report's content, not a failure.
  status=0
  "$bin" check --corpus corpus --claims claims --format "$format" \
    --output "reports/deepseek.$format" || status=$?
  if [ "$status" -gt 1 ]; then exit "$status"; fi
done
echo "wrote reports/deepseek.md, reports/deepseek.json and reports/deepseek.html"
sed -n '3p' reports/deepseek.md
