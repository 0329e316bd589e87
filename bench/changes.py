#!/usr/bin/env python3
"""Benchmark, not a test: the change set between two releases of a generated corpus that
differ in 1% of their entries (a step edited in 0.6%, 0.2% removed, 0.2% added), against a
full rebuild: build times, file sizes, `contentc diff`, and applying changes.sql in sqlite3
against loading the whole bundle.sql.

usage: bench/changes.py [--entries 100000] [--contentc build/release/compiler/contentc]
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bundles import generate, size  # noqa: E402


def timed(cmd, **kw):
    start = time.monotonic()
    run = subprocess.run(cmd, capture_output=True, text=True, **kw)
    seconds = time.monotonic() - start
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: {run.stderr[-2000:]}")
    return seconds, run


def change_one_percent(folder, seed=2):
    """Edits a step of 0.6% of the movements, removes 0.2%, adds copies of 0.2% under new ids;
    returns how many of each."""
    rng = random.Random(seed)
    counts = {"edited": 0, "removed": 0, "added": 0}
    for name in sorted(os.listdir(folder)):
        if not name.startswith("entries-"):
            continue
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        out = []
        for line in lines:
            m = re.match(r'<(exercise|stretch) id="(m\d+)">', line)
            roll = rng.random() if m else 1.0
            if roll < 0.006:
                line = line.replace("</step>", " Breathe out as you move.</step>", 1)
                counts["edited"] += 1
            elif roll < 0.008:
                counts["removed"] += 1
                continue
            elif roll < 0.010:
                out.append(line.replace(f'id="{m.group(2)}"', f'id="{m.group(2)}-again"')
                           .replace("<name>Move", "<name>Again, move").replace("<alias>Alias", "<alias>Again"))
                counts["added"] += 1
            out.append(line)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100000)
    parser.add_argument("--contentc", default="build/release/compiler/contentc")
    args = parser.parse_args()
    c = args.contentc
    tmp = tempfile.mkdtemp(prefix="contentc-bench-changes-")
    try:
        src, out, old, fresh = (os.path.join(tmp, d) for d in ("sources", "out", "old", "fresh"))
        generate(src, args.entries)
        first_s, _ = timed([c, "build", src, "-o", out])
        shutil.copytree(out, old)
        counts = change_one_percent(src)
        with_s, run = timed([c, "build", src, "-o", out, "--timings"])
        stage = re.search(r"timing: emit: changes\s+([0-9.]+) s", run.stderr)
        full_s, _ = timed([c, "build", src, "-o", fresh])
        diff_s, _ = timed([c, "diff", old, out])
        print(f"corpus: {args.entries} entries; release 2 changes {sum(counts.values())} of them: "
              f"{counts['edited']} edited, {counts['removed']} removed, {counts['added']} added")
        print("| what | seconds |")
        print("| --- | --- |")
        print(f"| first build (no previous) | {first_s:.2f} |")
        print(f"| build of release 2 over release 1, with its change set | {with_s:.2f} |")
        print(f"| of which the change set (`emit: changes`) | {float(stage.group(1)) if stage else float('nan'):.2f} |")
        print(f"| full rebuild of release 2 (no previous) | {full_s:.2f} |")
        print(f"| `contentc diff` release 1 release 2 | {diff_s:.2f} |")
        print("| file | bytes |")
        print("| --- | --- |")
        for name in ("bundle.json", "bundle.sql", "changes.json", "changes.sql"):
            print(f"| {name} | {size(os.path.join(out, name)):,} |")
        db = os.path.join(tmp, "app.db")
        with open(os.path.join(old, "bundle.sql"), "rb") as f:
            load_s, _ = timed(["sqlite3", "-bail", db], stdin=f)
        with open(os.path.join(out, "changes.sql"), "rb") as f:
            apply_s, _ = timed(["sqlite3", "-bail", db], stdin=f)
        reload_db = os.path.join(tmp, "reload.db")
        with open(os.path.join(out, "bundle.sql"), "rb") as f:
            reload_s, _ = timed(["sqlite3", "-bail", reload_db], stdin=f)
        print(f"sqlite3: apply changes.sql {apply_s:.2f} s; load release 2's bundle.sql into a new database {reload_s:.2f} s "
              f"(release 1's: {load_s:.2f} s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
