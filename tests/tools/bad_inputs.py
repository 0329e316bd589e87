#!/usr/bin/env python3
"""Plants every kind of bad input into a copy of sources/ and checks that `contentc check`
reports exactly one finding per problem, at the right file:line:col, exits 1, and still loads
and checks everything else.

usage: bad_inputs.py CONTENTC REPO_ROOT
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

contentc, repo = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="contentc-bad-inputs-")
src = os.path.join(work, "sources")
shutil.copytree(os.path.join(repo, "sources"), src)


def check(*extra):
    run = subprocess.run([contentc, "check", "sources", "--format", "json", "--today", "2026-06-01",
                          "--max-file-size", "1M", *extra], cwd=work, capture_output=True, text=True)
    return run, [(f["file"], f["line"], f["column"], f["rule"], f["message"])
                 for f in json.loads(run.stdout)]


# What the real sources report by themselves (reviewed findings, suppressed or not).
_, baseline = check()


def plant(rel, data):
    path = os.path.join(src, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


# (file, line, column, rule, a word the message must hold)
expected = []
plant("bad/malformed.xml", "<content>\n  <condition id=\"x\">\n</content>\n")
expected.append(("bad/malformed.xml", 3, 3, "xml-malformed", "does not match"))
plant("bad/doctype.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE content [<!ENTITY e \"e\">]>\n<content/>\n")
expected.append(("bad/doctype.xml", 2, 1, "xml-malformed", "DOCTYPE"))
plant("bad/latin1.xml", b"<content>\n  <!-- caf\xe9 -->\n</content>\n")
expected.append(("bad/latin1.xml", 2, 11, "xml-malformed", "UTF-8"))
plant("bad/nul.xml", b"<content>\n\n  <x>\x00</x></content>\n")
expected.append(("bad/nul.xml", 3, 6, "xml-malformed", "NUL"))
plant("bad/huge.xml", "<content>" + " " * (2 * 1024 * 1024) + "</content>")
expected.append(("bad/huge.xml", 1, 1, "xml-malformed", "limit"))
plant("bad/deep.xml", "<content>\n" + "<a>" * 70 + "</a>" * 70 + "\n</content>\n")
expected.append(("bad/deep.xml", 2, 190, "xml-malformed", "deeper than 64"))
os.symlink("nowhere.txt", os.path.join(src, "bad", "unreadable.xml"))
expected.append(("bad/unreadable.xml", 1, 1, "xml-malformed", "cannot read"))
plant("bad/escape.xml", "<content>\n  <article id=\"escaping-article\"><title>T</title><author>A</author>\n"
      "    <snapshot>../../../etc/passwd</snapshot></article>\n</content>\n")
expected.append(("bad/escape.xml", 3, 15, "snapshot-missing", "leaves the sources folder"))
expected.append(("bad/escape.xml", 2, 3, "unused-article", "cited by no entry"))

run, got = check()
shutil.rmtree(work)
failures = []
if run.returncode != 1:
    failures.append(f"exit status {run.returncode}, expected 1")
for want in expected:
    path = "sources/" + want[0]
    hits = [g for g in got if g[:4] == (path,) + want[1:4] and want[4] in g[4]]
    if len(hits) != 1:
        failures.append(f"expected one {want[3]} at {path}:{want[1]}:{want[2]} mentioning "
                        f"'{want[4]}', got {len(hits)}")
extra = [g for g in got if g not in baseline and
         not any(g[:4] == ("sources/" + w[0],) + w[1:4] for w in expected)]
for g in extra:
    failures.append(f"unexpected finding {g}")
m = re.search(r"checked (\d+) entries in (\d+) files", run.stderr)
entries = int(m.group(1)) if m else 0
if entries < 90:
    failures.append(f"only {entries} entries loaded: the good files were not all checked "
                    f"({run.stderr.strip()})")
for f in failures:
    print("FAIL:", f)
print(f"bad inputs: {len(expected)} planted, {len(got) - len(baseline)} new findings, "
      f"{entries} entries still checked")
sys.exit(1 if failures else 0)
