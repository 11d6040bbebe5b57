#!/usr/bin/env bash
# The module layering of src/README.md as a test: a module includes headers of the modules below
# it only, and each third-party library's headers stay in the modules that own it. A link line
# does not catch a header-only use (an enum, an inline function), an include does.
#   scripts/check-layers.sh [BUILD_DIR]
# With a Ninja build directory it also checks what the CLI's compile sees through app's headers
# (`ninja -t deps`): no Z3.
set -euo pipefail
cd "$(dirname "$0")/.."

# Module -> the modules whose headers it may include (itself included).
declare -A may_include=(
  [common]="common"
  [model]="common model"
  [parse]="common model parse"
  [io]="common model parse io"
  [extract]="common model parse extract"
  [encode]="common model encode"
  [solve]="common model encode solve"
  [report]="common model report"
  [app]="common model parse io extract encode solve report app"
  [cli]="common app cli"
)

# Third-party header (as included) -> the modules that may include it, and why when it is more
# than one.
declare -A owners=(
  ["z3++.h"]="encode solve"
  ["yaml.h"]="io"
  ["yaml-cpp/"]="io"
  ["csv.h"]="report"
  # io hashes content keys; app hashes a piece's first claim id to pick its shard
  ["xxhash.h"]="io app"
  # report writes JSON; app reads and writes baselines
  ["nlohmann/"]="report app"
  # common folds text (NameKey, FoldText); parse and extract break words and case-fold
  ["unicode/"]="common parse extract"
)

fail=0
violation() {
  echo "layering: $1"
  fail=1
}

for dir in src/*/; do
  module=$(basename "$dir")
  allowed=${may_include[$module]:-}
  if [ -z "$allowed" ]; then
    violation "src/$module is not in the layering table of scripts/check-layers.sh (add it with its place)"
    continue
  fi
  while IFS=: read -r file line include; do
    [ -n "$file" ] || continue
    target=${include#*\"}
    target=${target%%/*}
    if [[ " $allowed " != *" $target "* ]]; then
      violation "$file:$line: $module includes a header of $target (${include##*#include })"
    fi
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]+"[a-z_]+/' -r "$dir" || true)
  for header in "${!owners[@]}"; do
    [[ " ${owners[$header]} " == *" $module "* ]] && continue
    while IFS=: read -r file line include; do
      [ -n "$file" ] || continue
      violation "$file:$line: $module includes <$header...>, which only ${owners[$header]} may"
    done < <(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]+<${header//+/\\+}" -r "$dir" || true)
  done
done

build=${1:-}
if [ -n "$build" ] && [ -f "$build/build.ninja" ] && command -v ninja >/dev/null; then
  deps=$(ninja -C "$build" -t deps src/cli/CMakeFiles/crosscheck.dir/main.cc.o 2>/dev/null || true)
  if [ -z "$deps" ]; then
    echo "layering: no recorded dependencies for the CLI in $build (build it first); skipped"
  elif grep -q 'z3++\.h' <<<"$deps"; then
    violation "the CLI's compile reaches z3++.h through app's headers:"
    grep -E '/src/|z3\+\+\.h' <<<"$deps" | head -20
  fi
fi

if [ "$fail" -eq 0 ]; then echo "layering: ok"; fi
exit "$fail"
