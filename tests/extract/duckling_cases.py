#!/usr/bin/env python3
"""Converts Duckling's corpora (../shared/extract-suite-duckling, BSD: see its LICENSE.duckling)
into the extract-suite format, one file per language and kind, for tests/extract/suite_runner.cc.

Only whole-text cases of a single value are kept (numerals and amounts of money): a case whose
value is an interval ("at least $1.42"), a negative case or one that is not a figure is left
out, so a row counts only what was converted. Latent cases ("five" or "7.2" as an amount of
money) are left out too: the suite's README says Duckling itself expects them only with its
withLatent option and an extractor should not be required to find them. Used by scripts/duckling-suite.sh and by the
duckling_suite_ratchet test.
  duckling_cases.py SRC_DIR DST_DIR
"""
import json
import pathlib
import sys

src, dst = map(pathlib.Path, sys.argv[1:3])
if not src.is_dir():
    sys.exit(f"duckling_cases.py: no Duckling suite at {src}")
dst.mkdir(parents=True, exist_ok=True)
for f in sorted(src.glob("*-numeral.jsonl")) + sorted(src.glob("*-amountofmoney.jsonl")):
    rows = []
    for line in f.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        e = c.get("expected") or {}
        if c.get("negative") or c.get("latent") or e.get("type") != "value" or e.get("value") is None:
            continue
        rows.append({"id": c["id"], "lang": c["lang"], "kind": c["kind"], "text": c["text"],
                     "reference_time": None,
                     "expected": [{"span": c["text"], "start_byte": 0,
                                   "end_byte": len(c["text"].encode("utf-8")),
                                   "value": e["value"], "type": c["kind"]}]})
    (dst / f.name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
