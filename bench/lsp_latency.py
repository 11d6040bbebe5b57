#!/usr/bin/env python3
"""The language server's edit latency (issue 16): starts `crosscheck lsp` on a generated corpus,
waits for its first whole check, then opens one claim file with one figure changed and times the
answer to a request sent right behind the edit (the server handles messages in order, so the
answer comes once the edit is re-checked and its diagnostics are out). Prints one line:
  lsp_initial_s=X lsp_edit_s=Y lsp_edit_again_s=Z
(the second edit puts the figure back). Usage: lsp_latency.py CROSSCHECK CORPUS_DIR CLAIMS_DIR
"""
import os
import re
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "cli"))
import lsp_client  # noqa: E402

binary, corpus, claims = sys.argv[1:4]
log = open(os.environ["LSP_LOG"], "w") if "LSP_LOG" in os.environ else subprocess.DEVNULL
client = lsp_client.Client([binary, "lsp", "--corpus", corpus, "--claims", claims], stderr=log)
request, send, barrier = client.request, client.send, client.settle


request("initialize", {"processId": None, "capabilities": {}})
start = time.monotonic()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
barrier()
initial = time.monotonic() - start

name = next(f for f in sorted(os.listdir(claims)) if f.endswith(".yaml") and f != "reference.yaml")
path = os.path.abspath(os.path.join(claims, name))
uri = "file://" + urllib.parse.quote(path)
text = open(path, encoding="utf-8").read()
# The same edit as bench/run.sh: the first digit of the first quoted value doubled.
edited = re.sub(r'(value: "[^"0-9]*)([1-9])', r"\1\2\2", text, count=1)
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
barrier()
timings = []
for version, body in ((2, edited), (3, text)):
    start = time.monotonic()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version},
                     "contentChanges": [{"text": body}]}})
    barrier()
    timings.append(time.monotonic() - start)
request("shutdown", None)
send({"jsonrpc": "2.0", "method": "exit", "params": None})
client.proc.wait(timeout=60)
print(f"lsp_initial_s={initial:.2f} lsp_edit_s={timings[0]:.3f} lsp_edit_again_s={timings[1]:.3f}")
