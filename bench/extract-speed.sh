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
