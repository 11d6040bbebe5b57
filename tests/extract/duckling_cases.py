#!/usr/bin/env python3
"""Converts Duckling's corpora (../shared/extract-suite-duckling, BSD: see its LICENSE.duckling)
into the extract-suite format, one file per language and kind, for tests/extract/suite_runner.cc.

Only whole-text positive cases are kept. Numerals and amounts of money are single values: a case
whose value is an interval ("at least $1.42") is left out, so a row counts only what was
converted. Times become datetime cases resolved against the case's reference time: a day or a
coarser grain gives a "date" or a "daterange" [start, end) as Recognizers-Text writes them,
a time of day a type the runner counts out of scope. Durations carry their seconds. Latent cases ("five" or "7.2" as an amount of
money) are left out too: the suite's README says Duckling itself expects them only with its
withLatent option and an extractor should not be required to find them. Used by scripts/duckling-suite.sh and by the
duckling_suite_ratchet test.
  duckling_cases.py SRC_DIR DST_DIR
"""
import json
import pathlib
import sys

# Duckling grains at which a time is a day or coarser, the grains crosscheck models.
DAY_GRAINS = {"day", "week", "month", "quarter", "year"}


def figure_case(c):
    """A number or an amount of money: one value, no interval."""
    e = c.get("expected") or {}
    if e.get("type") != "value" or e.get("value") is None:
        return None
    return {"value": e["value"], "type": c["kind"]}


def time_case(c):
    """A date at day grain or coarser, as Recognizers-Text writes it: a "date" (one day) or a
    "daterange" [start, end) whose ends may be open ("since 2014" has no end). Times of day keep
    a type the runner counts out of scope ("time", "datetimerange")."""
    e = c["expected"]
    start, end = e["interval"]
    if e.get("grain") not in DAY_GRAINS:
        return {"value": e.get("value"), "type": "time" if e["type"] == "value" else "datetimerange"}
    if e["type"] == "value" and e["grain"] == "day":
        res = {"type": "date", "value": start[:10]}
        return {"value": start[:10], "type": "date", "resolution": [res]}
    res = {"type": "daterange"}
    if start:
        res["start"] = start[:10]
    if end:
        res["end"] = end[:10]
    return {"value": None, "type": "daterange", "resolution": [res]}


def duration_case(c):
    """A duration, compared in seconds (Duckling's month is 30 days, its year 365)."""
    e = c["expected"]
    return {"value": e["value"], "type": "duration",
            "resolution": [{"type": "duration", "value": e["normalized_seconds"]}]}


# Duckling's whole text takes in the preposition before a date ("on 2/15", "le 15 février", "in
# 2014"); Recognizers-Text's spans and the extractor's leave it out, as they leave hedges out of
# figures. The expected span of a date starts after one such word.
PREPOSITIONS = ("on ", "in ", "at ", "le ", "en ", "au ", "à ")


def leading_preposition(text):
    """The length of a preposition opening a date's text ("on ", "le "), 0 when none."""
    lower = text.lower()
    for word in PREPOSITIONS:
        if lower.startswith(word) and len(text) > len(word):
            return len(word)
    return 0


# defaultCorpus (month-first "2/15", US Thanksgiving) is what Duckling runs with no region set,
# and crosscheck reads English with no region: those cases are kept; the regional files
# (regional/en_GB-time.jsonl reads "15/2" day-first) are not converted. latentCorpus cases are
# left out like the latent money ones; diffCorpus has its own reference time and is kept.
SECTIONS = {"allExamples", "defaultCorpus", "diffCorpus"}

src, dst = map(pathlib.Path, sys.argv[1:3])
if not src.is_dir():
    sys.exit(f"duckling_cases.py: no Duckling suite at {src}")
dst.mkdir(parents=True, exist_ok=True)
readers = [("numeral", figure_case), ("amountofmoney", figure_case), ("time", time_case),
           ("duration", duration_case)]
for dimension, read in readers:
    for f in sorted(src.glob(f"*-{dimension}.jsonl")):
        rows = []
        for line in f.read_text(encoding="utf-8").splitlines():
            c = json.loads(line)
            if c.get("negative") or c.get("latent") or c.get("section") not in SECTIONS:
                continue
            value = read(c)
            if value is None:
                continue
            start = leading_preposition(c["text"]) if c["kind"] == "datetime" else 0
            mention = {"span": c["text"][start:], "start_byte": len(c["text"][:start].encode("utf-8")),
                       "end_byte": len(c["text"].encode("utf-8"))}
            mention.update(value)
            rows.append({"id": c["id"], "lang": c["lang"], "kind": c["kind"], "text": c["text"],
                         "reference_time": c.get("reference_time"), "expected": [mention]})
        (dst / f.name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
