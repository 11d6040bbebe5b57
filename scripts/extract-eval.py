#!/usr/bin/env python3
"""Measure the automatic path (`crosscheck check --extract`) on stories with gold answers.

Each story folder holds raw article texts (*.txt, no metadata) and gold.yaml in the format of
../shared/dev-articles/README.md. The texts are copied into a fresh corpus with no claim files
and no catalogue, checked with `--extract`, and each reported finding is matched against the
gold: a finding covers a gold side when one of its claims comes from that side's article and
its quoted span overlaps the gold phrase. A reported contradiction that covers two sides of a
gold contradiction is found; one that covers no gold contradiction is false; a contradiction or
tension covering two claims of a trap breaks it.

usage: scripts/extract-eval.py CROSSCHECK STORY_DIR...
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml


def phrase_span(text_bytes, phrase):
    at = text_bytes.find(phrase.encode("utf-8"))
    return None if at < 0 else (at, at + len(phrase.encode("utf-8")))


def covered_sides(finding, sides, articles, texts):
    """The gold sides (article key -> phrase) whose phrase a claim of the finding overlaps."""
    hit = set()
    for key, phrase in sides.items():
        art = os.path.splitext(articles[key]["file"])[0]
        span = phrase_span(texts[art], phrase)
        if span is None:
            continue
        for c in finding.get("claims", []):
            s = c.get("span")
            if c.get("article") == art and s and s["begin"] < span[1] and span[0] < s["end"]:
                hit.add(key)
    return hit


def evaluate(binary, story):
    gold = yaml.safe_load(open(os.path.join(story, "gold.yaml"), encoding="utf-8"))
    articles = gold["articles"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(corpus)
        texts = {}
        for a in articles.values():
            shutil.copy(os.path.join(story, a["file"]), corpus)
            with open(os.path.join(story, a["file"]), "rb") as f:
                texts[os.path.splitext(a["file"])[0]] = f.read()
        out = os.path.join(tmp, "report.json")
        run = subprocess.run([binary, "check", "--extract", "--corpus", corpus, "--claims",
                              os.path.join(tmp, "claims"), "--format", "json", "--output", out],
                             capture_output=True, text=True)
        if not os.path.exists(out):
            print(f"{os.path.basename(story)}: no report (exit {run.returncode}): "
                  f"{run.stderr.strip().splitlines()[-1:]}")
            return
        report = json.load(open(out, encoding="utf-8"))
    findings = report["findings"]
    contradictions = [f for f in findings if f["kind"] == "contradiction"]
    found = set()
    false = 0
    for f in contradictions:
        matched = False
        for g in gold.get("contradictions", []):
            if len(covered_sides(f, g["sides"], articles, texts)) >= 2:
                found.add(g["id"])
                matched = True
        false += not matched
    broken = set()
    for f in findings:
        if f["kind"] not in ("contradiction", "tension"):
            continue
        for t in gold.get("traps", []):
            if len(covered_sides(f, t["claims"], articles, texts)) >= 2:
                broken.add(t["id"])
    tensions = {t["id"] for f in findings if f["kind"] == "tension"
                for t in gold.get("tensions", [])
                if len(covered_sides(f, t["claims"], articles, texts)) >= 2}
    inferences = {i["id"] for f in findings if f["kind"] == "inference"
                  for i in gold.get("inferences", [])
                  if covered_sides(f, i["claims"], articles, texts)}
    s = report["summary"]
    print(f"{os.path.basename(story)}: claims {s['claims']}, "
          f"contradictions found {len(found)}/{len(gold.get('contradictions', []))}, "
          f"false {false} (of {len(contradictions)} reported), "
          f"traps broken {len(broken)}/{len(gold.get('traps', []))}, "
          f"tensions {len(tensions)}/{len(gold.get('tensions', []))}, "
          f"inferences {len(inferences)}/{len(gold.get('inferences', []))}")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for story in sys.argv[2:]:
        evaluate(sys.argv[1], story)


if __name__ == "__main__":
    main()
