#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a given time.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   (targets: claim_file values check extract)
# Prints, per target, the executions run and whether it found a crash; crashes are kept under
# build-fuzz/crashes/<target>/ and should become regression tests.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(claim_file values check extract)

./scripts/install-deps.sh >/dev/null
command -v clang++ >/dev/null || apt-get install -y -qq clang >/dev/null
cmake -S . -B build-fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_FUZZ=ON -DCROSSCHECK_BUILD_TESTS=OFF \
  -DCROSSCHECK_WERROR=OFF >/dev/null || exit 2
cmake --build build-fuzz --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null || exit 2

status=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  log="build-fuzz/$t.log"
  ASAN_OPTIONS=detect_leaks=1 "build-fuzz/tests/fuzz/fuzz_$t" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -max_len=8192 \
    -artifact_prefix="build-fuzz/crashes/$t/" "build-fuzz/corpus/$t" "tests/fuzz/seeds/$t" \
    >"$log" 2>&1
  rc=$?
  execs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+|#[0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')
  crashes=$(ls "build-fuzz/crashes/$t" | wc -l)
  printf '%-11s %10s executions in %ss, %s crash file(s), exit %s\n' "$t" "${execs:-?}" \
    "$seconds" "$crashes" "$rc"
  [ "$rc" -ne 0 ] && status=1
done
exit $status
