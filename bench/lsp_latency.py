#!/usr/bin/env python3
"""Diagnostic latency of `contentc lsp`: the time from a didChange to its publishDiagnostics,
on a sources folder, over several edits (the first check, of the whole folder, is timed apart).
It includes the server's debounce (as long as its recent checks took, 50 to 500 ms), which is
what an editor sees.

    bench/lsp_latency.py CONTENTC SOURCES [EDITS]
"""
import json, os, statistics, subprocess, sys, time

contentc, root = sys.argv[1], os.path.abspath(sys.argv[2])
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
p = subprocess.Popen([contentc, "lsp", root], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(m):
    b = json.dumps(m).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(b) + b)
    p.stdin.flush()

def recv():
    h = b""
    while not h.endswith(b"\r\n\r\n"):
        h += p.stdout.read(1)
    return json.loads(p.stdout.read(int(h.split(b":")[1].split(b"\r")[0])))

def wait_publish(uri, version):
    while True:
        m = recv()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri and \
                m["params"].get("version") == version:
            return

xml = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".xml") and f != "policy.xml")[0]
uri, text = "file://" + xml, open(xml).read()
start = time.monotonic()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"rootUri": "file://" + root}})
recv()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "xml", "version": 1, "text": text}}})
wait_publish(uri, 1)
first = time.monotonic() - start
times = []
for v in range(2, edits + 2):
    edited = text.replace("</content>", f"<!-- edit {v} --></content>") if v % 2 else text
    t = time.monotonic()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": edited}]}})
    wait_publish(uri, v)
    times.append(time.monotonic() - t)
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
p.wait()
print(f"{root}: first check {first * 1000:.0f} ms; after an edit: median {statistics.median(times) * 1000:.0f} ms, "
      f"max {max(times) * 1000:.0f} ms over {len(times)} edits (the debounce included)")
