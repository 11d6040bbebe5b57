#!/usr/bin/env bash
# The workload generator (bench/generate_corpus) through the real binaries: a small corpus with
# many planted cases validates cleanly, crosscheck finds every planted contradiction and none on
# the traps (bench/score.py), one seed always writes the same bytes, and the scorer itself fails
# when it should.
set -u
gen=$1
bin=$2
score=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok $1"; }
bad() { echo "FAIL $1"; fail=1; }
generate() {  # seed folder
  "$gen" --claims 500 --seed "$1" --contradiction-rate 0.08 --trap-rate 0.08 --out "$2" >/dev/null
}

generate 2024 "$tmp/a" && ok "generates 500 claims" || bad "generator exit"
generate 2024 "$tmp/b" && diff -r "$tmp/a" "$tmp/b" >/dev/null && ok "same seed, same bytes" \
  || bad "same seed gave different output"
generate 2025 "$tmp/c" && ! diff -q "$tmp/a/truth.json" "$tmp/c/truth.json" >/dev/null \
  && ok "another seed, another corpus" || bad "the seed changes nothing"
generate 2024 "$tmp/a" && ok "rewrites its own earlier output" || bad "rerun into the same folder"
mkdir -p "$tmp/foreign" && touch "$tmp/foreign/keep"
generate 1 "$tmp/foreign" 2>/dev/null && bad "wrote into a folder it did not create" \
  || ok "refuses a foreign non-empty folder"

/usr/bin/python3 - "$tmp/a/truth.json" <<'PY' && ok "truth lists the planted cases" || bad "truth.json"
import json, sys
t = json.load(open(sys.argv[1]))
assert t["claims"] == 500 and t["seed"] == 2024
assert len(t["contradictions"]) >= 5 and len(t["traps"]) >= 5, t
assert all(len(c["claims"]) >= 2 for c in t["contradictions"] + t["traps"])
PY

out=$("$bin" validate --corpus "$tmp/a/corpus" --claims "$tmp/a/claims" 2>&1)
[ $? -eq 0 ] && echo "$out" | grep -q " 0 errors, 0 warnings" && ok "validates without errors or warnings" \
  || { bad "validate"; echo "$out" | tail -20; }

root=$(dirname "$(dirname "$score")")
/usr/bin/python3 "$root/tests/schema/check_schema.py" "$tmp/a/claims" --schema "$root/claims/schema.json" \
  >/dev/null && ok "claim files conform to claims/schema.json" || bad "schema"

"$bin" check --corpus "$tmp/a/corpus" --claims "$tmp/a/claims" --format json --output "$tmp/r.json"
[ $? -eq 1 ] && ok "check exits 1 (contradictions)" || bad "check exit"
out=$(/usr/bin/python3 "$score" "$tmp/a/truth.json" "$tmp/r.json")
[ $? -eq 0 ] && echo "$out" | grep -q "^recall=1.000 .* false_contradictions=0 unexpected=0" \
  && ok "recall 1.0, no false contradiction ($out)" || { bad "score"; echo "$out"; }

# The exact fast paths (intervals, category leaves) and the thread count change nothing: Z3
# alone on one thread writes the same report.
"$bin" check --corpus "$tmp/a/corpus" --claims "$tmp/a/claims" --format json --output "$tmp/z3.json" \
  --no-fast-path --threads 1
cmp -s "$tmp/r.json" "$tmp/z3.json" && ok "same report with Z3 alone on one thread" \
  || bad "fast paths change the report"

# The scorer must be able to fail: drop the contradictions, then put one on a trap.
/usr/bin/python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
report = json.load(open(f"{tmp}/r.json"))
truth = json.load(open(f"{tmp}/a/truth.json"))
report["findings"] = [f for f in report["findings"] if f["kind"] != "contradiction"]
json.dump(report, open(f"{tmp}/none.json", "w"))
trap_ids = truth["traps"][0]["claims"][:2]
report["findings"].append({"kind": "contradiction", "minimal_sets": [trap_ids]})
json.dump(report, open(f"{tmp}/trap.json", "w"))
PY
/usr/bin/python3 "$score" --quiet "$tmp/a/truth.json" "$tmp/none.json" | grep -q "^recall=0.000" \
  && ok "scorer reports misses" || bad "scorer missed the misses"
/usr/bin/python3 "$score" --quiet "$tmp/a/truth.json" "$tmp/trap.json" >/dev/null \
  && bad "scorer accepted a contradiction on a trap" || ok "scorer fails on a trap flagged"

exit $fail
