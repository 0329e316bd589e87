#!/usr/bin/env python3
"""The language server's quick fixes keep what the editor wrote: the property `contentc fix` is
held to (tests/fix/fix_property.h), through the real server and its UTF-16 positions.

    fix_edits_test.py CONTENTC [DOCUMENTS]

For generated documents (forms of the policy's preferred terms around and inside comments,
processing instructions, CDATA sections, references, and non-ASCII text before them on the
line), each preferred-term quick fix's TextEdit replaces exactly a form (nothing else inside its
range); all of them applied leave every comment, PI, CDATA delimiter and reference in place, in
order, and the file well-formed; and the server, given the fixed text, offers no preferred-term
fix again."""
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import tempfile
import xml.dom.minidom

CONTENTC = os.path.abspath(sys.argv[1])
DOCUMENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 150
FORMS = {"back pain", "lumbago", "pgp", "pelvic pain", "pelvic pain syndrome"}
POLICY = """<policy>
  <term use="low back pain" instead-of="back pain|lumbago"/>
  <term use="pelvic girdle pain" instead-of="PGP|pelvic pain|pelvic pain syndrome"/>
</policy>
"""
PIECES = {
    "markup": ["<!-- reviewed by Ana -->", "<!--x-->", "<!-- PGP -->", "<?editor note?>", "<?x PGP?>",
               "<![CDATA[back pain]]>", "<![CDATA[ PGP & more ]]>"],
    "reference": ["&#10;", "&#9;", "&#32;", "&amp;", "&#80;GP", "P&#71;P", "back&#32;pain", "&lt;"],
    "space": [" ", "\n      ", "  \t"],
    "word": ["PGP", "pgp", "back pain", "Back pain", "low back pain", "lumbago", "pelvic pain",
             "pelvic pain syndrome", "pelvic girdle pain", "pelvic\n   pain", "back  pain", "worse",
             "Größe", "😀 at night", "naïve", "rest.", "Walk:"],
}


def generate(rng):
    def text():
        out = ""
        for _ in range(rng.randrange(1, 12)):
            kind = rng.choices(["markup", "reference", "space", "word"], [2, 1, 1, 6])[0]
            out += rng.choice(PIECES[kind]) + (" " if rng.random() < 0.5 else "")
        return out
    doc = "<content>\n"
    for i in range(rng.randrange(1, 4)):
        doc += f'  <condition id="c{i}">\n    <name>Condition {i}</name>\n    <summary>{text()}</summary>\n'
        for _ in range(rng.randrange(0, 3)):
            doc += f"    <symptom>{text()}</symptom>\n"
        doc += "  </condition>\n"
    return doc + "</content>\n"


def markup_of(text):
    out, i = [], 0
    while i < len(text):
        for start, end in (("<!--", "-->"), ("<?", "?>")):
            if text.startswith(start, i):
                stop = text.index(end, i) + len(end)
                out.append(text[i:stop])
                i = stop - 1
                break
        else:
            if text.startswith("<![CDATA[", i):
                out += ["<![CDATA[", "]]>"]
                i = text.index("]]>", i) + 2
            elif text[i] == "&":
                stop = text.index(";", i) + 1
                out.append(text[i:stop])
                i = stop - 1
        i += 1
    return out


def offset(text, position):
    """The index in `text` of an LSP position (line, UTF-16 code units)."""
    lines = text.split("\n")
    line = lines[position["line"]]
    units = 0
    for i, ch in enumerate(line):
        if units >= position["character"]:
            return sum(len(l) + 1 for l in lines[:position["line"]]) + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return sum(len(l) + 1 for l in lines[:position["line"]]) + len(line)


class Server:
    def __init__(self, root):
        self.proc = subprocess.Popen([CONTENTC, "lsp", "--today", "2026-06-01"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, cwd=root)
        self.buffer, self.next_id = b"", 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                length = int(re.search(rb"Content-Length: *(\d+)", self.buffer[:end], re.I).group(1))
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            if not select.select([self.proc.stdout], [], [], 60)[0]:
                raise TimeoutError("the server said nothing for 60 s")
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                raise EOFError("the server exited")
            self.buffer += chunk

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            m = self.receive()
            if m.get("id") == self.next_id:
                return m["result"]


def main():
    tmp = tempfile.mkdtemp(prefix="contentc-lsp-fix-")
    try:
        root = os.path.join(tmp, "sources")
        os.makedirs(root)
        with open(os.path.join(root, "policy.xml"), "w") as f:
            f.write(POLICY)
        path = os.path.join(root, "a.xml")
        with open(path, "w") as f:
            f.write("<content/>\n")
        uri = "file://" + path
        server = Server(root)
        server.request("initialize", {"rootUri": "file://" + root, "capabilities": {}})
        rng = random.Random(24)
        fixes = 0
        for n in range(DOCUMENTS):
            text = generate(rng)
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange" if n else "textDocument/didOpen",
                         "params": {"textDocument": {"uri": uri, "languageId": "xml", "version": 2 * n + 1, "text": text},
                                    "contentChanges": [{"text": text}]}})
            whole = {"start": {"line": 0, "character": 0}, "end": {"line": text.count("\n") + 1, "character": 0}}
            actions = server.request("textDocument/codeAction",
                                     {"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": []}})
            edits = []
            for a in actions:
                if a["diagnostics"][0].get("code") != "preferred-term" or not a.get("isPreferred"):
                    continue
                for e in a["edit"]["changes"][uri]:
                    b, end = offset(text, e["range"]["start"]), offset(text, e["range"]["end"])
                    replaced = text[b:end]
                    folded = " ".join(replaced.lower().split())
                    assert folded in FORMS and not re.search(r"[<&]|\]\]>", replaced), \
                        f"document {n}: a quick fix replaces {replaced!r}\n{text}"
                    edits.append((b, end, e["newText"]))
            edits.sort()
            for (b1, e1, _), (b2, _, _) in zip(edits, edits[1:]):
                assert e1 <= b2, f"document {n}: overlapping quick fixes\n{text}"
            fixed = text
            for b, end, new in reversed(edits):
                fixed = fixed[:b] + new + fixed[end:]
            fixes += len(edits)
            assert markup_of(fixed) == markup_of(text), f"document {n}: markup changed\n{text}\n{fixed}"
            xml.dom.minidom.parseString(fixed.encode())
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                         "params": {"textDocument": {"uri": uri, "version": 2 * n + 2}, "contentChanges": [{"text": fixed}]}})
            again = server.request("textDocument/codeAction",
                                   {"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": []}})
            left = [a for a in again if a["diagnostics"][0].get("code") == "preferred-term" and a.get("isPreferred")]
            assert not left, f"document {n}: fixes offered again after applying them\n{fixed}\n{left[0]}"
        assert fixes > DOCUMENTS, f"only {fixes} quick fixes in {DOCUMENTS} documents"
        server.request("shutdown", None)
        server.send({"jsonrpc": "2.0", "method": "exit"})
        assert server.proc.wait(timeout=20) == 0
        print(f"ok: {DOCUMENTS} documents, {fixes} quick fixes applied through UTF-16 positions")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
