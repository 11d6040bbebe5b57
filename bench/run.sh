#!/usr/bin/env bash
# Benchmark at scale (issue 6): for each size (claims; default 10000 100000 1000000), generate a
# seeded synthetic corpus (bench/generate_corpus), then print
#   - the bare-load floor: libyaml's event parser over every claim file on all cores;
#   - a cold check (no cache), one that fills a cache, and a warm one (cache filled): load,
#     encode, solve, report and total seconds, peak RSS, claims per second;
#   - recall of the planted contradictions and false contradictions on the traps (bench/score.py);
#   - the re-check after editing one claim file (warm cache, --changed);
#   - the language server's answer after the same edit typed into the open file (lsp_edit_s);
# and one summary line per size:
#   claims=N total_s=X warm_s=.. edit_s=.. lsp_edit_s=.. floor_s=Y ratio=Z rss_mb=W recall=R
#   false_contradictions=F
# then the ratio time(largest)/time(previous size) when sizes grow tenfold.
# Not a test: figures depend on the machine. Usage: bench/run.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
seed=${CROSSCHECK_BENCH_SEED:-42}
build=build-bench
data=$build/data

scripts/install-deps.sh >/dev/null
if [ ! -f $build/build.ninja ]; then
  cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_BUILD_TESTS=ON \
    -DCROSSCHECK_WERROR=OFF >/dev/null
fi
ninja -C $build crosscheck generate_corpus load_floor >/dev/null
bin=$build/src/cli/crosscheck
[ -x $bin ] || bin=$(find $build -name crosscheck -type f -perm -u+x | head -1)
gen=$(find $build -name generate_corpus -type f -perm -u+x | head -1)
floor=$(find $build -name load_floor -type f -perm -u+x | head -1)
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "load $(cut -d' ' -f1 /proc/loadavg); Release build in $build/; seed $seed"

# calc EXPR: floating-point arithmetic.
calc() { awk "BEGIN { print $1 }"; }
# value KEY TEXT: the number after KEY= in TEXT.
value() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<<"$2" | head -1; }

# run_check LABEL ARGS...: one timed check; sets total, rss_mb, timings.
run_check() {
  local label=$1
  shift
  local start end err
  err=$(mktemp)
  start=$(date +%s.%N)
  "$bin" check --timings "$@" 2>"$err" >/dev/null || true
  end=$(date +%s.%N)
  total=$(calc "$end - $start")
  timings=$(grep "timings" "$err" || true)
  rss_mb=$(value rss_mb "$timings")
  if [ -z "$timings" ]; then
    echo "  $label: check failed:"
    sed 's/^/    /' "$err" | tail -5
  fi
  rm -f "$err"
  local load encode solve wall report claims
  load=$(value load_s "$timings")
  encode=$(value encode_cpu_s "$timings")
  solve=$(value solve_cpu_s "$timings")
  wall=$(value pieces_wall_s "$timings")
  report=$(value report_s "$timings")
  claims=$(value claims "$timings")
  printf "  %-5s load %6.2f s  encode+solve %6.2f s wall (cut %.2f s; encode %.2f, solve %.2f CPU s)" \
    "$label" "$load" "$wall" "$(value prepare_s "$timings")" "$encode" "$solve"
  printf "  report %5.2f s  total %6.2f s  rss %5d MB  %8.0f claims/s\n" "$report" "$total" \
    "$rss_mb" "$(calc "$claims / $total")"
  printf "        pieces %s (from cache %s), components solved %s, of which without Z3 %s\n" \
    "$(value pieces "$timings")" "$(value cached "$timings")" "$(value components "$timings")" \
    "$(value without_z3 "$timings")"
}

previous_total=""
previous_size=""
for n in "${sizes[@]}"; do
  dir=$data/$n-$seed
  if [ ! -f "$dir/truth.json" ]; then
    rm -rf "$dir"
    start=$(date +%s.%N)
    "$gen" --claims "$n" --seed "$seed" --out "$dir" >/dev/null
    echo "generated $n claims in $(printf %.1f "$(calc "$(date +%s.%N) - $start")") s" \
      "($(du -sh "$dir" | cut -f1))"
  fi
  echo "== $n claims ($dir)"
  floor_line=$("$floor" "$dir")
  floor_s=$(value seconds "$floor_line")
  echo "  floor $floor_s s (bare libyaml event parse of every claim file, all cores)"
  args=(--corpus "$dir/corpus" --claims "$dir/claims" --format json)
  rm -rf "$dir/cache"
  run_check cold "${args[@]}" --output "$dir/report.json"
  cold_total=$total cold_rss=$rss_mb
  run_check fill "${args[@]}" --output "$dir/report-fill.json" --cache-dir "$dir/cache"
  run_check warm "${args[@]}" --output "$dir/report-warm.json" --cache-dir "$dir/cache"
  warm_total=$total
  score=$(/usr/bin/python3 bench/score.py --quiet "$dir/truth.json" "$dir/report.json" || true)
  echo "  $score"
  cmp -s "$dir/report.json" "$dir/report-warm.json" || echo "  WARNING: warm report differs"
  # Edit one claim file (one figure changed by one unit) and re-check what it touches.
  file=""
  for f in "$dir"/claims/*.yaml; do  # the first article's claim file (a glob: no pipe to cut)
    [ "$(basename "$f")" != reference.yaml ] && { file=$(basename "$f"); break; }
  done
  cp "$dir/claims/$file" "$dir/edited.bak"
  sed -i '0,/value: "\([^"0-9]*\)\([1-9]\)/s//value: "\1\2\2/' "$dir/claims/$file"
  run_check edit "${args[@]}" --output "$dir/report-edit.json" --cache-dir "$dir/cache" \
    --changed "$dir/claims/$file"
  edit_total=$total
  mv "$dir/edited.bak" "$dir/claims/$file"
  # The language server on the same corpus: its first whole check, then the same edit typed
  # into the open file (unsaved), timed to the answer of a request sent right behind it.
  lsp=$(/usr/bin/python3 bench/lsp_latency.py "$bin" "$dir/corpus" "$dir/claims" 2>&1 \
    || echo "lsp_edit_s=failed")
  echo "  lsp   $lsp"
  lsp_edit=$(value lsp_edit_s "$lsp")
  recall=$(value recall "$score")
  false_c=$(value false_contradictions "$score")
  ratio=$(calc "$cold_total / $floor_s")
  printf "claims=%s total_s=%.2f warm_s=%.2f edit_s=%.2f lsp_edit_s=%s floor_s=%.2f ratio=%.1f" \
    "$n" "$cold_total" "$warm_total" "$edit_total" "${lsp_edit:-failed}" "$floor_s" "$ratio"
  printf " rss_mb=%s" "$cold_rss"
  printf " recall=%s false_contradictions=%s\n" "$recall" "$false_c"
  if [ -n "$previous_total" ] && [ "$n" -eq $((previous_size * 10)) ]; then
    printf "time(%s)/time(%s) = %.1f\n" "$n" "$previous_size" \
      "$(calc "$cold_total / $previous_total")"
  fi
  previous_total=$cold_total
  previous_size=$n
done
