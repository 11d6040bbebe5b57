#!/usr/bin/env bash
# The committed DeepSeek report is what the current code produces from the bundled corpus.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for format in md json html; do
  "$bin" check --format "$format" --output "$tmp/deepseek.$format"
  if [ $? -gt 1 ]; then echo "FAIL check --format $format"; fail=1; continue; fi
  if ! diff -u "reports/deepseek.$format" "$tmp/deepseek.$format" >"$tmp/diff"; then
    echo "FAIL reports/deepseek.$format is stale; regenerate with scripts/run-corpus.sh"
    head -40 "$tmp/diff"
    fail=1
  else
    echo "ok reports/deepseek.$format is current"
  fi
  # Same input, same bytes.
  "$bin" check --format "$format" --output "$tmp/again.$format"
  cmp -s "$tmp/deepseek.$format" "$tmp/again.$format" || { echo "FAIL $format not deterministic"; fail=1; }
done
exit $fail
