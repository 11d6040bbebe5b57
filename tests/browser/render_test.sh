#!/usr/bin/env bash
# The HTML report in a real browser: Debian's chromium loads the bundled corpus's report from a
# file, its script runs to the end without an error (data-ready, no data-js-errors), and the
# page renders to a screenshot that is not blank. The screenshot is kept for people to look at.
# Usage: render_test.sh CROSSCHECK_BINARY ARTIFACT_DIR
set -u
bin=$1
artifacts=$2
if ! command -v chromium >/dev/null; then
  echo "FAIL chromium is not installed; scripts/install-deps.sh --with-browser installs it" \
       "(scripts/test.sh does)"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# Exit 1 means contradictions were found: that is the report's content.
"$bin" check --format html --output "$tmp/deepseek.html"
if [ $? -gt 1 ] || [ ! -s "$tmp/deepseek.html" ]; then echo "FAIL check --format html"; exit 1; fi

# Self-contained: nothing that would make the browser fetch (links within the page only).
# Links out (<a href>: an article, a source, a Wikidata item) fetch nothing until followed.
external='<[a-z][^>]* src=|<(link|base|use|image)[^>]* (x?link:)?href="[^#]|url\(|@import'
if grep -Eq "$external" "$tmp/deepseek.html"; then
  echo "FAIL the report refers to an external resource:"
  grep -Eo ".{0,40}($external).{0,40}" "$tmp/deepseek.html" | head -5
  fail=1
fi

browser() {  # a fresh profile each run, and no network chatter of chromium's own
  local profile
  profile=$(mktemp -d -p "$tmp")
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>>"$tmp/chromium.log"
}

browser --dump-dom "file://$tmp/deepseek.html" >"$tmp/dom.html"
if [ $? -ne 0 ] || [ ! -s "$tmp/dom.html" ]; then
  echo "FAIL chromium --dump-dom did not produce the page"
  tail -5 "$tmp/chromium.log"
  exit 1
fi
root=$(grep -m1 -o '<html[^>]*>' "$tmp/dom.html")
if [[ "$root" == *data-js-errors* ]]; then
  echo "FAIL the page's script raised an error: $root"
  fail=1
elif [[ "$root" != *'data-ready="1"'* ]]; then
  echo "FAIL the page's script did not finish (no data-ready): $root"
  fail=1
else
  echo "ok the page's script ran to the end without an error"
fi

# Driven as a desk would: filter, "show all", a timeline bar of a filtered-out finding.
cp "$(dirname "$0")/drive.html" "$tmp/drive.html"
axe_js="$(dirname "$0")/../../.tools/node_modules/axe-core/axe.min.js"
if [ -f "$axe_js" ]; then
  cp "$axe_js" "$tmp/axe.min.js"
else
  echo "FAIL axe-core is not installed; scripts/install-deps.sh --with-browser installs it"
  fail=1
fi
browser --allow-file-access-from-files --virtual-time-budget=30000 --dump-dom \
  "file://$tmp/drive.html" >"$tmp/drive-dom.html"
pre() {  # the text of the dumped page's <pre id="$1">
  /usr/bin/python3 -c 'import html, re, sys
m = re.search(r"<pre id=\"%s\">(.*?)</pre>" % sys.argv[1], open(sys.argv[2], encoding="utf-8").read(), re.S)
print(html.unescape(m.group(1)) if m else "no output")' "$1" "$tmp/drive-dom.html"
}
result="$(pre out)
$(pre phone-out)"
axe=$(pre axe-out)
expect_line() {  # expect_line PATTERN WHAT
  if grep -Eq "$1" <<<"$result"; then echo "ok $2"; else echo "FAIL $2: $result"; fail=1; fi
}
expect_line "hidden-after-filter [1-9]" "unticking a kind hides its cards"
expect_line "hidden-after-show-all 0" "show all brings every card back"
expect_line "timeline-link-to-hidden found" "a timeline bar links to a filtered-out finding"
expect_line "target-hidden-after-click false" "clicking that bar reveals the finding"
expect_line "keyboard-controls [1-9][0-9]* unreachable 0$" "every control and link takes keyboard focus"
expect_line "doubt-line-opens-hidden-finding true" "a line of What to doubt, from the keyboard, opens a filtered-out finding"
expect_line "errors 0$" "no script error while driving the page"
expect_line "phone-page-width (3[0-8][0-9]|390)$" "at 390 px the page does not scroll sideways"
# Accessibility: axe-core's WCAG 2.1 A/AA rules, no serious or critical violation.
if ! grep -q "axe-done" <<<"$axe"; then
  echo "FAIL axe-core did not run: $axe"
  fail=1
elif grep -Eq "^(serious|critical) " <<<"$axe"; then
  echo "FAIL axe-core finds serious or critical violations (impact rule nodes):"
  grep -E "^(serious|critical) " <<<"$axe"
  fail=1
else
  echo "ok axe-core: no serious or critical WCAG 2.1 A/AA violation ($(tr '\n' ' ' <<<"$axe"))"
fi

mkdir -p "$artifacts"
rm -f "$artifacts/deepseek.png"
browser --screenshot="$artifacts/deepseek.png" --window-size=1280,2000 \
  "file://$tmp/deepseek.html" >/dev/null
if [ ! -s "$artifacts/deepseek.png" ]; then
  echo "FAIL no screenshot"
  tail -5 "$tmp/chromium.log"
  exit 1
fi
browser --screenshot="$artifacts/deepseek-390.png" --window-size=390,1600 \
  "file://$tmp/deepseek.html" >/dev/null  # the phone view, for people to look at
if /usr/bin/python3 "$(dirname "$0")/png_colours.py" "$artifacts/deepseek.png" 20; then
  echo "ok $artifacts/deepseek.png is not blank"
else
  echo "FAIL $artifacts/deepseek.png looks blank"
  fail=1
fi
exit $fail
