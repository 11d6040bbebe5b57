#!/usr/bin/env bash
# CI formats and regression mode, through the real binary on the bundled corpus.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok $1"; }
bad() { echo "FAIL $1"; fail=1; }

# Several formats from one solve, each to its own output.
"$bin" check --format junit --format sarif --format json \
  --output "$tmp/r.xml" --output "$tmp/r.sarif" --output "$tmp/r.json"
[ $? -eq 1 ] && ok "multi-format run exits 1 (contradictions)" || bad "multi-format exit"
/usr/bin/python3 - "$tmp" <<'PY' && ok "junit and sarif are well formed" || bad "junit/sarif content"
import json, sys, xml.etree.ElementTree as ET
tmp = sys.argv[1]
root = ET.parse(f"{tmp}/r.xml").getroot()
cases = root.findall(".//testcase")
files = [c for c in cases if c.get("classname") == "crosscheck.claim_files"]
assert len(files) == 6, len(files)                      # one per claim file
failures = root.findall(".//failure")
assert len(failures) >= 8 and root.get("failures") == str(len(failures))
assert root.get("tests") == str(len(cases)) and all(c.get("time") == "0" for c in cases)
names = {c.get("name") for c in cases}
assert "claims/01net-wired.yaml" in names
for case in cases:                                      # one case per finding, text = summary
    failure = case.find("failure")
    if failure is None:
        continue
    assert case.get("file", "").startswith("claims/"), case.attrib
    assert case.get("name").split()[0] in failure.get("message")
    assert failure.text.split("\n")[0] in failure.get("message")
sarif = json.load(open(f"{tmp}/r.sarif"))
assert sarif["version"] == "2.1.0"
results = sarif["runs"][0]["results"]
contradictions = [r for r in results if r["ruleId"] == "contradiction"]
report = json.load(open(f"{tmp}/r.json"))
assert len(contradictions) == report["summary"]["contradiction"]
for r in contradictions:
    for loc in r["locations"]:
        region = loc["physicalLocation"]["region"]
        uri = loc["physicalLocation"]["artifactLocation"]["uri"]
        line = open(uri, encoding="utf-8").read().split("\n")[region["startLine"] - 1]
        assert "id:" in line, (uri, region, line)       # points at the claim's first line
        assert loc["physicalLocation"]["artifactLocation"]["uriBaseId"] == "SRCROOT"
run = sarif["runs"][0]
assert "SRCROOT" in run["originalUriBaseIds"]
assert run["tool"]["driver"]["version"]
for rule in run["tool"]["driver"]["rules"]:                # GitHub's GH2012 asks for these
    assert rule["fullDescription"]["text"] and rule["help"]["text"], rule["id"]
assert run["invocations"] == [{"executionSuccessful": True}]
findings = {f["id"]: f for f in report["findings"]}
for r in contradictions:                                   # the claim to doubt is the location
    f = findings[r["partialFingerprints"]["crosscheckFindingId/v1"]]
    assert len(r["locations"]) == 1
    assert r["locations"][0]["message"]["text"].split(":")[0] in f["retract"], r["locations"]
    assert len(r["relatedLocations"]) == len([c for c in f["claims"] if c["location"]["line"] > 0]) - 1
PY

# Input errors reach SARIF: the invocation failed, one notification per problem, at its place.
broken=tests/validate/broken
"$bin" check --corpus $broken/corpus --claims $broken/claims --format sarif --output "$tmp/b.sarif" \
  >/dev/null 2>&1
/usr/bin/python3 - "$tmp/b.sarif" <<'PY' && ok "sarif carries input errors" || bad "sarif input errors"
import json, sys
inv = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
assert inv["executionSuccessful"] is False
notes = inv["toolExecutionNotifications"]
assert any("unknown entity" in n["message"]["text"] and n["level"] == "error" for n in notes)
assert all("locations" in n for n in notes if "unknown entity" in n["message"]["text"])
PY
"$bin" check --corpus $broken/corpus --claims $broken/claims --format junit --output "$tmp/b.xml" \
  >/dev/null 2>&1
/usr/bin/python3 - "$tmp/b.xml" <<'PY' && ok "junit carries input errors" || bad "junit input errors"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
errors = root.findall(".//error")
assert int(root.get("errors")) == len(errors) > 0
assert any("unknown entity" in e.text and e.get("type") == "input" for e in errors)
PY

# Same input, same bytes, in the CI formats too.
"$bin" check --format junit --format sarif --output "$tmp/r2.xml" --output "$tmp/r2.sarif"
cmp -s "$tmp/r.xml" "$tmp/r2.xml" && cmp -s "$tmp/r.sarif" "$tmp/r2.sarif" \
  && ok "junit and sarif are deterministic" || bad "junit/sarif determinism"

# Mismatched --format/--output is a usage error.
"$bin" check --format md --format json >/dev/null 2>&1
[ $? -eq 2 ] && ok "two formats without outputs is a usage error" || bad "usage error"

# Regression mode: a baseline accepts known findings; removing one makes it new again.
"$bin" check --baseline "$tmp/base.json" --update-baseline >/dev/null 2>&1
[ $? -eq 0 ] && ok "update-baseline exits 0" || bad "update-baseline"
"$bin" check --baseline "$tmp/base.json" >/dev/null 2>"$tmp/err"
[ $? -eq 0 ] && grep -q "0 new" "$tmp/err" && ok "known findings pass" || bad "baseline pass"
"$bin" check --baseline "$tmp/base.json" --format junit --output "$tmp/k.xml" >/dev/null 2>&1
/usr/bin/python3 - "$tmp/k.xml" <<'PY' && ok "accepted findings are skipped in junit" || bad "junit skipped"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.get("failures") == "0" and int(root.get("skipped")) >= 8
assert len(root.findall(".//skipped")) == int(root.get("skipped"))
PY
/usr/bin/python3 - "$tmp/base.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); d["accepted"] = d["accepted"][1:]
json.dump(d, open(sys.argv[1], "w"))
PY
"$bin" check --baseline "$tmp/base.json" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "1 new" "$tmp/err" && ok "a new contradiction fails" || bad "baseline new"
echo '{"crosscheck_baseline": 1, "accepted": [{"id": "C-000000000000"}]}' > "$tmp/stale.json"
"$bin" check --baseline "$tmp/stale.json" >/dev/null 2>"$tmp/err"
grep -q "resolved C-000000000000" "$tmp/err" && ok "resolved findings are reported" || bad "resolved"
"$bin" check --baseline "$tmp/stale.json" --format sarif --output "$tmp/s.sarif" >/dev/null 2>&1
/usr/bin/python3 - "$tmp/s.sarif" <<'PY' && ok "sarif baselineState" || bad "sarif baselineState"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
assert all("baselineState" in r for r in results)       # on every result once on one (3.27.24)
assert any(r["baselineState"] == "new" for r in results)
absent = [r for r in results if r["baselineState"] == "absent"]
assert [r["partialFingerprints"]["crosscheckFindingId/v1"] for r in absent] == ["C-000000000000"]
PY
# A refreshed baseline keeps who accepted a finding, when and why (and any key the desk added),
# and every report says so beside the finding.
"$bin" check --baseline "$tmp/who.json" --update-baseline >/dev/null 2>&1
/usr/bin/python3 - "$tmp/who.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["accepted"][0].update({"accepted_by": "J. Martin", "accepted_on": "2026-11-30",
                         "reason": "quoted as given", "ticket": "DESK-12"})
json.dump(d, open(sys.argv[1], "w"))
PY
"$bin" check --baseline "$tmp/who.json" --update-baseline >/dev/null 2>&1
"$bin" check --baseline "$tmp/who.json" --format json --format md --format sarif \
  --output "$tmp/who-r.json" --output "$tmp/who-r.md" --output "$tmp/who-r.sarif" >/dev/null 2>&1
[ $? -eq 0 ] && /usr/bin/python3 - "$tmp" <<'PY' && ok "baseline keeps who, when and why" || bad "baseline who/when/why"
import json, sys
tmp = sys.argv[1]
entry = json.load(open(f"{tmp}/who.json"))["accepted"][0]
assert (entry["accepted_by"], entry["accepted_on"], entry["reason"], entry["ticket"]) == \
    ("J. Martin", "2026-11-30", "quoted as given", "DESK-12"), entry
assert entry["sources"], entry
finding = next(f for f in json.load(open(f"{tmp}/who-r.json"))["findings"] if f["id"] == entry["id"])
assert finding["acceptance"] == {"by": "J. Martin", "on": "2026-11-30", "reason": "quoted as given"}
assert "accepted by J. Martin on 2026-11-30: quoted as given" in open(f"{tmp}/who-r.md").read()
results = json.load(open(f"{tmp}/who-r.sarif"))["runs"][0]["results"]
r = next(r for r in results if r["partialFingerprints"]["crosscheckFindingId/v1"] == entry["id"])
assert r["suppressions"][0]["justification"] == "accepted by J. Martin on 2026-11-30: quoted as given"
PY

# A source the baseline did not list that joins an accepted dispute is new evidence: the run
# fails, JSON lists it, SARIF marks the result "updated" (here the baseline forgets a source).
/usr/bin/python3 - "$tmp/who.json" "$tmp/joined.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
entry = d["accepted"][0]
entry["sources"] = entry["sources"][:-1]
json.dump(d, open(sys.argv[2], "w"))
PY
"$bin" check --baseline "$tmp/joined.json" --format json --format sarif \
  --output "$tmp/j.json" --output "$tmp/j.sarif" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "new evidence in accepted" "$tmp/err" && /usr/bin/python3 - "$tmp" <<'PY' \
  && ok "a source joining an accepted dispute is new evidence" || bad "new evidence"
import json, sys
tmp = sys.argv[1]
entry = json.load(open(f"{tmp}/joined.json"))["accepted"][0]
reg = json.load(open(f"{tmp}/j.json"))["regression"]
assert reg["new_evidence"] == [entry["id"]] and entry["id"] in reg["new"], reg
results = json.load(open(f"{tmp}/j.sarif"))["runs"][0]["results"]
r = next(r for r in results if r["partialFingerprints"]["crosscheckFindingId/v1"] == entry["id"])
assert r["baselineState"] == "updated", r["baselineState"]
PY

echo 'not json' > "$tmp/broken.json"
"$bin" check --baseline "$tmp/broken.json" >/dev/null 2>&1
[ $? -eq 2 ] && ok "a broken baseline is bad input" || bad "broken baseline"

# --changed re-checks only what the given files touch, and says so.
"$bin" check --changed claims/01net-wired.yaml --format json --output "$tmp/c.json" 2>"$tmp/err"
grep -q "Checked only the" "$tmp/err" && ok "--changed says what it checked" || bad "--changed"

[ $fail -eq 0 ] && echo "ci formats: all checks passed"
exit $fail
