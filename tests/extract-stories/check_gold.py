#!/usr/bin/env python3
"""Check that each story folder is well formed against its gold.yaml.

For every story: the article files exist and have a headline on line 1, a publication line on
line 2 (a dated one whose weekday agrees with the gold date, or a byline when the gold says
"unknown") and a blank line 3; every string under sides/claims is a verbatim substring of the
article it names; the planted counts are those the README promises; bodies are 250-450 words;
French texts use French typography (no-break spaces, typographic apostrophe).

usage: tests/extract-stories/check_gold.py [STORY_DIR...]   (default: every story beside it)
"""
import datetime
import glob
import os
import re
import sys

import yaml

NBSP = "\u00a0"
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def parse_publication(line, lang):
    """(date, weekday index as written) of a dated publication line, or None."""
    if lang == "fr":
        m = re.fullmatch(r"Publié le (\w+) (\d{1,2}) (\w+) (\d{4})", line)
        if not m or m[1] not in FR_DAYS or m[3] not in FR_MONTHS:
            return None
        return (datetime.date(int(m[4]), FR_MONTHS.index(m[3]) + 1, int(m[2])),
                FR_DAYS.index(m[1]))
    m = re.fullmatch(r"Published (\w+), (\w+) (\d{1,2}), (\d{4})", line)
    if not m or m[1] not in EN_DAYS or m[2] not in EN_MONTHS:
        return None
    return (datetime.date(int(m[4]), EN_MONTHS.index(m[2]) + 1, int(m[3])), EN_DAYS.index(m[1]))


def french_typography(text):
    """Problems with French typography in a French text, as short messages."""
    bad = []
    if "'" in text:
        bad.append("straight apostrophe")
    for pattern, what in [(r" [%:;!?»]", "ordinary space before % : ; ! ? »"),
                          (r"« ", "ordinary space after «"),
                          (r"[^\s" + NBSP + r"][%:;!?»]", "no space before % : ; ! ? »"),
                          (r"«[^" + NBSP + "]", "no no-break space after «"),
                          (r"\d \d{3}\b", "ordinary space in a digit group")]:
        for m in re.finditer(pattern, text):
            if what.startswith("no space before") and m.group(0)[0] in "\"(":
                continue
            bad.append(f"{what}: {text[max(0, m.start() - 15):m.end() + 5]!r}")
    return bad


def check_story(story):
    errors = []
    gold = yaml.safe_load(open(os.path.join(story, "gold.yaml"), encoding="utf-8"))
    articles = gold["articles"]
    texts = {}
    for key, a in articles.items():
        path = os.path.join(story, a["file"])
        text = open(path, encoding="utf-8").read()
        texts[key] = text
        lines = text.split("\n")
        if len(lines) < 4 or not lines[0].strip() or lines[2] != "":
            errors.append(f"{key}: headline, publication line, blank line 3 expected")
            continue
        if a["published"] == "unknown":
            if not re.match(r"(Par|By) \S", lines[1]):
                errors.append(f"{key}: undated article needs a byline on line 2: {lines[1]!r}")
        else:
            parsed = parse_publication(lines[1], a["lang"])
            if parsed is None:
                errors.append(f"{key}: publication line does not parse: {lines[1]!r}")
            else:
                date, weekday = parsed
                if date != a["published"]:
                    errors.append(f"{key}: line 2 says {date}, gold says {a['published']}")
                if date.weekday() != weekday:
                    errors.append(f"{key}: {date} is a {EN_DAYS[date.weekday()]}, "
                                  f"line 2 says {lines[1]!r}")
        words = len("\n".join(lines[3:]).split())
        if not 250 <= words <= 450:
            errors.append(f"{key}: body has {words} words, 250-450 expected")
        if a["lang"] == "fr":
            errors += [f"{key}: {b}" for b in french_typography(text)]
    quoted = []
    for section, field in [("contradictions", "sides"), ("tensions", "claims"),
                           ("inferences", "claims"), ("traps", "claims")]:
        for entry in gold.get(section, []):
            for key, phrase in entry[field].items():
                quoted.append((entry["id"], key, phrase))
            if section == "contradictions" and len(entry["sides"]) >= 3 and "outlier" not in entry:
                errors.append(f"{entry['id']}: three sides or more need an outlier")
    for gid, key, phrase in quoted:
        if key not in texts:
            errors.append(f"{gid}: unknown article {key}")
        elif phrase not in texts[key]:
            errors.append(f"{gid}: not in {key}: {phrase!r}")
    counts = {k: len(gold.get(k, [])) for k in ("contradictions", "tensions", "inferences", "traps")}
    if not (4 <= counts["contradictions"] <= 5 and counts["tensions"] == 1
            and counts["inferences"] == 1 and counts["traps"] == 5):
        errors.append(f"planted counts {counts}")
    undated = [k for k, a in articles.items() if a["published"] == "unknown"]
    langs = sorted(a["lang"] for a in articles.values())
    if len(articles) != 4 or len(undated) != 1 or langs != ["en", "en", "fr", "fr"]:
        errors.append("4 articles expected: 2 fr, 2 en, one undated")
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    stories = sys.argv[1:] or sorted(os.path.dirname(g)
                                     for g in glob.glob(os.path.join(here, "*", "gold.yaml")))
    failed = False
    for story in stories:
        errors = check_story(story)
        print(f"{os.path.basename(os.path.normpath(story))}: "
              f"{'ok' if not errors else f'{len(errors)} problem(s)'}")
        for e in errors:
            print("  " + e)
        failed |= bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
