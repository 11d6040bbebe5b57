#!/usr/bin/python3
"""Validate JSON reports against docs/report.schema.json (Debian's python3-jsonschema).

Usage: /usr/bin/python3 tests/schema/check_report_schema.py CROSSCHECK_BINARY

Checks the committed reports (reports/*.json) and the JSON report of every golden case
(tests/golden/<case>, run with the bundled catalogue when the case has none, as the golden
runner does). First self-tests the schema: the committed report must pass and a few mutations
of it must fail, so the check cannot pass vacuously. Exit 0 if everything is valid, else 1.
"""

import copy
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

from jsonschema import Draft7Validator

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))


def errors(validator, doc):
    return sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))


def main():
    binary = os.path.abspath(sys.argv[1])
    schema = json.load(open(os.path.join(REPO, "docs", "report.schema.json"), encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    validator = Draft7Validator(schema)
    fail = 0

    committed = sorted(glob.glob(os.path.join(REPO, "reports", "*.json")))
    committed = [p for p in committed if not p.endswith("schema.json")]
    base = json.load(open(committed[0], encoding="utf-8"))
    # Self-test: mutations the schema must reject.
    mutations = {
        "no schema_version": lambda d: d.pop("schema_version"),
        "unknown top-level key": lambda d: d.update({"extra": 1}),
        "kind not a kind": lambda d: d["findings"][0].update({"kind": "contradictions"}),
        "bound as a float": lambda d: d["findings"][0]["claims"][0]["normalized"].update({"low": 1.5}),
        "article without url key": lambda d: d["articles"][0].pop("url"),
    }
    for name, mutate in mutations.items():
        doc = copy.deepcopy(base)
        mutate(doc)
        if not errors(validator, doc):
            print(f"FAIL self-test: the schema accepts a report with {name}")
            fail = 1

    def check(label, doc):
        nonlocal fail
        errs = errors(validator, doc)
        if errs:
            fail = 1
            print(f"FAIL {label}")
            for e in errs[:5]:
                print(f"  {'/'.join(map(str, e.absolute_path))}: {e.message}")
        return not errs

    for path in committed:
        check(os.path.relpath(path, REPO), json.load(open(path, encoding="utf-8")))

    cases = sorted(glob.glob(os.path.join(REPO, "tests", "golden", "*", "")))
    checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            name = os.path.basename(os.path.dirname(case))
            work = os.path.join(tmp, name)
            shutil.copytree(case, work)
            catalogue = os.path.join(work, "claims", "catalogue")
            if not os.path.exists(catalogue) and os.path.isdir(os.path.join(work, "claims")):
                os.symlink(os.path.join(REPO, "claims", "catalogue"), catalogue)
            args = [binary, "check", "--format", "json", "--output", "report.json"]
            if os.path.exists(os.path.join(work, "strict")):
                args += ["--precision", "strict"]
            run = subprocess.run(args, cwd=work, capture_output=True, text=True)
            report = os.path.join(work, "report.json")
            if not os.path.exists(report):
                if run.returncode == 2:  # nothing loads: no report by design
                    continue
                print(f"FAIL golden {name}: no report (exit {run.returncode}): {run.stderr[-300:]}")
                fail = 1
                continue
            doc = json.load(open(report, encoding="utf-8"))
            if check(f"golden {name}", doc):
                checked += 1
            # The regression verdict is data where claim files carry `expect` marks.
            want = {"expect-conflict-met": "accepted", "expect-conflict-unmet": "unmet_expectations"}
            if name in want and not doc.get("regression", {}).get(want[name]):
                print(f"FAIL golden {name}: regression.{want[name]} is empty or missing")
                fail = 1
    if checked < 40:
        print(f"FAIL only {checked} golden reports checked")
        fail = 1
    if not fail:
        print(f"report schema: {len(committed)} committed and {checked} golden reports valid; "
              f"{len(mutations)} broken ones rejected")
    return fail


if __name__ == "__main__":
    sys.exit(main())
