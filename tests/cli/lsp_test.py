#!/usr/bin/env python3
"""`crosscheck lsp` driven by a scripted client over stdio, on a copy of the bundled corpus.

Checks what an editor relies on: the initialize handshake and capabilities; every contradiction
of a whole `check` published as an error diagnostic on each of its claims' lines, with the other
claims as related information; hover on a claim line saying how its value is read; completion of
entity and property ids by the key being typed; after an unsaved edit (a claim deleted), exactly
the findings a whole `check` of the edited text gives, re-checking only some pieces; a YAML
error while typing shown at its line; closing the file going back to the text on disk; a message
that is not JSON answered with an error without ending the session; shutdown then exit giving 0.

Usage: lsp_test.py CROSSCHECK_BINARY REPO_ROOT
"""
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client  # noqa: E402

BIN, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = []


def check(name, ok, detail=""):
    print(("ok " if ok else "FAIL ") + name + ("" if ok else f": {detail}"))
    if not ok:
        failures.append(name)


def Client(cwd):
    return lsp_client.Client([BIN, "lsp", "--corpus", "corpus", "--claims", "claims"], cwd=cwd)


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def display(u):
    path = urllib.parse.unquote(u[len("file://"):])
    return "claims/" + os.path.basename(path)


def finding_marks(client):
    """(file, line, finding id) of every diagnostic that carries a finding."""
    marks = set()
    for u, diags in client.diagnostics.items():
        for d in diags:
            if "code" in d:
                marks.add((display(u), d["range"]["start"]["line"] + 1, d["code"]))
    return marks


def check_marks(folder):
    """The same marks from a whole `check` of `folder` (JSON report)."""
    out = subprocess.run([BIN, "check", "--corpus", "corpus", "--claims", "claims", "--format",
                          "json"], cwd=folder, capture_output=True, text=True)
    report = json.loads(out.stdout)
    marks = set()
    for f in report["findings"]:
        for c in f["claims"]:
            if c["location"]["file"].startswith("claims/"):
                marks.add((c["location"]["file"], c["location"]["line"], f["id"]))
    return marks, report


work = tempfile.mkdtemp(prefix="crosscheck-lsp-test-")
try:
    for sub in ("corpus", "claims"):
        shutil.copytree(os.path.join(ROOT, sub), os.path.join(work, "editor", sub))
        shutil.copytree(os.path.join(ROOT, sub), os.path.join(work, "disk", sub))
    editor, disk = os.path.join(work, "editor"), os.path.join(work, "disk")
    client = Client(editor)

    # Requests before initialize are refused; then the handshake.
    early = client.request("textDocument/hover", {})
    check("a request before initialize is refused", early.get("error", {}).get("code") == -32002,
          early)
    init = client.request("initialize", {"processId": None, "rootUri": uri(editor),
                                         "capabilities": {}})
    caps = init.get("result", {}).get("capabilities", {})
    check("initialize announces full sync, hover and completion",
          caps.get("textDocumentSync", {}).get("change") == 1 and caps.get("hoverProvider")
          and "completionProvider" in caps, init)
    client.notify("initialized", {})
    client.settle()

    # Every contradiction of a whole check, on every claim's line, as an error with the others.
    expected, report = check_marks(disk)
    got = finding_marks(client)
    contradictions = [f for f in report["findings"] if f["kind"] == "contradiction"]
    check("the corpus has contradictions to show", len(contradictions) > 0)
    check("diagnostics carry exactly the findings of a whole check", got == expected,
          f"missing {sorted(expected - got)[:3]}, extra {sorted(got - expected)[:3]}")
    first = contradictions[0]
    claim = first["claims"][0]
    file_uri = uri(os.path.join(editor, claim["location"]["file"]))
    on_line = [d for d in client.diagnostics.get(file_uri, [])
               if d.get("code") == first["id"]
               and d["range"]["start"]["line"] == claim["location"]["line"] - 1]
    check("a contradiction is an error on its claim's line", on_line and
          on_line[0]["severity"] == 1, client.diagnostics.get(file_uri))
    related = on_line[0].get("relatedInformation", []) if on_line else []
    check("its other claims are related information",
          len(related) == len(first["claims"]) - 1
          and all(r["location"]["uri"].startswith("file://") for r in related), related)

    # Hover: how the claim's value is read.
    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": file_uri},
        "position": {"line": claim["location"]["line"] - 1, "character": 6}})
    text = (hover.get("result") or {}).get("contents", {}).get("value", "")
    check("hover says how the claim under the cursor is read",
          claim["id"] in text and claim["property"] in text and ": " in text, hover)

    # Completion by key: a `subject:` line offers entities, a `property:` line properties.
    path = os.path.join(editor, claim["location"]["file"])
    original = open(path, encoding="utf-8").read()
    typed = original + "  - id: new-claim\n    subject: \n    property: \n"
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": file_uri, "languageId": "yaml", "version": 1, "text": original}})
    client.notify("textDocument/didChange", {"textDocument": {"uri": file_uri, "version": 2},
                                             "contentChanges": [{"text": typed}]})
    lines = typed.count("\n")
    subjects = client.request("textDocument/completion", {
        "textDocument": {"uri": file_uri}, "position": {"line": lines - 2, "character": 13}})
    labels = {i["label"] for i in subjects.get("result", [])}
    check("completion after subject: offers entities", "deepseek" in labels
          and "release_date" not in labels, sorted(labels)[:5])
    props = client.request("textDocument/completion", {
        "textDocument": {"uri": file_uri}, "position": {"line": lines - 1, "character": 14}})
    labels = {i["label"] for i in props.get("result", [])}
    check("completion after property: offers properties", "release_date" in labels
          and "deepseek" not in labels, sorted(labels)[:5])

    # An unsaved edit: the contradiction's first claim deleted. The diagnostics must be those of
    # a whole check of the same text, and the edit must not have re-solved everything.
    doubted = next(c for c in first["claims"] if c["location"]["file"].startswith("claims/"))
    path = os.path.join(editor, doubted["location"]["file"])
    file_uri = uri(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    start = doubted["location"]["line"] - 1
    end = start + 1
    while end < len(lines) and not lines[end].lstrip().startswith("- ") and \
            not lines[end].startswith("  #") and lines[end].startswith("    "):
        end += 1
    edited = "\n".join(lines[:start] + lines[end:])
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": file_uri, "languageId": "yaml", "version": 1, "text": edited}})
    client.settle()
    with open(os.path.join(disk, doubted["location"]["file"]), "w", encoding="utf-8") as f:
        f.write(edited)
    expected, _ = check_marks(disk)
    got = finding_marks(client)
    check("after an edit, exactly the findings of a whole check of the edited text",
          got == expected and first["id"] not in {m[2] for m in got},
          f"missing {sorted(expected - got)[:3]}, extra {sorted(got - expected)[:3]}")

    # A YAML error while typing: an error diagnostic at its line.
    broken = edited + "  - id: [unclosed\n"
    client.notify("textDocument/didChange", {"textDocument": {"uri": file_uri, "version": 2},
                                             "contentChanges": [{"text": broken}]})
    client.settle()
    errors = [d for d in client.diagnostics.get(file_uri, []) if d["severity"] == 1
              and "code" not in d]
    check("a YAML error shows at its line", any(d["range"]["start"]["line"] >= broken.count("\n") - 2
                                                for d in errors), client.diagnostics.get(file_uri))

    # Closing the file: the text on disk (the original) is checked again.
    client.notify("textDocument/didClose", {"textDocument": {"uri": file_uri}})
    client.settle()
    with open(os.path.join(disk, doubted["location"]["file"]), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    expected, _ = check_marks(disk)
    check("closing goes back to the file on disk", finding_marks(client) == expected,
          f"{len(finding_marks(client))} vs {len(expected)}")

    # Noise is answered, not fatal; then shutdown and exit.
    client.send_raw(b"{not json")
    reply = client.read()
    check("a message that is not JSON gets a parse error", reply.get("error", {}).get("code")
          == -32700, reply)
    unknown = client.request("workspace/symbol", {"query": "x"})
    check("an unsupported request gets method-not-found",
          unknown.get("error", {}).get("code") == -32601, unknown)
    bad = client.request("textDocument/hover", {"textDocument": {"uri": file_uri},
                                                "position": {"line": "three"}})
    check("a field of the wrong type gets invalid-params",
          bad.get("error", {}).get("code") == -32602, bad)
    done = client.request("shutdown", None)
    check("shutdown answers null", "result" in done and done["result"] is None, done)
    client.notify("exit", None)
    try:
        code = client.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        client.proc.kill()
        code = None
    check("exit after shutdown ends the server with 0", code == 0, code)
    log = client.proc.stderr.read().decode()
    check("the log has a line per check", "crosscheck lsp: checked the corpus" in log and
          "didOpen claims/" in log, log[-500:])
    # An edit re-checks the pieces it touches, not the corpus: fewer pieces than the whole.
    whole = re.search(r"checked the corpus in [0-9.]+ s \((\d+) pieces", log)
    edits = [int(n) for n in re.findall(r"didOpen claims/\S+ in [0-9.]+ s \((\d+) pieces", log)]
    check("an edit re-checks only the pieces it touches", whole and edits and
          max(edits) < int(whole.group(1)), log[-800:])
finally:
    shutil.rmtree(work, ignore_errors=True)

sys.exit(1 if failures else 0)
