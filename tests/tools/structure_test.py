#!/usr/bin/env python3
"""Checks the code's structure against ARCHITECTURE.md.

    structure_test.py REPO layers       a folder of compiler/src includes only folders below it,
                                        in the order of ARCHITECTURE.md's "Layers, lowest first"
    structure_test.py REPO sizes        no source file is over 400 lines (tests, generated and
                                        installed files aside)
    structure_test.py REPO invariants   only load/, fix/ and scaffold/ use pugixml; nothing below
                                        cli/ (and the programs' main functions) writes to stdout
    structure_test.py --self-test       plants one violation of each kind in a small made-up
                                        repository and checks that each is reported

Prints each violation with its file and line, and exits 1 when there is one.
"""
import os
import re
import sys

import subprocess
import tempfile

if sys.argv[1] == "--self-test":
    with tempfile.TemporaryDirectory() as repo:
        def put(rel, text):
            os.makedirs(os.path.dirname(os.path.join(repo, rel)), exist_ok=True)
            with open(os.path.join(repo, rel), "w", encoding="utf-8") as f:
                f.write(text)
        put("ARCHITECTURE.md", "Layers, lowest first: `util`, `rules`, `emit`, `cli`.\n")
        put("compiler/src/util/a.h", '#include "version.h"\n')
        put("compiler/src/rules/r.cc", '#include "util/a.h"\n#include "emit/e.h"\nint f() { return printf("x"); }\n')
        put("compiler/src/emit/e.h", "#include <pugixml.hpp>\n")
        put("compiler/src/cli/c.cc", '#include "rules/r.h"\nvoid g() { std::cout << 1; }\n')
        put("compiler/src/main.cc", '#include "cli/c.h"\n')
        put("tools/big.py", "x = 1\n" * 401)
        expected = {"layers": ["compiler/src/rules/r.cc:2"], "sizes": ["tools/big.py"],
                    "invariants": ["compiler/src/rules/r.cc:3", "compiler/src/emit/e.h:1"]}
        failed = False
        for check, wanted in expected.items():
            run = subprocess.run([sys.executable, __file__, repo, check], capture_output=True, text=True)
            found = [line.split(": ")[0] for line in run.stdout.splitlines() if not line.startswith("structure ")]
            if run.returncode != 1 or sorted(found) != sorted(wanted):
                print(f"{check}: expected {wanted} and exit 1, got {found} and exit {run.returncode}")
                failed = True
        print("self-test:", "failed" if failed else "every planted violation reported, nothing else")
        sys.exit(1 if failed else 0)

REPO = os.path.abspath(sys.argv[1])
CHECK = sys.argv[2]
SRC = os.path.join(REPO, "compiler", "src")
MOST_LINES = 400
SOURCE_SUFFIXES = (".cc", ".h", ".py", ".sh", ".mjs", ".js", ".cmake")
# The programs' main functions stand above every layer.
TOP_FILES = {"main.cc", "docs_main.cc"}
GENERATED = {"version.h"}


def source_files(root):
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ("node_modules", ".git", "repository"))
        for name in sorted(files):
            yield os.path.join(folder, name)


def layer_order():
    """The layers, lowest first, as ARCHITECTURE.md names them."""
    with open(os.path.join(REPO, "ARCHITECTURE.md"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("Layers, lowest first:"):
                return re.findall(r"`([a-z]+)`", line)
    sys.exit("ARCHITECTURE.md has no line starting 'Layers, lowest first:'")


def folder_of(path):
    """The top folder of compiler/src a file is in, or None for the files at its root."""
    rel = os.path.relpath(path, SRC).split(os.sep)
    return rel[0] if len(rel) > 1 else None


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = re.match(r'\s*#\s*include\s+"([^"]+)"', line)
            if m:
                yield number, m.group(1)


def check_layers():
    order = layer_order()
    rank = {name: i for i, name in enumerate(order)}
    problems = []
    folders = sorted(d for d in os.listdir(SRC) if os.path.isdir(os.path.join(SRC, d)))
    for d in folders:
        if d not in rank:
            problems.append(f"compiler/src/{d}/: not in ARCHITECTURE.md's layers ({', '.join(order)})")
    for name in order:
        if name not in folders:
            problems.append(f"ARCHITECTURE.md names layer '{name}', which compiler/src/ does not have")
    for path in source_files(SRC):
        if not path.endswith((".cc", ".h")):
            continue
        here = folder_of(path)
        rel = os.path.relpath(path, REPO)
        if here is None and os.path.basename(path) not in TOP_FILES:
            problems.append(f"{rel}: a file at the root of compiler/src/ that is not a program's main")
        for number, target in includes(path):
            if target in GENERATED or "/" not in target:
                continue
            there = target.split("/")[0]
            if there == here or there not in rank:
                continue
            if here is not None and here in rank and rank[there] >= rank[here]:
                problems.append(f"{rel}:{number}: {here}/ includes {target}, but {there}/ is not "
                                f"below {here}/ in ARCHITECTURE.md's layers")
    return problems


def check_sizes():
    problems = []
    roots = [SRC, os.path.join(REPO, "tools"), os.path.join(REPO, "bench"), os.path.join(REPO, ".ci"),
             os.path.join(REPO, "cmake")]
    for root in roots:
        if not os.path.isdir(root):
            continue
        for path in source_files(root):
            rel = os.path.relpath(path, REPO)
            executable = os.access(path, os.X_OK) and not os.path.basename(path).startswith(".")
            if not (path.endswith(SOURCE_SUFFIXES) or executable):
                continue
            if rel.startswith("bench/dose-corpus/"):
                continue  # labelled data, not code
            with open(path, "rb") as f:
                lines = f.read().count(b"\n")
            if lines > MOST_LINES:
                problems.append(f"{rel}: {lines} lines, over {MOST_LINES}: split it by responsibility")
    return problems


def check_invariants():
    problems = []
    xml_folders = {"load", "fix", "scaffold"}
    for path in source_files(SRC):
        if not path.endswith((".cc", ".h")):
            continue
        here = folder_of(path)
        rel = os.path.relpath(path, REPO)
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                code = line.split("//")[0]
                if "pugixml" in code and here not in xml_folders:
                    problems.append(f"{rel}:{number}: pugixml outside load/, fix/ and scaffold/")
                writes_stdout = re.search(r"std::cout|\bstdout\b|\bprintf\s*\(|\bputs\s*\(", code)
                if writes_stdout and here != "cli" and not path.endswith("main.cc"):
                    problems.append(f"{rel}:{number}: writes to standard output below cli/")
    return problems


problems = {"layers": check_layers, "sizes": check_sizes, "invariants": check_invariants}[CHECK]()
for p in problems:
    print(p)
print(f"structure {CHECK}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
sys.exit(1 if problems else 0)
