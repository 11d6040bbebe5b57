#!/usr/bin/env bash
# scripts/extract-eval.sh prints its lines in the documented format (the figures are not
# checked: they move with every extraction change). The dev story needs ../shared beside the
# repository; without it the test is skipped (exit 77) after the checks that need only the repo.
#   tests/cli/extract_eval_test.sh CROSSCHECK   (run from the repository root)
set -u
export CROSSCHECK=$1
fail=0
ok() { echo "ok $1"; }
bad() { echo "FAIL $1"; fail=1; }
story='^[a-z0-9-]+: claims [0-9]+, contradictions found [0-9]+/[0-9]+, false [0-9]+ \(of [0-9]+ reported\), traps broken [0-9]+/[0-9]+, tensions [0-9]+/[0-9]+, inferences [0-9]+/[0-9]+, to review [0-9]+ \([0-9]+ gold\)$'
bundled='^deepseek \(bundled(, its catalogue)?\): claims [0-9]+, contradictions found [0-9]+/[0-9]+, false [0-9]+ \(of [0-9]+ reported\), traps broken [0-9]+, to review [0-9]+$'

# expect_lines NAME OUTPUT REGEX COUNT: OUTPUT is COUNT lines, each matching REGEX.
expect_lines() {
  local n
  n=$(printf '%s\n' "$2" | grep -cE "$3")
  if [ "$n" = "$4" ] && [ "$(printf '%s\n' "$2" | wc -l)" = "$4" ]; then ok "$1"; else
    bad "$1: expected $4 matching lines, got:"; printf '%s\n' "$2"; fi
}

out=$(scripts/extract-eval.sh --bundled 2>&1)
expect_lines "bundled corpus lines (no claims folder, its catalogue)" "$out" "$bundled" 2

# A folder of story folders: one line per story, named by its folder.
out=$(scripts/extract-eval.sh tests/extract-stories 2>&1)
expect_lines "a line per own story" "$out" "$story" "$(find tests/extract-stories -mindepth 2 -maxdepth 2 -name gold.yaml | wc -l)"

out=$(CROSSCHECK=/nonexistent/crosscheck scripts/extract-eval.sh --bundled 2>&1)
code=$?
if [ $code -eq 2 ] && [[ $out == *"no crosscheck binary at /nonexistent/crosscheck"* ]]; then
  ok "a missing binary is named"; else bad "missing binary: exit $code: $out"; fi

dev=../shared/dev-articles/pharma
if [ ! -f "$dev/gold.yaml" ]; then
  echo "skip dev story: $dev is absent"
  [ $fail -eq 0 ] && exit 77
  exit $fail
fi
out=$(scripts/extract-eval.sh "$dev" 2>&1)
expect_lines "dev story line" "$out" "${story/\[a-z0-9-\]+/pharma}" 1

[ $fail -eq 0 ] && echo "extract-eval: all checks passed"
exit $fail
