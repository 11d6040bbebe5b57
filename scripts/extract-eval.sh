#!/usr/bin/env bash
# Measures `crosscheck check --extract` (raw articles in, no claim files, no catalogue of their
# own) against gold answers, one line per story and one for the bundled corpus.
#
#   scripts/extract-eval.sh [--details] [--bundled] [FOLDER...]
#
# With no argument: every story folder under ../shared/dev-articles/ (beside the repository)
# and under tests/extract-stories/, then the bundled corpus. Otherwise each FOLDER is a story
# folder (it holds gold.yaml) or a folder of story folders, and --bundled adds (or alone
# measures) the bundled corpus.
# --details lists every reported contradiction under its line with what it matched.
# The binary is build/crosscheck, or $CROSSCHECK.
#
# Story lines (gold.yaml, format in ../shared/dev-articles/README.md):
#   STORY: claims N, contradictions found F/G, false X (of R reported), traps broken T/U,
#   tensions S/V, inferences I/J
# - N: claims the extractor proposed for the story's articles.
# - A reported claim covers a gold phrase when it comes from that phrase's article and its
#   quoted span overlaps the phrase's bytes.
# - F of G: gold contradictions with two sides covered by one reported contradiction.
# - X of R: reported contradictions that cover two sides of no gold contradiction.
# - T of U: gold traps with two claims covered by one reported contradiction or tension.
# - S of V, I of J: gold tensions (two claims covered by a reported tension) and inferences
#   (a claim covered by a reported inference).
#
# Bundled line (corpus/ and claims/ of this repository):
#   deepseek (bundled): claims N, contradictions found F/G, false X (of R reported),
#   traps broken T
# The gold is the hand report, `check --corpus corpus --claims claims`; the measured report is
# `check --extract` on a copy of corpus/ with no claims folder at all.
# - N: claims the extractor proposed for the five articles.
# - A hand claim's span is its quote located in its article (white space runs folded, first
#   occurrence, as the loader does); reference-ledger claims have none and match nothing.
#   An extracted claim covers a hand claim when both come from the same article and their spans
#   overlap. Two claims of a contradiction are opposed when one of its minimal conflicting sets
#   holds both.
# - F of G: hand contradictions (G: all of the hand report) that some reported contradiction
#   finds, i.e. two claims it opposes cover two different hand claims that the hand
#   contradiction opposes.
# - X of R: reported contradictions that find no hand contradiction.
# - T: those of X in which two opposed claims cover two different hand claims. The hand report
#   reads both passages and does not oppose them (they vary, agree, or state different facts:
#   the traps of this corpus), so the automatic path broke a pair the hand path respects. The
#   other X - T rest on figures no hand claim states as a fact.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${CROSSCHECK:-$root/build/crosscheck}"
python="${PYTHON:-/usr/bin/python3}"

if [ ! -x "$bin" ]; then
  echo "extract-eval: no crosscheck binary at $bin: build it (README, Set-up) or set CROSSCHECK" >&2
  exit 2
fi

stories=()
# add_stories FOLDER: the folder itself if it is a story, else the stories directly in it.
add_stories() {
  local dir=${1%/} n=0 sub
  if [ -f "$dir/gold.yaml" ]; then
    stories+=("$dir")
    return
  fi
  [ -d "$dir" ] || { echo "extract-eval: no such folder: $dir" >&2; exit 2; }
  for sub in "$dir"/*/; do
    [ -f "$sub/gold.yaml" ] && { stories+=("${sub%/}"); n=$((n + 1)); }
  done
  if [ "$n" -eq 0 ]; then
    echo "extract-eval: $dir holds no gold.yaml, nor any folder with one" >&2
    exit 2
  fi
}

options=()
bundled=0
folders=()
for arg in "$@"; do
  case "$arg" in
    --details) options+=(--details) ;;
    --bundled) bundled=1 ;;
    -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "extract-eval: unknown option $arg" >&2; exit 2 ;;
    *) folders+=("$arg") ;;
  esac
done

if [ ${#folders[@]} -eq 0 ] && [ "$bundled" -eq 0 ]; then
  if [ -d "$root/../shared/dev-articles" ]; then
    add_stories "$root/../shared/dev-articles"
  else
    echo "extract-eval: $root/../shared/dev-articles is absent: its stories are skipped" >&2
  fi
  [ -d "$root/tests/extract-stories" ] && add_stories "$root/tests/extract-stories"
  bundled=1
else
  for folder in "${folders[@]}"; do add_stories "$folder"; done
fi

[ "$bundled" -eq 1 ] && options+=(--bundled "$root")
exec "$python" "$root/scripts/extract-eval.py" "$bin" "${options[@]}" "${stories[@]}"
