#!/usr/bin/env bash
# A story with no catalogue of its own (tests/no-catalogue/) is read with the general catalogue
# compiled into crosscheck: `check --extract` runs, with no file of catalogue/ at hand, and its
# claims are candidates of general properties.
set -u
bin=$1
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Run from an empty folder, so nothing of the source tree's catalogue/ can be read at run time.
cp -r tests/no-catalogue "$tmp/story"
cd "$tmp"
"$bin" check --extract --corpus story/corpus --claims story/claims --format json \
  --output "$tmp/r.json" 2>"$tmp/err"
code=$?
if [ $code -le 1 ]; then echo "ok check --extract runs without a catalogue"; else
  echo "FAIL check --extract: exit $code"; cat "$tmp/err"; fail=1; fi
/usr/bin/python3 -c "
import json
d = json.load(open('$tmp/r.json'))
assert d['summary']['claims'] >= 4, d['summary']
" && echo "ok candidates proposed" || { echo "FAIL too few candidates"; fail=1; }
"$bin" extract story/corpus/voltaire-fr.txt story/corpus/voltaire-en.txt --corpus story/corpus \
  --claims story/claims >"$tmp/x.yaml" 2>"$tmp/err"
[ $? -eq 0 ] && echo "ok extract runs without a catalogue" || { echo "FAIL extract"; cat "$tmp/err"; fail=1; }
# A folder of bare articles and no claims folder at all runs end to end.
mkdir -p only/corpus && cp story/corpus/*.txt only/corpus/
"$bin" check --extract --corpus only/corpus --claims only/claims --format json --output "$tmp/o.json" 2>"$tmp/err"
code=$?
if [ $code -le 1 ] && ! grep -q "error" "$tmp/err"; then echo "ok check --extract with no claims folder"; else
  echo "FAIL check --extract with no claims folder: exit $code"; cat "$tmp/err"; fail=1; fi
# No ledger either: a euro figure and a dollar figure of 2025 compare with the exchange rates
# shipped with crosscheck (catalogue/exchange_rates.yaml), so nothing is left "not checked"
# (exit 2); the report names the shipped rate it converted with.
mkdir -p money/corpus
printf 'Orbix raises its Series B\nPublished Thursday, January 22, 2026\n\nToulouse-based Orbix raised a \xe2\x82\xac70 million Series B round last year, the company said.\n' >money/corpus/wire.txt
printf 'Orbix gets ready to fly\nPublished Monday, February 2, 2026\n\nOrbix closed a $110 million Series B last year.\n' >money/corpus/weekly.txt
"$bin" check --extract --corpus money/corpus --claims money/claims --format md --output "$tmp/m.md" 2>"$tmp/err"
code=$?
if [ $code -eq 1 ] && ! grep -q "not checked" "$tmp/err" "$tmp/m.md"; then
  echo "ok a 2025 dollar figure is checked with no ledger"; else
  echo "FAIL money with no ledger: exit $code"; cat "$tmp/err"; fail=1; fi
grep -q "converted at .* USD per EUR (shipped rate: ECB EXR.D.USD.EUR.SP00.A, 2025" "$tmp/m.md" \
  && echo "ok the report names the shipped rate" || { echo "FAIL shipped rate not named"; fail=1; }
# A bare article (a .txt with no .meta.yaml) is read by `extract` as by `check`.
mkdir -p bare && cp story/corpus/voltaire-fr.txt bare/
"$bin" extract bare/voltaire-fr.txt --corpus bare --claims story/claims >"$tmp/bare.yaml" 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q "^article: voltaire-fr$" "$tmp/bare.yaml" && grep -q "no voltaire-fr.meta.yaml" "$tmp/err"; then
  echo "ok extract reads a bare article"; else echo "FAIL extract on a bare article"; cat "$tmp/err"; fail=1; fi
for property in founding_date employees revenue funds_raised; do
  grep -q "property: $property$" "$tmp/x.yaml" && echo "ok a $property candidate" ||
    { echo "FAIL no $property candidate"; fail=1; }
done
[ $fail -eq 0 ] && echo "no-catalogue cli: all checks passed"
exit $fail
