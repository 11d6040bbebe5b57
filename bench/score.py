#!/usr/bin/python3
"""Scores a crosscheck JSON report against a generated corpus's truth.json.

A planted contradiction is found when one contradiction finding's minimal sets, taken together,
hold at least two of its claim ids (all of them if it lists fewer). A trap is a false
contradiction when one contradiction finding's minimal sets hold two of its ids. A contradiction
finding that finds no planted contradiction is unexpected: the generator builds every other fact
consistent, so either the generator or the checker is wrong about it.

Prints one line, e.g. `recall=1.000 (12/12) false_contradictions=0 unexpected=0 unknown=0`
(unknown: groups of claims the solver gave up on, from the report's summary), then the misses;
exits 1 when recall is below 1 or any false or unexpected contradiction was reported.
Standard library only.
"""

import argparse
import json
import sys


def finding_ids(finding):
    sets = finding.get("minimal_sets")
    if sets:
        return {claim for s in sets for claim in s}
    return {c["id"] for c in finding.get("claims", [])}


def holds(ids, planted):
    need = min(2, len(planted))
    return len(ids & set(planted)) >= need


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth", help="truth.json written by generate_corpus")
    parser.add_argument("report", help="crosscheck check --format json output")
    parser.add_argument("--quiet", action="store_true", help="print only the score line")
    args = parser.parse_args()

    with open(args.truth, encoding="utf-8") as f:
        truth = json.load(f)
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)

    found = [finding_ids(x) for x in report.get("findings", []) if x.get("kind") == "contradiction"]
    planted = truth["contradictions"]
    missed = [p for p in planted if not any(holds(ids, p["claims"]) for ids in found)]
    false = [t for t in truth["traps"] if any(holds(ids, t["claims"]) for ids in found)]
    unexpected = [ids for ids in found if not any(holds(ids, p["claims"]) for p in planted)]

    hit = len(planted) - len(missed)
    recall = hit / len(planted) if planted else 1.0
    unknown = report.get("summary", {}).get("unknown", 0)
    print(f"recall={recall:.3f} ({hit}/{len(planted)}) false_contradictions={len(false)} "
          f"unexpected={len(unexpected)} unknown={unknown}")
    if not args.quiet:
        for p in missed:
            print(f"  missed: {' '.join(p['claims'])}: {p['what']}")
        for t in false:
            print(f"  false contradiction on a trap: {' '.join(t['claims'])}: {t['what']}")
        for ids in unexpected:
            print(f"  unexpected contradiction: {' '.join(sorted(ids))}")
    return 0 if not missed and not false and not unexpected else 1


if __name__ == "__main__":
    sys.exit(main())
