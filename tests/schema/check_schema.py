#!/usr/bin/python3
"""Validate claim files against claims/schema.json.

Usage (Debian's python3 with python3-yaml and python3-jsonschema):
    /usr/bin/python3 tests/schema/check_schema.py [CLAIMS_DIR | FILE.yaml ...] [--schema SCHEMA]

With a directory (default: the repository's claims/), every *.yaml directly in it is checked;
sub-directories such as claims/catalogue/ (a different format) are not. Files given explicitly
are checked as they are, except catalogue files, which are skipped.

Before checking any file the script self-tests the schema: a few documents that must be
accepted and a few deliberately invalid ones that must be rejected, so it cannot pass
vacuously. Prints `ok <file>` or `FAIL <file>` followed by one line per error
(`<file>:<line>: <yaml path>: <message>`). Exit status: 0 if every file is valid, 1 if any
file fails, 2 if the schema itself is broken.
"""

import argparse
import datetime
import json
import os
import sys

import yaml
from jsonschema import Draft7Validator
from jsonschema.exceptions import best_match

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_CLAIMS = os.path.join(REPO, "claims")
DEFAULT_SCHEMA = os.path.join(DEFAULT_CLAIMS, "schema.json")


# --- Loading -----------------------------------------------------------------------------

class ClaimLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps (2025-01-20) as the strings they were written as."""


ClaimLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def dates_to_strings(data):
    """Safety net: any date/datetime left (e.g. an explicit !!timestamp) becomes its ISO string."""
    if isinstance(data, (datetime.date, datetime.datetime)):
        return data.isoformat()
    if isinstance(data, dict):
        return {k: dates_to_strings(v) for k, v in data.items()}
    if isinstance(data, list):
        return [dates_to_strings(v) for v in data]
    return data


def index_nodes(node, path, lines, problems, seen=None):
    """Map each YAML path (a tuple) to its 1-based line; report duplicate mapping keys."""
    if seen is None:
        seen = set()
    lines.setdefault(path, node.start_mark.line + 1)
    if id(node) in seen:  # alias of an anchored node
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            if key in keys:
                problems.append((path + (key,), key_node.start_mark.line + 1,
                                 "duplicate key %r (first on line %d)" % (key, keys[key])))
            else:
                keys[key] = key_node.start_mark.line + 1
            index_nodes(value_node, path + (key,), lines, problems, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            index_nodes(item, path + (i,), lines, problems, seen)


def load_yaml(text):
    """Return (data, lines, problems) for a YAML text; problems are (path, line, message)."""
    loader = ClaimLoader(text)
    try:
        node = loader.get_single_node()
        lines, problems = {}, []
        if node is not None:
            index_nodes(node, (), lines, problems)
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return dates_to_strings(data), lines, problems


# --- Validation --------------------------------------------------------------------------

def format_path(path):
    out = ""
    for part in path:
        if isinstance(part, int):
            out += "[%d]" % part
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def line_of(path, lines):
    path = tuple(path)
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def branch_errors(error):
    """For an anyOf/oneOf error, the errors of the one alternative whose type fits the value.

    An alternative is ruled out when it fails at its own root on `type` or `const` (a string
    given where a map is expected, ...). If exactly one alternative is left, its errors are the
    useful ones (`subject: []` is too short, `when.from` is not a string); otherwise None.
    """
    depth = len(error.absolute_path)
    branches = {}
    for sub in error.context:
        branches.setdefault(sub.schema_path[0], []).append(sub)
    left = [subs for subs in branches.values()
            if not any(len(s.absolute_path) == depth and s.validator in ("type", "const") for s in subs)]
    return left[0] if len(left) == 1 else None


def schema_errors(validator, data):
    """Yield (path, message) for each schema error, descending into anyOf/oneOf alternatives."""
    pending = list(validator.iter_errors(data))
    enums = {}  # path -> (number of allowed values, index in out): keep the narrowest enum error
    out = []
    while pending:
        error = pending.pop(0)
        if error.context:
            subs = branch_errors(error)
            if subs is not None:
                pending[:0] = subs
                continue
            accepted = "; ".join(sorted({e.message for e in error.context}))
            out.append((tuple(error.absolute_path), "%r is not accepted (%s)" % (error.instance, accepted)))
            continue
        path = tuple(error.absolute_path)
        if error.validator is None or error.schema is False:  # a `false` schema
            message = "not allowed here"
        else:
            message = error.message
        if error.validator in ("enum", "const"):
            size = len(error.validator_value) if error.validator == "enum" else 1
            if path in enums:
                old_size, index = enums[path]
                if size < old_size:
                    out[index] = (path, message)
                    enums[path] = (size, index)
                continue
            enums[path] = (size, len(out))
        if (path, message) not in out:
            out.append((path, message))
    return out


def check_text(validator, text):
    """Return a list of (line, yaml path, message); empty if the document is valid."""
    try:
        data, lines, problems = load_yaml(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        return [(mark.line + 1 if mark else 1, "(yaml)", str(e).replace("\n", " "))]
    found = [(line, format_path(path), msg) for path, line, msg in problems]
    if data is None:
        return found + [(1, "(top level)", "the document is empty")]
    for path, message in schema_errors(validator, data):
        found.append((line_of(path, lines), format_path(path), message))
    return sorted(found)


# --- Self-test ---------------------------------------------------------------------------

VALID_ARTICLE = """\
article: lemonde-liang
claims:
  - id: lm-training-cost
    subject: deepseek
    property: training_cost
    value: "à peine 6 millions de dollars"
    when: "2024"
    quote: "pour à peine 6 millions de dollars"
    attribution: {kind: reported, source: DeepSeek}
    note: "DeepSeek's own figure."
    expect: consistent
  - id: lm.cluster_cost-2
    subject: [fire-flyer-1, fire-flyer-2]
    property: construction_cost
    value: "1,2 milliard de yuans"
    when: {from: "2019", to: 2020-12-31}
    quote: "1,2 milliard de yuans pour deux clusters"
    attribution: asserted
  - id: lm-release
    subject: deepseek-r1
    property: release_date
    value: 2025-01-20
    quote: "le 20 janvier"
    attribution: {kind: asserted}
  - id: lm.cluster_cost-3
    subject: fire-flyer-2
    property: construction_cost
    value: "1 milliard de yuans"
    of: lm.cluster_cost-2
    quote: "dont 1 milliard pour le second"
"""

VALID_REFERENCE = """\
reference: true
claims:
  - id: ref-a100-release
    subject: nvidia-a100
    property: release_date
    value: "2020-05-14"
    attribution: {kind: reference, source: "Nvidia press release, 14 May 2020"}
exchange_rates:
  - {from: EUR, to: USD, period: "2016", low: "1.03", high: "1.16", source: "ECB"}
  - {from: CNY, to: USD, period: 2025-01, low: "0.1362", high: "0.1396", source: "ECB"}
"""


def article_doc(**changes):
    """The first claim of VALID_ARTICLE as data, with fields replaced (None removes a field)."""
    claim = {
        "id": "x-1", "subject": "deepseek", "property": "training_cost",
        "value": "6 millions de dollars", "quote": "6 millions de dollars",
    }
    for key, value in changes.items():
        if value is None:
            claim.pop(key, None)
        else:
            claim[key] = value
    return {"article": "lemonde-liang", "claims": [claim]}


def reference_doc(**changes):
    claim = {
        "id": "ref-x", "subject": "nvidia-a100", "property": "release_date",
        "value": "2020-05-14", "attribution": {"kind": "reference", "source": "Nvidia"},
    }
    for key, value in changes.items():
        if value is None:
            claim.pop(key, None)
        else:
            claim[key] = value
    return {"reference": True, "claims": [claim]}


# (name, document: dict or YAML text, YAML path of the expected error, part of its message)
MUST_FAIL = [
    ("missing id", article_doc(id=None), "claims[0]", "'id' is a required"),
    ("id with a space", article_doc(id="x 1"), "claims[0].id", "does not match"),
    ("id starting with '-'", article_doc(id="-x"), "claims[0].id", "does not match"),
    ("missing subject", article_doc(subject=None), "claims[0]", "'subject' is a required"),
    ("empty subject list", article_doc(subject=[]), "claims[0].subject", "too short"),
    ("subject list of non-strings", article_doc(subject=["a", 3]), "claims[0].subject[1]",
     "not of type 'string'"),
    ("property not a string", article_doc(property=["training_cost"]), "claims[0].property",
     "not of type 'string'"),
    ("value an integer", article_doc(value=6), "claims[0].value", "not of type 'string'"),
    ("value a float", article_doc(value=1.2), "claims[0].value", "not of type 'string'"),
    ("unquoted number in YAML",
     "article: a\nclaims:\n  - {id: a, subject: s, property: p, value: 10, quote: q}\n",
     "claims[0].value", "10 is not of type 'string'"),
    ("unquoted year in YAML when",
     "article: a\nclaims:\n  - {id: a, subject: s, property: p, value: v, when: 2021, quote: q}\n",
     "claims[0].when", "2021 is not accepted"),
    ("of naming no claim id", article_doc(of="x 2"), "claims[0].of", "does not match"),
    ("of a list", article_doc(of=["x-2"]), "claims[0].of", "not of type 'string'"),
    ("when object with unknown key", article_doc(when={"from": "2019", "until": "2020"}),
     "claims[0].when", "'until' was unexpected"),
    ("when object with a non-string", article_doc(when={"from": "2019", "to": 2020}),
     "claims[0].when.to", "not of type 'string'"),
    ("attribution kind not in the enum", article_doc(attribution={"kind": "rumoured", "source": "X"}),
     "claims[0].attribution.kind", "'rumoured' is not one of"),
    ("attribution string other than asserted", article_doc(attribution="reported"),
     "claims[0].attribution", "'asserted' was expected"),
    ("reported without source", article_doc(attribution={"kind": "reported"}),
     "claims[0].attribution", "'source' is a required"),
    ("alleged without source", article_doc(attribution={"kind": "alleged"}),
     "claims[0].attribution", "'source' is a required"),
    ("attribution map with unknown key",
     article_doc(attribution={"kind": "reported", "source": "X", "who": "Y"}),
     "claims[0].attribution", "'who' was unexpected"),
    ("reference kind in an article file", article_doc(attribution={"kind": "reference", "source": "X"}),
     "claims[0].attribution.kind", "'reference' is not one of"),
    ("expect not in the enum", article_doc(expect="conflicts"), "claims[0].expect", "is not one of"),
    ("note not a string", article_doc(note=["a"]), "claims[0].note", "not of type 'string'"),
    ("confidence level not in the enum", article_doc(confidence={"level": "medium"}),
     "claims[0].confidence.level", "is not one of"),
    ("low confidence without reasons", article_doc(confidence={"level": "low"}),
     "claims[0].confidence", "'reasons' is a required"),
    ("confidence a bare word", article_doc(confidence="low"), "claims[0].confidence",
     "not of type 'object'"),
    ("quote missing in an article file", article_doc(quote=None), "claims[0]", "'quote' is a required"),
    ("unknown claim key", article_doc(source="X"), "claims[0]", "'source' was unexpected"),
    ("unknown top-level key", dict(article_doc(), author="me"), "(top level)", "'author' was unexpected"),
    ("article missing", {"claims": article_doc()["claims"]}, "(top level)", "'article' is a required"),
    ("claims missing", {"article": "lemonde-liang"}, "(top level)", "'claims' is a required"),
    ("claims not a list", {"article": "lemonde-liang", "claims": {"id": "x"}}, "claims",
     "not of type 'array'"),
    ("exchange_rates in an article file", dict(article_doc(), exchange_rates=[]), "exchange_rates",
     "not allowed"),
    ("reference: false", dict(article_doc(), reference=False), "reference", "True was expected"),
    ("reference ledger with article", dict(reference_doc(), article="lemonde-liang"), "article",
     "not allowed"),
    ("reference claim with a quote", reference_doc(quote="q"), "claims[0].quote", "not allowed"),
    ("reference claim without attribution", reference_doc(attribution=None), "claims[0]",
     "'attribution' is a required"),
    ("reference claim attributed as reported", reference_doc(attribution={"kind": "reported", "source": "X"}),
     "claims[0].attribution.kind", "'reference' was expected"),
    ("reference claim without source", reference_doc(attribution={"kind": "reference"}),
     "claims[0].attribution", "'source' is a required"),
    ("exchange rate missing high",
     dict(reference_doc(), exchange_rates=[{"from": "EUR", "to": "USD", "period": "2016",
                                            "low": "1.03", "source": "ECB"}]),
     "exchange_rates[0]", "'high' is a required"),
    ("exchange rate with a float low",
     dict(reference_doc(), exchange_rates=[{"from": "EUR", "to": "USD", "period": "2016",
                                            "low": 1.03, "high": "1.16", "source": "ECB"}]),
     "exchange_rates[0].low", "not of type 'string'"),
    ("duplicate key in YAML",
     "article: a\nclaims:\n  - {id: a, subject: s, property: p, value: v, value: w, quote: q}\n",
     "claims[0].value", "duplicate key 'value'"),
    ("empty document", "", "(top level)", "empty"),
]


def self_test(validator):
    """Return (failures, number of cases): valid documents must pass, invalid ones must fail
    with the expected error at the expected place."""
    failures = []
    must_pass = [("valid article file", VALID_ARTICLE), ("valid reference ledger", VALID_REFERENCE)]
    for name, text in must_pass:
        for line, path, message in check_text(validator, text):
            failures.append("must pass: %s: %d: %s: %s" % (name, line, path, message))
    # The loader keeps dates as written.
    data, _, _ = load_yaml(VALID_ARTICLE)
    if data["claims"][2]["value"] != "2025-01-20" or data["claims"][1]["when"]["to"] != "2020-12-31":
        failures.append("loader: unquoted dates did not load as their strings")
    for name, doc, where, words in MUST_FAIL:
        if isinstance(doc, str):
            errors = check_text(validator, doc)
        else:
            errors = [(0, format_path(p), m) for p, m in schema_errors(validator, doc)]
        if not errors:
            failures.append("must fail: %s: accepted" % name)
        elif not any(path == where and words in message for _, path, message in errors):
            failures.append("must fail: %s: rejected, but not with %r at %s: %s"
                            % (name, words, where, errors))
    return failures, len(must_pass) + len(MUST_FAIL)


# --- Main --------------------------------------------------------------------------------

def is_catalogue(path):
    return "catalogue" in os.path.normpath(path).split(os.sep)[:-1]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*",
                        help="a claims directory (default: %s) or claim files" % DEFAULT_CLAIMS)
    parser.add_argument("--schema", help="schema file (default: schema.json of the claims directory)")
    args = parser.parse_args(argv)

    paths = args.paths or [DEFAULT_CLAIMS]
    if len(paths) == 1 and os.path.isdir(paths[0]):
        claims_dir = paths[0]
        files = sorted(os.path.join(claims_dir, name) for name in os.listdir(claims_dir)
                       if name.endswith(".yaml") and os.path.isfile(os.path.join(claims_dir, name)))
    else:
        claims_dir = os.path.dirname(paths[0]) or "."
        files = paths
    schema_path = args.schema or os.path.join(claims_dir, "schema.json")
    if not os.path.isfile(schema_path):
        schema_path = DEFAULT_SCHEMA

    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        Draft7Validator.check_schema(schema)
    except Exception as e:  # unreadable, not JSON, or not a valid draft-07 schema
        print("schema %s is broken: %s" % (schema_path, e))
        return 2
    validator = Draft7Validator(schema)

    failures, count = self_test(validator)
    if failures:
        print("schema self-test FAILED (%s):" % schema_path)
        for failure in failures:
            print("  " + failure)
        return 2
    print("schema self-test ok (%d cases)" % count)

    bad = 0
    for path in files:
        if is_catalogue(path):
            print("skip %s (catalogue format)" % path)
            continue
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            print("FAIL %s" % path)
            print("  %s: cannot read: %s" % (path, e))
            bad += 1
            continue
        errors = check_text(validator, text)
        if not errors:
            print("ok %s" % path)
            continue
        bad += 1
        print("FAIL %s" % path)
        for line, yaml_path, message in errors:
            print("  %s:%d: %s: %s" % (path, line, yaml_path, message))
    if not files:
        print("no claim files found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
