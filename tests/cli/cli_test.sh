#!/usr/bin/env bash
# Drives the real crosscheck binary: exit codes 0/1/2 and diagnostics on stderr.
set -u
bin=$1
fail=0
check() {  # check NAME EXPECTED_EXIT ACTUAL_EXIT
  if [ "$2" != "$3" ]; then echo "FAIL $1: exit $3, expected $2"; fail=1; else echo "ok $1"; fi
}

out=$("$bin" validate 2>&1); check "bundled corpus validates" 0 $?
echo "$out" | grep -q "0 errors" || { echo "FAIL bundled corpus summary: $out"; fail=1; }

broken=tests/validate/broken
err=$("$bin" validate --corpus $broken/corpus --claims $broken/claims 2>&1 >/dev/null)
check "broken corpus fails" 1 $?
echo "$err" | grep -q "^$broken/claims/good.yaml:9:14: error: unknown entity 'openai'$" \
  || { echo "FAIL broken corpus position: $err"; fail=1; }

# check on a corpus with bad claims: the good claims are still checked and reported, the bad
# ones are listed, and the exit code says the input was invalid.
tmp=$(mktemp -d)
"$bin" check --corpus $broken/corpus --claims $broken/claims --format json --output "$tmp/r.json" \
  >/dev/null 2>&1
check "check with input errors exits 2" 2 $?
/usr/bin/python3 -c "
import json, sys
d = json.load(open('$tmp/r.json'))
assert d['summary']['claims'] == 2, d['summary']
assert any('unknown entity' in n['message'] for n in d['not_checked'])
" && echo "ok the rest of a broken corpus is checked and reported" || { echo "FAIL partial check"; fail=1; }
"$bin" check --output /nonexistent-dir/r.md >/dev/null 2>&1; check "unwritable output is bad input" 2 $?
[ ! -e /nonexistent-dir ] || { echo "FAIL left a file behind"; fail=1; }
err=$("$bin" check --output /nonexistent-dir/r.md 2>&1 >/dev/null)
[[ $err == *"cannot write /nonexistent-dir/r.md.tmp"* ]] \
  && echo "ok an unwritable report names its file" || { echo "FAIL unwritable report: $err"; fail=1; }
# Reports are streamed into a temporary file renamed at the end: a run whose report cannot be
# written (here its second format) leaves the earlier report as it was and nothing beside it.
mkdir -p "$tmp/kept" && echo "old report" > "$tmp/kept/r.md"
"$bin" check --output "$tmp/kept/r.json" --output /nonexistent-dir/r.md >/dev/null 2>&1
check "a report that cannot be written is bad input" 2 $?
"$bin" check --format md --output "$tmp/kept/r.md" --format json --output /nonexistent-dir/r.json \
  >/dev/null 2>&1
[ "$(ls "$tmp/kept" | tr '\n' ' ')" = "r.json r.md " ] && [ "$(cat "$tmp/kept/r.md")" != "old report" ] \
  && echo "ok reports written before a failed one are whole, none half-written" \
  || { echo "FAIL files after a failed report: $(ls "$tmp/kept")"; fail=1; }

# The parsed-claim cache and the thread count change nothing in what validate prints.
plain=$("$bin" validate --corpus $broken/corpus --claims $broken/claims 2>&1)
"$bin" validate --corpus $broken/corpus --claims $broken/claims --cache-dir "$tmp/cache" \
  >/dev/null 2>&1
warm=$("$bin" validate --corpus $broken/corpus --claims $broken/claims --cache-dir "$tmp/cache" \
  --threads 1 2>&1)
[ "$warm" = "$plain" ] && [ -n "$(ls "$tmp/cache")" ] && echo "ok warm cache, one thread" \
  || { echo "FAIL warm cache output differs"; fail=1; }
rm -rf "$tmp"

"$bin" >/dev/null 2>&1; check "no subcommand is a usage error" 2 $?
"$bin" validate --no-such-flag >/dev/null 2>&1; check "unknown flag is a usage error" 2 $?
"$bin" validate --corpus /nonexistent >/dev/null 2>&1; check "missing corpus folder" 1 $?
"$bin" --help >/dev/null 2>&1; check "help" 0 $?

# A claim the check leaves out (no exchange rate covers its date) is never a clean result: check
# exits 2 and names it, validate reports it as an error at its position.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r tests/golden/rate-not-covering "$tmp/rnc" && cp -r claims/catalogue "$tmp/rnc/claims/"
case=$tmp/rnc
err=$("$bin" check --corpus $case/corpus --claims $case/claims --format md --output - 2>&1 \
  >/dev/null)
check "check with a claim not checked exits 2" 2 $?
err=$("$bin" validate --corpus $case/corpus --claims $case/claims 2>&1 >/dev/null)
check "validate with a claim not checked fails" 1 $?
echo "$err" | grep -q "^$case/claims/[ab].yaml:[0-9]*:[0-9]*: error: claim '.*' not checked: " \
  || { echo "FAIL validate names the claim not checked: $err"; fail=1; }

# Anchors (`relative_to`, `between`): validate reports each mistake at its field's position, and
# a relative phrase without `relative_to` names the field.
case=tests/golden/anchored-errors
err=$("$bin" validate --corpus $case/corpus --claims $case/claims 2>&1 >/dev/null)
check "validate with wrong anchors fails" 1 $?
for want in "claims/a.yaml:8:107: error: unknown claim 'a-fonded' in 'relative_to'" \
    "claims/a.yaml:10:105: error: claim 'a-staff' named by 'relative_to' is not a date" \
    "claims/a.yaml:12:101: error: claim 'a-v3' is dated relative to itself through a cycle" \
    "claims/a.yaml:6:76: error: 'l'année suivante' is a date relative to another claim's date: name that claim with 'relative_to: <claim id>'"; do
  echo "$err" | grep -qF "$case/$want" || { echo "FAIL validate names: $want in $err"; fail=1; }
done

# Parts of wholes (`of`, `part_of`): validate reports each mistake at its field's position.
case=tests/golden/part-of-errors
err=$("$bin" validate --corpus $case/corpus --claims $case/claims 2>&1 >/dev/null)
check "validate with wrong wholes fails" 1 $?
for want in "claims/a.yaml:7:85: error: unknown claim 'a-staf' in 'of'" \
    "claims/a.yaml:9:83: error: claim 'a-raised' named by 'of' measures money (funds_raised), and this claim count (employees)" \
    "claims/a.yaml:11:89: error: claim 'a-price' named by 'of' is not a figure that has parts" \
    "claims/a.yaml:13:84: error: 'of' makes this figure a part of another claim's, and property 'price' is not additive" \
    "claims/a.yaml:15:79: error: claim 'a-lyon-x' is a part of itself through a cycle of 'of' (a-lyon-x -> a-lyon-y -> a-lyon-x)"; do
  echo "$err" | grep -qF "$case/$want" || { echo "FAIL validate names: $want in $err"; fail=1; }
done
case=tests/golden/part-of-cycle
err=$("$bin" validate --corpus $case/corpus --claims $case/claims 2>&1 >/dev/null)
check "validate with a cycle of part_of fails" 1 $?
for want in "claims/catalogue/entities.yaml:2:82: error: entity 'acme' is part of itself through a cycle of part_of (acme -> acme-lyon -> acme)" \
    "claims/catalogue/entities.yaml:4:90: error: entity 'acme-grenoble' is part_of unknown entity 'acme-nowhere'"; do
  echo "$err" | grep -qF "$case/$want" || { echo "FAIL validate names: $want in $err"; fail=1; }
done

# A part and its whole in two currencies: no bound, and the part claim's reading says so.
abs_bin=$(readlink -f "$bin")
out=$(cd tests/golden/of-other-currency && "$abs_bin" check --output - 2>/dev/null)
echo "$out" | grep -qF "(a part of claim 'a-raised', not compared: this figure is in USD, that one in EUR)" \
  || { echo "FAIL the part claim's reading says the currencies were not compared: $out"; fail=1; }

# A corpus with no reference ledger converts money with the shipped rates: a dollar figure of 2025
# is checked (no "not checked", no exit 2) and validate is clean.
cp -r tests/golden/shipped-rates "$tmp/sr" && cp -r claims/catalogue "$tmp/sr/claims/"
case=$tmp/sr
[ ! -e $case/claims/reference.yaml ] || { echo "FAIL shipped-rates has a ledger"; fail=1; }
out=$("$bin" check --corpus $case/corpus --claims $case/claims --format md --output - 2>&1)
check "check with no ledger converts with shipped rates" 1 $?
echo "$out" | grep -q "not checked" && { echo "FAIL claims not checked: $out"; fail=1; }
"$bin" validate --corpus $case/corpus --claims $case/claims >/dev/null 2>&1
check "validate with no ledger is clean" 0 $?

# Warnings reach the user: a cache folder that cannot be made (under a regular file) is said, on
# stderr, and does not change the verdict.
touch "$tmp/plain-file"
err=$("$bin" check --cache-dir "$tmp/plain-file/cache" --format md --output - 2>&1 >/dev/null)
check "an unusable cache changes no exit code" 1 $?
echo "$err" | grep -q "^$tmp/plain-file/cache: warning: cache not saved: " \
  && echo "ok the cache-not-saved warning is shown" \
  || { echo "FAIL cache warning not shown: $err"; fail=1; }

# --changed with a path that is no claim file (here .yml for .yaml) is an input error naming it,
# not a check of everything; a real claim file checks its groups.
err=$("$bin" check --changed claims/lemonde-liang.yml --format md --output - 2>&1 >/dev/null)
check "--changed naming no claim file exits 2" 2 $?
echo "$err" | grep -q "^claims/lemonde-liang.yml: error: --changed names no claim file" \
  || { echo "FAIL --changed unmatched message: $err"; fail=1; }
echo "$err" | grep -q "Checked only the .* (155 of 155 claims)" \
  && { echo "FAIL --changed unmatched checked everything: $err"; fail=1; }
"$bin" check --changed claims/lemonde-liang.yaml --format md --output - >/dev/null 2>&1
[ $? != 2 ] && echo "ok --changed with a claim file" || { echo "FAIL --changed claim file"; fail=1; }

# The command line a user types (issue 14): --version, exit codes in every --help, "did you
# mean" for a mistyped command or option, a refused thread count, no report of nothing, and the
# format taken from --output's extension.
out=$("$bin" --version 2>&1); check "--version" 0 $?
echo "$out" | grep -qE "^crosscheck [0-9]+\.[0-9]+\.[0-9]+$" || { echo "FAIL --version: $out"; fail=1; }
for sub in "" validate check merge extract; do
  "$bin" $sub --help 2>&1 | grep -q "^Exit codes: 0 .* 3 aborted" \
    && echo "ok exit codes in '$sub --help'" || { echo "FAIL exit codes in '$sub --help'"; fail=1; }
done
err=$("$bin" chek 2>&1); check "mistyped command" 2 $?
echo "$err" | grep -q "unknown command 'chek' (did you mean 'check'?)" \
  || { echo "FAIL command suggestion: $err"; fail=1; }
err=$("$bin" check --thread 2 --fromat md 2>&1); check "mistyped options" 2 $?
echo "$err" | grep -q -- "--thread (did you mean --threads?) 2 --fromat (did you mean --format?) md" \
  || { echo "FAIL option suggestion: $err"; fail=1; }
err=$("$bin" check --threads -3 2>&1); check "negative thread count" 2 $?
echo "$err" | grep -q -- "--threads: Value -3 not in range" || { echo "FAIL threads: $err"; fail=1; }
empty=$(mktemp -d)
out=$(cd "$empty" && "$bin" check 2>&1); check "check with no corpus" 2 $?
echo "$out" | grep -q "nothing to check .* no report written" && ! echo "$out" | grep -q "^# crosscheck" \
  || { echo "FAIL check with no corpus: $out"; fail=1; }
"$bin" check --output "$tmp/by-ext.json" --output "$tmp/by-ext.xml" >/dev/null 2>&1
python3 -c "import json; json.load(open('$tmp/by-ext.json'))" && head -c 40 "$tmp/by-ext.xml" | grep -q "<?xml" \
  && echo "ok formats from --output extensions" || { echo "FAIL formats from extensions"; fail=1; }
"$bin" check --output "$tmp/a.json" --output "$tmp/a.txt" >/dev/null 2>&1
check "an output with no format's extension among several" 2 $?

# An article's address must be a web address, named at its position (issue 14, url:).
bad=$(mktemp -d)
cp -r tests/validate/broken/corpus tests/validate/broken/claims "$bad/"
printf 'url: ftp://example.org/x\n' >>"$bad/corpus/good.meta.yaml"
line=$(grep -n '^url:' "$bad/corpus/good.meta.yaml" | cut -d: -f1)
err=$("$bin" validate --corpus "$bad/corpus" --claims "$bad/claims" 2>&1)
echo "$err" | grep -q "good.meta.yaml:$line:6: error: 'url' must be a web address" \
  && echo "ok a bad url is named at its position" || { echo "FAIL bad url: $err"; fail=1; }

# A ledger fact's source url must be a web address too, named at its position.
cat >"$bad/claims/reference.yaml" <<'YAML'
reference: true
claims:
  - {id: ref-founded, subject: deepseek, property: founding_date, value: "2023",
     attribution: {kind: reference, source: "Registre", url: "www.example.org"}}
YAML
err=$("$bin" validate --corpus "$bad/corpus" --claims "$bad/claims" 2>&1)
echo "$err" | grep -aq "reference.yaml:4:62: error: 'url' must be a web address starting with https:// or http://, not 'www.example.org'" \
  && echo "ok a bad source url is named at its position" || { echo "FAIL bad source url: $err"; fail=1; }

# A mistyped entity or property is named with the catalogue id probably meant.
typo=$(mktemp -d)
cp -r corpus claims "$typo/"
sed -i '0,/subject: deepseek$/s//subject: deepsek/' "$typo/claims/lemonde-liang.yaml"
err=$("$bin" validate --corpus "$typo/corpus" --claims "$typo/claims" 2>&1)
echo "$err" | grep -q "error: unknown entity 'deepsek' (did you mean 'deepseek'?)" \
  && echo "ok a mistyped entity gets a suggestion" || { echo "FAIL entity suggestion: $err"; fail=1; }

[ $fail -eq 0 ] && echo "cli: all checks passed"
exit $fail
