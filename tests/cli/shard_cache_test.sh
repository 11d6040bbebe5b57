#!/usr/bin/env bash
# Scale features through the real binary (issue 6): merging the shards of a split gives the
# very bytes of one run; the piece cache gives the same report warm as cold, re-solves only
# what an edit touches, and survives a corrupt cache file.
set -u
bin=$1
fail=0
pass() { echo "ok $1"; }
flunk() { echo "FAIL $1"; fail=1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One run, every format the merge can write.
for f in md json sarif; do
  "$bin" check --format $f --output "$tmp/one.$f" 2>/dev/null
done
for n in 1 2 3 5; do
  shards=()
  for i in $(seq 1 $n); do
    "$bin" check --shard $i/$n --output "$tmp/s$i-of-$n.ccr" 2>/dev/null
    shards+=("$tmp/s$i-of-$n.ccr")
  done
  for f in md json sarif; do
    "$bin" merge "${shards[@]}" --format $f --output "$tmp/merged.$f" 2>/dev/null
    cmp -s "$tmp/one.$f" "$tmp/merged.$f" && pass "merge of $n shards = one run ($f)" \
      || flunk "merge of $n shards differs from one run ($f)"
  done
done
"$bin" merge "$tmp/s1-of-3.ccr" "$tmp/s3-of-3.ccr" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "shards missing from the split in 3: 2" "$tmp/err" \
  && pass "merge names a missing shard" || flunk "missing shard: $(cat "$tmp/err")"
"$bin" merge "$tmp/s1-of-3.ccr" "$tmp/s1-of-3.ccr" "$tmp/s2-of-3.ccr" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "given twice" "$tmp/err" && pass "merge refuses a shard given twice" \
  || flunk "duplicate shard: $(cat "$tmp/err")"
echo "not a shard" > "$tmp/junk.ccr"
"$bin" merge "$tmp/junk.ccr" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "junk.ccr" "$tmp/err" && pass "merge rejects a foreign file" \
  || flunk "foreign file: $(cat "$tmp/err")"

# The cache, on a copy of the corpus we can edit.
cp -r corpus claims "$tmp/"
run() { "$bin" check --corpus "$tmp/corpus" --claims "$tmp/claims" "$@"; }
run --format md --output "$tmp/cold.md" --cache-dir "$tmp/cache" 2>"$tmp/err1"
run --format md --output "$tmp/warm.md" --cache-dir "$tmp/cache" 2>"$tmp/err2"
cmp -s "$tmp/cold.md" "$tmp/warm.md" && pass "warm report = cold report" || flunk "warm differs"
grep -q "cache .*: 0 of [0-9]* pieces reused" "$tmp/err1" && pass "cold run solves everything" \
  || flunk "cold: $(cat "$tmp/err1")"
pieces=$(sed -n 's/.*: \([0-9]*\) of \([0-9]*\) pieces reused.*/\2/p' "$tmp/err2")
grep -q "cache .*: $pieces of $pieces pieces reused, 0 solved" "$tmp/err2" \
  && pass "warm run solves nothing" || flunk "warm: $(cat "$tmp/err2")"
# Edit one figure: only the pieces holding that file's claims are solved again, and the report
# is the one a run without cache gives on the edited corpus.
sed -i 's/value: "139 chercheurs"/value: "200 chercheurs"/' "$tmp/claims/lemonde-liang.yaml"
grep -q '"200 chercheurs"' "$tmp/claims/lemonde-liang.yaml" || flunk "test edit did not apply"
run --format md --output "$tmp/edited.md" --cache-dir "$tmp/cache" 2>"$tmp/err3"
run --format md --output "$tmp/fresh.md" 2>/dev/null
cmp -s "$tmp/edited.md" "$tmp/fresh.md" && pass "edited warm report = fresh run" \
  || flunk "edited warm report differs from a fresh run"
solved=$(sed -n 's/.*pieces reused, \([0-9]*\) solved.*/\1/p' "$tmp/err3")
[ -n "$solved" ] && [ "$solved" -ge 1 ] && [ "$solved" -le 3 ] \
  && pass "an edit re-solves $solved of $pieces pieces" || flunk "edit: $(cat "$tmp/err3")"
# A run limited to one file's pieces keeps the rest of the cache: the next full run reuses all.
run --format md --output "$tmp/partial.md" --cache-dir "$tmp/cache" \
  --changed "$tmp/claims/lemonde-liang.yaml" 2>/dev/null
run --format md --output "$tmp/full.md" --cache-dir "$tmp/cache" 2>"$tmp/err4"
grep -q "cache .*: $pieces of $pieces pieces reused, 0 solved" "$tmp/err4" \
  && pass "a --changed run keeps the cache whole" || flunk "after --changed: $(cat "$tmp/err4")"
# A corrupt cache is ignored, not trusted.
head -c 200 "$tmp/cache/pieces.bin" > "$tmp/cut" && mv "$tmp/cut" "$tmp/cache/pieces.bin"
run --format md --output "$tmp/after-corruption.md" --cache-dir "$tmp/cache" 2>/dev/null
cmp -s "$tmp/after-corruption.md" "$tmp/fresh.md" && pass "a truncated cache is ignored" \
  || flunk "truncated cache changed the report"

# Issue 15's stale answer: an article's language (which values are read in) changed between two
# cached runs. The cached run must solve again and say what a fresh run says (a contradiction).
cp -r tests/golden/french-billion "$tmp/fb"
fb() { "$bin" check --corpus "$tmp/fb/corpus" --claims "$tmp/fb/claims" \
  --format md --output - "$@"; }
cp -r claims/catalogue "$tmp/fb/claims/catalogue"
fb --cache-dir "$tmp/fb-cache" >/dev/null 2>&1
sed -i 's/^language: en$/language: fr/' "$tmp/fb/corpus/en-a.meta.yaml"
fb --cache-dir "$tmp/fb-cache" >"$tmp/fb-warm.md" 2>"$tmp/fb-err"
fb >"$tmp/fb-fresh.md" 2>/dev/null
cmp -s "$tmp/fb-warm.md" "$tmp/fb-fresh.md" && grep -q -i "contradiction" "$tmp/fb-fresh.md" \
  && ! grep -q "2 of 2 pieces reused" "$tmp/fb-err" \
  && pass "a changed article language is not served from the cache" \
  || flunk "language change served stale: $(cat "$tmp/fb-err")"
exit $fail
