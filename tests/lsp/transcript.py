#!/usr/bin/env python3
"""Runs one language-server transcript, in the style of clangd's lit tests.

    transcript.py CONTENTC TRANSCRIPT

A transcript is a list of lines:
    --> {json}        a message sent to the server (framed as LSP frames it)
    --> RAW text      bytes sent as they are (Python escapes: \\r\\n), for broken framing
    <-- {json}        the next message the server sends with this "id", or this "method" (and,
                      when given, params.uri), must match: objects by their listed keys, lists
                      element by element and of the same length, strings exactly or, as
                      {"$regex": "…"}, by a regular expression
    exit N            the server must exit with status N
    # …               a comment
Before it runs, tests/lsp/sources (or the folder a line "#! sources PATH" names, relative to
the transcript) is copied to a new folder; ${ROOT} is its path, ${URI:f} the
URI of its file f, ${TEXT:f} f's text as a JSON string, ${REPEAT:N:s} the string s N times (a
huge paste). A message the server sends that no
expectation waits for is skipped; an expectation not met within 60 seconds fails the test (to
end a hung run, never to measure speed).
"""
import json, os, re, select, shutil, subprocess, sys, tempfile, time

contentc, transcript = os.path.abspath(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp(prefix="contentc-lsp-")
root = os.path.join(tmp, "sources")
sources = os.path.join(here, "sources")
for line in open(transcript, encoding="utf-8"):
    if line.startswith("#! sources "):
        sources = os.path.join(os.path.dirname(os.path.abspath(transcript)), line[len("#! sources "):].strip())
shutil.copytree(sources, root)

def expand(s):
    s = s.replace("${ROOT}", root)
    s = re.sub(r"\$\{REPEAT:(\d+):([^}]*)\}", lambda m: m.group(2) * int(m.group(1)), s)
    s = re.sub(r"\$\{URI:([^}]*)\}", lambda m: "file://" + os.path.join(root, m.group(1)), s)
    return re.sub(r"\$\{TEXT:([^}]*)\}", lambda m: json.dumps(open(os.path.join(root, m.group(1))).read()), s)

server = subprocess.Popen([contentc, "lsp", "--today", "2026-06-01"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, cwd=tmp)
buffer = b""

def read_message(deadline):
    global buffer
    while True:
        end = buffer.find(b"\r\n\r\n")
        if end >= 0:
            length = int(re.search(rb"Content-Length: *(\d+)", buffer[:end], re.I).group(1))
            if len(buffer) >= end + 4 + length:
                body, buffer = buffer[end + 4:end + 4 + length], buffer[end + 4 + length:]
                return json.loads(body)
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([server.stdout], [], [], left)[0]:
            return None
        chunk = os.read(server.stdout.fileno(), 65536)
        if not chunk:
            return None
        buffer += chunk

def matches(want, got, path="$"):
    if isinstance(want, dict) and set(want) == {"$contains"}:
        if not isinstance(got, list):
            return f"{path}: expected a list, got {got!r}"
        for w in want["$contains"]:
            if all(matches(w, g) for g in got):
                return f"{path}: no item matches {json.dumps(w)} in {json.dumps(got)[:600]}"
        return None
    if isinstance(want, dict) and set(want) == {"$regex"}:
        return None if isinstance(got, str) and re.search(want["$regex"], got) else f"{path}: {got!r} does not match /{want['$regex']}/"
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return f"{path}: expected an object, got {got!r}"
        for k, v in want.items():
            if k not in got:
                return f"{path}.{k}: missing"
            why = matches(v, got[k], f"{path}.{k}")
            if why:
                return why
        return None
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            return f"{path}: expected {len(want)} items, got {json.dumps(got)[:300]}"
        for i, (w, g) in enumerate(zip(want, got)):
            why = matches(w, g, f"{path}[{i}]")
            if why:
                return why
        return None
    return None if want == got else f"{path}: expected {want!r}, got {got!r}"

def fail(line_no, why):
    print(f"{transcript}:{line_no}: {why}", file=sys.stderr)
    server.kill()
    sys.exit(1)

try:
    for line_no, line in enumerate(open(transcript), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("--> RAW "):
            server.stdin.write(line[8:].encode().decode("unicode_escape").encode("latin-1"))
            server.stdin.flush()
        elif line.startswith("--> "):
            body = expand(line[4:]).encode()
            server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            server.stdin.flush()
        elif line.startswith("<-- "):
            want = json.loads(expand(line[4:]))
            deadline = time.monotonic() + 60
            while True:
                got = read_message(deadline)
                if got is None:
                    fail(line_no, f"no message matching {line[4:]}")
                if "id" in want and got.get("id") != want["id"]:
                    continue
                if "method" in want and (got.get("method") != want["method"] or
                        ("uri" in want.get("params", {}) and got.get("params", {}).get("uri") != want["params"]["uri"])):
                    continue
                why = matches(want, got)
                if why:
                    fail(line_no, f"{why}\n  in {json.dumps(got)[:2000]}")
                break
        elif line.startswith("exit "):
            server.stdin.close()
            try:
                status = server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                fail(line_no, "the server did not exit")
            if status != int(line[5:]):
                fail(line_no, f"exit status {status}, expected {line[5:]}")
        else:
            fail(line_no, f"not a transcript line: {line}")
finally:
    if server.poll() is None:
        server.kill()
    shutil.rmtree(tmp, ignore_errors=True)
print(f"ok {os.path.basename(transcript)}")
