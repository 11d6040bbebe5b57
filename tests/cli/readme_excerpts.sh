#!/usr/bin/env bash
# The README quotes the committed report verbatim: every line of its blockquotes (without the
# "> ") must be a whole line of reports/deepseek.md, so a change of wording in the report fails
# here until the README is updated with it.
set -u
cd "$(dirname "$0")/../.."
fail=0
while IFS= read -r line; do
  text=${line#> }
  [ "$line" = ">" ] && continue
  grep -qxF -- "$text" reports/deepseek.md || { echo "FAIL README quotes a line the report does not have: $text"; fail=1; }
done < <(grep '^>' README.md)
n=$(grep -c '^> ' README.md)
[ "$n" -ge 8 ] || { echo "FAIL only $n quoted lines in README (expected the report excerpt)"; fail=1; }
[ $fail -eq 0 ] && echo "readme excerpts: $n quoted lines, all in reports/deepseek.md"
exit $fail
