#!/usr/bin/env bash
# Extraction throughput, crosscheck against Microsoft Recognizers-Text on the same French text:
# builds extract_bench in Release (build-bench/), runs it over the seed articles repeated to
# 20 MB and a hostile text, installs @microsoft/recognizers-text-suite with npm into
# build/bench-node/ (not committed; once), runs it with the machine's Node.js on the first
# SAMPLE_BYTES of the same text (default 20000: it reads about a kilobyte a second), and prints
# both figures and their ratio. All figures are MB per second of CPU time on one core.
#   bench/extract-speed.sh [SAMPLE_BYTES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample_bytes="${1:-20000}"
build="$root/build-bench"
node_dir="$root/build/bench-node"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target extract_bench -j1 >/dev/null
sample="$build/recognizers-sample.txt"
ours="$("$build/bench/extract_bench" --mb 20 --sample-out "$sample" "$sample_bytes")"
echo "$ours"

if [[ ! -d "$node_dir/node_modules/@microsoft/recognizers-text-suite" ]]; then
  mkdir -p "$node_dir"
  npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error \
    @microsoft/recognizers-text-suite >/dev/null
fi
peer="$(node "$root/bench/recognizers_bench.js" "$node_dir/node_modules" "$sample")"

ours_mbps="$(awk '/^seed text/ {print $5}' <<<"$ours")"
peer_all="$(awk '$1 == "all" {print $2}' <<<"$peer")"
peer_figures="$(awk '$1 == "figures" {print $2}' <<<"$peer")"
awk -v o="$ours_mbps" -v a="$peer_all" -v f="$peer_figures" -v n="$(wc -c <"$sample")" 'BEGIN {
  printf "recognizers-text sample: %d bytes of the same text, culture fr-fr\n", n
  printf "crosscheck %.1f MB/s  recognizers-text %.4f MB/s  ratio %.0fx   (number, currency, percentage, age, datetime)\n", o, a, o / a
  printf "crosscheck %.1f MB/s  recognizers-text %.4f MB/s  ratio %.0fx   (numbers, currency, percentages and ages alone)\n", o, f, o / f
}'

# End to end: `crosscheck extract` (entity discovery, attachment, the candidate files) on one
# French file of the seed text repeated to 0.9 and to 9 MB, and how the time grows with the text
# (issue 12 asks 10 times the text for at most 11 times the time).
cmake --build "$build" --target crosscheck -j1 >/dev/null
python3 - "$root/corpus" "$build" <<'PY'
import glob, sys
text = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(sys.argv[1] + "/*.txt")))
for name, size in (("cli-0.9mb", 900_000), ("cli-9mb", 9_000_000)):
    body = (text * (size // len(text) + 1))[:size]
    open(f"{sys.argv[2]}/{name}.txt", "w", encoding="utf-8").write(body[: body.rfind("\n") + 1])
PY
# Wall time is what the issue measures (on an idle machine); CPU time (user + system) is given
# beside it, since on a shared machine the wall clock also counts other programs' turns.
walls=() cpus=()
for name in cli-0.9mb cli-9mb; do
  TIMEFORMAT='%R %U %S'
  measured="$({ time "$build/crosscheck" extract "$build/$name.txt" >/dev/null 2>&1; } 2>&1)"
  read -r wall user sys <<<"$measured"
  bytes=$(wc -c <"$build/$name.txt")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
  walls+=("$wall") cpus+=("$cpu")
  awk -v n="$name" -v b="$bytes" -v w="$wall" -v c="$cpu" 'BEGIN {
    printf "crosscheck extract (CLI, end to end) %s: %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s\n",
      n, w, b / w / 1e6, c, b / c / 1e6 }'
done
awk -v a="${walls[0]}" -v b="${walls[1]}" -v c="${cpus[0]}" -v d="${cpus[1]}" 'BEGIN {
  printf "time(9 MB) / time(0.9 MB) = %.1f wall, %.1f CPU (10 times the text)\n", b / a, d / c }'
