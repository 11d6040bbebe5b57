#!/usr/bin/env bash
# `crosscheck extract` on every seed article: the claim files it writes validate with zero
# errors and conform to the schema; `check --extract` reports from the articles alone.
set -u
bin=$1
fail=0
check() {  # check NAME EXPECTED_EXIT ACTUAL_EXIT
  if [ "$2" != "$3" ]; then echo "FAIL $1: exit $3, expected $2"; fail=1; else echo "ok $1"; fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/claims"
cp -r corpus "$tmp/corpus"
cp -r claims/catalogue claims/reference.yaml "$tmp/claims/"

"$bin" extract corpus/*.txt --output "$tmp/claims" >/dev/null 2>"$tmp/extract.err"
check "extract writes a file per seed" 0 $?
for meta in corpus/*.meta.yaml; do
  id=$(basename "$meta" .meta.yaml)
  [ -s "$tmp/claims/$id.yaml" ] || { echo "FAIL no claims/$id.yaml"; fail=1; }
  grep -q "^  - id: $id\.x1$" "$tmp/claims/$id.yaml" || { echo "FAIL $id: no candidate"; fail=1; }
done

out=$("$bin" validate --corpus "$tmp/corpus" --claims "$tmp/claims" 2>&1)
check "extracted claims validate" 0 $?
echo "$out" | grep -q ", 0 errors, 0 warnings$" || { echo "FAIL validate summary: $out"; fail=1; }

/usr/bin/python3 tests/schema/check_schema.py "$tmp/claims" >/dev/null
check "extracted claims conform to the schema" 0 $?

# Standard output: one YAML document per article, by id or by path.
n=$("$bin" extract lemonde-liang corpus/reuters-r2.txt | grep -c '^article: ')
[ "$n" = 2 ] && echo "ok two articles on standard output" || { echo "FAIL documents: $n"; fail=1; }
"$bin" extract no-such-article >/dev/null 2>&1; check "unknown article is bad input" 2 $?

# check --extract: a report from the raw articles (0 or 1: consistent or not, never bad input).
"$bin" check --extract --format json --output "$tmp/r.json" >/dev/null 2>&1
code=$?
[ $code -le 1 ] && echo "ok check --extract runs" || { echo "FAIL check --extract: exit $code"; fail=1; }
/usr/bin/python3 -c "
import json
d = json.load(open('$tmp/r.json'))
assert d['summary']['claims'] > 50, d['summary']
assert not d['not_checked'], d['not_checked']
" && echo "ok check --extract reports on extracted claims" || { echo "FAIL check --extract"; fail=1; }

[ $fail -eq 0 ] && echo "extract cli: all checks passed"
exit $fail
