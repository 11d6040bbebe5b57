#!/usr/bin/env bash
# Scores the extractor on the Duckling suite (../shared/extract-suite-duckling) by converting its
# whole-text cases of single values (numbers, money) to the extract-suite format in a temporary
# folder and running the same runner on it. Cases whose value is an interval ("at least $1.42")
# or not a figure are left out: the row counts only what was converted.
#   scripts/duckling-suite.sh [DUCKLING_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${1:-$root/../shared/extract-suite-duckling}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 - "$suite" "$out" <<'PY'
import json, pathlib, sys
src, dst = map(pathlib.Path, sys.argv[1:])
for f in sorted(src.glob("*-numeral.jsonl")) + sorted(src.glob("*-amountofmoney.jsonl")):
    rows = []
    for line in f.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        e = c.get("expected") or {}
        if c.get("negative") or e.get("type") != "value" or e.get("value") is None:
            continue
        rows.append({"id": c["id"], "lang": c["lang"], "kind": c["kind"], "text": c["text"],
                     "reference_time": None,
                     "expected": [{"span": c["text"], "start_byte": 0,
                                   "end_byte": len(c["text"].encode("utf-8")),
                                   "value": e["value"], "type": c["kind"]}]})
    (dst / f.name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
PY
"$root/scripts/extract-suite.sh" "$out"
