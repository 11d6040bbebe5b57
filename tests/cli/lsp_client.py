"""A scripted Language Server Protocol client for `crosscheck lsp` over stdio: the test
(tests/cli/lsp_test.py) and the latency bench (bench/lsp_latency.py) drive the server with it."""
import json
import subprocess


class Client:
    def __init__(self, command, cwd=None, stderr=subprocess.PIPE):
        self.proc = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=stderr)
        self.next_id = 0
        self.diagnostics = {}  # uri -> the latest list published for it

    def send(self, message):
        self.send_raw(json.dumps(message).encode())

    def send_raw(self, body):
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message = json.loads(self.proc.stdout.read(length))
        if message.get("method") == "textDocument/publishDiagnostics":
            self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
        return message

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == self.next_id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def settle(self):
        """Reads until a hover request comes back: every notification sent before it was
        handled (the server answers in order), so the diagnostics it published are in."""
        self.request("textDocument/hover", {"textDocument": {"uri": "file:///none.yaml"},
                                            "position": {"line": 0, "character": 0}})
