#!/usr/bin/env python3
"""Measure the automatic path (`crosscheck check --extract`) against gold answers.

Run it through scripts/extract-eval.sh, which finds the stories and the binary. Two modes:

Stories. Each story folder holds raw article texts (*.txt, no metadata) and gold.yaml in the
format of ../shared/dev-articles/README.md. The texts are copied into a fresh corpus with no
claim files and no catalogue, checked with `--extract`, and each reported finding is matched
against the gold: a finding covers a gold side when one of its claims comes from that side's
article and its quoted span overlaps the gold phrase. A reported contradiction that covers two
sides of a gold contradiction is found; one that covers no gold contradiction is false; a
contradiction or tension covering two claims of a trap breaks it. One line per story:
  STORY: claims N, contradictions found F/G, false X (of R reported), traps broken T/U,
  tensions S/V, inferences I/J (+Q to review), to review W (K gold)
where Q counts the gold inferences stated only as an inference to review (the date is inferred,
resting on a claim of low confidence the report names), W counts the possible contradictions left to review (kind to_review, docs/extraction.md)
and K the gold contradictions among them; they count neither as found nor as false.

Bundled corpus (--bundled ROOT: ROOT/corpus and ROOT/claims). The gold is what the hand-written
claim files give: `check --corpus ROOT/corpus --claims ROOT/claims` (the hand report). The
extracted report is `check --extract` on a copy of ROOT/corpus (texts and .meta.yaml) beside
which there is no claims folder at all: no hand claims, no catalogue, no reference ledger.
- A hand claim's span is its quote located in its article the way the loader does (runs of
  white space folded to one space, first occurrence); the script stops if a span it computes
  differs from one the hand report prints. Reference-ledger claims have no span and are never
  matched.
- Two claims of a contradiction are opposed when they lie together in one of its minimal
  conflicting sets (`minimal_sets` in the JSON report).
- An extracted claim covers a hand claim when both come from the same article and their spans
  overlap by at least one byte.
- A reported (extracted) contradiction is FOUND when two of its claims that it opposes cover two
  different hand claims that one hand contradiction opposes; F counts the hand contradictions
  found this way, out of G, all contradictions of the hand report.
- Every reported contradiction that finds none is FALSE (X, of R reported).
- A false one BREAKS A TRAP when two of its opposed claims cover two different hand claims: the
  hand report, which reads those two passages, does not oppose them (they vary, agree or are
  about different facts), so the automatic path turned a pair the hand path holds compatible
  into a contradiction. T counts such reported contradictions; they are included in X. The rest
  of X covers at most one hand claim per side: figures no hand claim states as a fact.
One line, then a second one for `check --extract` as a desk runs it on the bundled corpus: its
catalogue and reference ledger kept, none of the articles' hand-written claim files:
  deepseek (bundled): claims N, contradictions found F/G, false X (of R reported),
  traps broken T, to review W
  deepseek (bundled, its catalogue): the same

--details also prints, under each line, every reported contradiction with what it matched.

usage: scripts/extract-eval.py CROSSCHECK [--details] [--bundled ROOT] [STORY_DIR...]
"""
import glob
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import yaml


def run_check(binary, args, out):
    """Runs `crosscheck check ARGS --format json`; the report, or None with the last error."""
    run = subprocess.run([binary, "check", *args, "--format", "json", "--output", out],
                         capture_output=True, text=True)
    if not os.path.exists(out):
        return None, f"no report (exit {run.returncode}): {run.stderr.strip().splitlines()[-1:]}"
    with open(out, encoding="utf-8") as f:
        return json.load(f), None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def claim_span(claim):
    s = claim.get("span")
    return (s["begin"], s["end"]) if s else None


def quoted(finding, covers=None):
    """The finding's claims as «value» (article), with the hand claims each covers if given."""
    def one(c):
        hand = sorted(covers(c)) if covers else []
        where = c["article"] or "reference ledger"
        return f"«{c['value']}» ({where}{': ' + ', '.join(hand) if hand else ''})"
    return " / ".join(one(c) for c in finding.get("claims", []))


# --- stories with gold.yaml ---------------------------------------------------------------


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
            s = claim_span(c)
            if c.get("article") == art and s and overlaps(s, span):
                hit.add(key)
    return hit


def evaluate_story(binary, story, details):
    with open(os.path.join(story, "gold.yaml"), encoding="utf-8") as f:
        gold = yaml.safe_load(f)
    articles = gold["articles"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(corpus)
        texts = {}
        for a in articles.values():
            shutil.copy(os.path.join(story, a["file"]), corpus)
            with open(os.path.join(story, a["file"]), "rb") as f:
                texts[os.path.splitext(a["file"])[0]] = f.read()
        report, error = run_check(binary, ["--extract", "--corpus", corpus, "--claims",
                                           os.path.join(tmp, "claims")],
                                  os.path.join(tmp, "report.json"))
    if report is None:
        print(f"{os.path.basename(os.path.normpath(story))}: {error}")
        return
    findings = report["findings"]
    contradictions = [f for f in findings if f["kind"] == "contradiction"]
    found = set()
    false = 0
    lines = []
    # "found" matches quotes, not subjects: the details say whether the finding's subject is
    # the gold's too (a word of the one in the other, accents and hyphens aside), since a
    # finding can quote the right figures under the wrong subject.
    on_subject = set()
    for f in contradictions:
        matched = [g["id"] for g in gold.get("contradictions", [])
                   if len(covered_sides(f, g["sides"], articles, texts)) >= 2]
        found.update(matched)
        false += not matched
        note = ""
        for g in gold.get("contradictions", []):
            if g["id"] in matched:
                same = same_subject(f.get("subject", ""), g.get("subject", ""))
                if same:
                    on_subject.add(g["id"])
                note += (f" [subject {f.get('subject')}"
                         f"{'' if same else ', not the gold' + chr(39) + 's'} {g.get('subject')!r}]")
        lines.append(f"  {'found ' + ', '.join(matched) if matched else 'false'}: {quoted(f)}{note}")
    broken = set()
    for f in findings:
        if f["kind"] not in ("contradiction", "tension"):
            continue
        for t in gold.get("traps", []):
            if len(covered_sides(f, t["claims"], articles, texts)) >= 2:
                broken.add(t["id"])
                lines.append(f"  trap {t['id']} broken by a {f['kind']}: {quoted(f)}")
    tensions = {t["id"] for f in findings if f["kind"] == "tension"
                for t in gold.get("tensions", [])
                if len(covered_sides(f, t["claims"], articles, texts)) >= 2}
    def inferred(kinds):
        return {i["id"] for f in findings if kinds(f)
                for i in gold.get("inferences", [])
                if covered_sides(f, i["claims"], articles, texts)}
    inferences = inferred(lambda f: f["kind"] == "inference")
    inferences_to_review = inferred(
        lambda f: f["kind"] == "to_review" and f.get("review_of") == "inference") - inferences
    # Possible contradictions left to a desk (kind to_review): how many, and how many of them
    # are gold contradictions (they count neither as found nor as false above).
    review = [f for f in findings
              if f["kind"] == "to_review" and f.get("review_of") == "contradiction"]
    review_true = set()
    for f in review:
        matched = [g["id"] for g in gold.get("contradictions", [])
                   if len(covered_sides(f, g["sides"], articles, texts)) >= 2]
        review_true.update(matched)
        lines.append(f"  to review{' (' + ', '.join(matched) + ')' if matched else ''}: "
                     f"{quoted(f)}")
    s = report["summary"]
    print(f"{os.path.basename(os.path.normpath(story))}: claims {s['claims']}, "
          f"contradictions found {len(found)}/{len(gold.get('contradictions', []))}, "
          f"false {false} (of {len(contradictions)} reported), "
          f"traps broken {len(broken)}/{len(gold.get('traps', []))}, "
          f"tensions {len(tensions)}/{len(gold.get('tensions', []))}, "
          f"inferences {len(inferences)}/{len(gold.get('inferences', []))} "
          f"(+{len(inferences_to_review)} to review), "
          f"to review {len(review)} ({len(review_true)} gold)")
    if details and lines:
        print("\n".join(lines))
        print(f"  found on the gold's subject: {len(on_subject)}/{len(found)}")


def same_subject(subject_id, gold_subject):
    """Whether an entity id and a gold subject name the same thing: every word of one is a word
    of the other ("sterne-1" and "Sterne-1 first flight"), accents, case and hyphens aside."""
    def words(text):
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        return set(re.findall(r"[a-z0-9]+", text))
    a, b = words(subject_id), words(gold_subject)
    return bool(a) and bool(b) and (a <= b or b <= a)


# --- the bundled corpus, against the hand report ------------------------------------------

# Unicode White_Space, which the loader's whitespace folding collapses (common/unicode.h).
WHITE_SPACE = set("\t\n\v\f\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)}


def fold_whitespace(text):
    """Text with every white space run made one space, and each char's (begin, end) bytes."""
    out, offsets, at, in_space = [], [], 0, False
    for ch in text:
        size = len(ch.encode("utf-8"))
        if ch in WHITE_SPACE:
            if not in_space:
                out.append(" ")
                offsets.append((at, at + size))
            in_space = True
        else:
            out.append(ch)
            offsets.append((at, at + size))
            in_space = False
        at += size
    return "".join(out), offsets


def hand_claim_spans(root):
    """(article, span) of every hand claim with a quote, by claim id."""
    folded = {}
    spans = {}
    for path in sorted(glob.glob(os.path.join(root, "claims", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        article = doc.get("article") if isinstance(doc, dict) else None
        if not article:
            continue  # the reference ledger: no article, no span
        if article not in folded:
            with open(os.path.join(root, "corpus", article + ".txt"), encoding="utf-8") as f:
                folded[article] = fold_whitespace(f.read())
        text, offsets = folded[article]
        for c in doc.get("claims") or []:
            needle = fold_whitespace(c.get("quote") or "")[0].strip(" ")
            at = text.find(needle) if needle else -1
            if at >= 0:
                spans[c["id"]] = (article, (offsets[at][0], offsets[at + len(needle) - 1][1]))
    return spans


def opposed_pairs(finding):
    """Pairs of claim ids that the contradiction puts together in a minimal conflicting set."""
    sets = finding.get("minimal_sets") or [[c["id"] for c in finding["claims"]]]
    return {frozenset(p) for s in sets for p in itertools.combinations(s, 2)}


def evaluate_bundled(binary, root, details, keep_catalogue=False):
    label = "deepseek (bundled, its catalogue)" if keep_catalogue else "deepseek (bundled)"
    with tempfile.TemporaryDirectory() as tmp:
        hand, error = run_check(binary, ["--corpus", os.path.join(root, "corpus"), "--claims",
                                         os.path.join(root, "claims")],
                                os.path.join(tmp, "hand.json"))
        if hand is None:
            print(f"{label}: hand report: {error}")
            return
        corpus = os.path.join(tmp, "corpus")
        shutil.copytree(os.path.join(root, "corpus"), corpus)
        if keep_catalogue:
            # `check --extract` as a desk runs it: the corpus's catalogue and reference ledger,
            # none of the articles' hand-written claim files.
            os.makedirs(os.path.join(tmp, "claims"))
            shutil.copytree(os.path.join(root, "claims", "catalogue"),
                            os.path.join(tmp, "claims", "catalogue"))
            shutil.copy(os.path.join(root, "claims", "reference.yaml"),
                        os.path.join(tmp, "claims"))
        extracted, error = run_check(binary, ["--extract", "--corpus", corpus, "--claims",
                                              os.path.join(tmp, "claims")],
                                     os.path.join(tmp, "extracted.json"))
        if extracted is None:
            print(f"{label}: extracted report: {error}")
            return

    spans = hand_claim_spans(root)
    for f in hand["findings"]:
        for c in f.get("claims", []):
            if claim_span(c) and spans.get(c["id"]) != (c["article"], claim_span(c)):
                sys.exit(f"extract-eval: the span computed for hand claim {c['id']}, "
                         f"{spans.get(c['id'])}, is not the report's {claim_span(c)}")
    hand_contradictions = [f for f in hand["findings"] if f["kind"] == "contradiction"]
    hand_opposed = [opposed_pairs(h) for h in hand_contradictions]

    def covers(claim):
        """The hand claims an extracted claim covers."""
        s = claim_span(claim)
        return {hid for hid, (art, hs) in spans.items()
                if s and art == claim.get("article") and overlaps(s, hs)}

    reported = [f for f in extracted["findings"] if f["kind"] == "contradiction"]
    found, false, traps, lines = set(), 0, 0, []
    for f in reported:
        by_id = {c["id"]: covers(c) for c in f["claims"]}
        covered = {frozenset((h1, h2)) for a, b in map(tuple, opposed_pairs(f))
                   for h1 in by_id.get(a, ()) for h2 in by_id.get(b, ()) if h1 != h2}
        matched = [i for i, pairs in enumerate(hand_opposed) if covered & pairs]
        found.update(matched)
        if matched:
            names = ", ".join("{subject}.{property} {id}".format(**hand_contradictions[i])
                              for i in matched)
            lines.append(f"  found {names}: {quoted(f, covers)}")
            continue
        false += 1
        if covered:
            traps += 1
            lines.append(f"  false, trap broken: {quoted(f, covers)}")
        else:
            lines.append(f"  false: {quoted(f, covers)}")
    review = [f for f in extracted["findings"]
              if f["kind"] == "to_review" and f.get("review_of") == "contradiction"]
    print(f"{label}: claims {extracted['summary']['claims']}, "
          f"contradictions found {len(found)}/{len(hand_contradictions)}, "
          f"false {false} (of {len(reported)} reported), traps broken {traps}, "
          f"to review {len(review)}")
    if details and lines:
        print("\n".join(lines))


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    binary, rest = args[0], args[1:]
    details = "--details" in rest
    rest = [a for a in rest if a != "--details"]
    root = None
    if "--bundled" in rest:
        at = rest.index("--bundled")
        if at + 1 >= len(rest):
            sys.exit(__doc__)
        root = rest[at + 1]
        del rest[at:at + 2]
    if not rest and root is None:
        sys.exit(__doc__)
    for story in rest:
        evaluate_story(binary, story, details)
    if root is not None:
        evaluate_bundled(binary, root, details)
        evaluate_bundled(binary, root, details, keep_catalogue=True)


if __name__ == "__main__":
    main()
