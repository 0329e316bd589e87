#!/usr/bin/env python3
"""Benchmark, not a test: builds a generated corpus and prints the bundle sizes and how fast
bundle.sql loads into sqlite3 and into a PostgreSQL 15 cluster (rows per second).

usage: bench/bundles.py [--entries N] [--contentc build/release/compiler/contentc]
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "bundle"))
from support import PostgresCluster, read_tables  # noqa: E402

WORDS = ("hold the stretch gently while you breathe and keep your pelvis neutral then slowly "
         "return to the start position and repeat on the other side without any pain").split()


def sentence(rng, n=12):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate(folder, entries, seed=1):
    """A simple corpus: one article per 50 entries whose snapshot holds every quoted sentence."""
    rng = random.Random(seed)
    os.makedirs(folder)
    articles = max(1, entries // 50)
    conditions = max(1, entries // 20)
    snapshots = [[] for _ in range(articles)]
    with open(os.path.join(folder, "policy.xml"), "w") as f:
        f.write("<policy/>\n")
    body = []
    for c in range(conditions):
        a = c % articles
        quote = sentence(rng)
        snapshots[a].append(quote)
        body.append(f'<condition id="c{c}"><name>Condition {c}</name><related to="c{(c + 1) % conditions}"/>'
                    f'<symptom>{sentence(rng, 5)}</symptom><warning category="see-provider">See a provider.</warning>'
                    f'<cite article="a{a}">{quote}</cite></condition>')
    for i in range(conditions, entries - articles):
        a = rng.randrange(articles)
        quote = sentence(rng)
        hold = rng.randint(5, 60)
        dose_quote = f"Hold for {hold} seconds and repeat {rng.randint(2, 5)}-{rng.randint(6, 12)} times."
        snapshots[a] += [quote, dose_quote]
        kind = "exercise" if i % 2 else "stretch"
        body.append(f'<{kind} id="m{i}"><name>Move {i}</name><alias>Alias {i}</alias><position>seated</position>'
                    f'<pattern>p{rng.randrange(20)}</pattern><for condition="c{rng.randrange(conditions)}"/>'
                    f'<step>{sentence(rng)}</step><step>{sentence(rng)}</step>'
                    f'<dose><hold>{hold} s</hold><cite article="a{a}">{dose_quote}</cite></dose>'
                    f'<warning category="stop-if-pain">Stop if it hurts.</warning>'
                    f'<cite article="a{a}">{quote}</cite></{kind}>')
    per_file = 500
    for n in range(0, len(body), per_file):
        with open(os.path.join(folder, f"entries-{n // per_file:04}.xml"), "w") as f:
            f.write("<content>\n" + "\n".join(body[n:n + per_file]) + "\n</content>\n")
    with open(os.path.join(folder, "articles.xml"), "w") as f:
        f.write("<content>\n" + "\n".join(
            f'<article id="a{a}"><title>Article {a}</title><author>A</author><snapshot>a{a}.txt</snapshot></article>'
            for a in range(articles)) + "\n</content>\n")
    for a, lines in enumerate(snapshots):
        with open(os.path.join(folder, f"a{a}.txt"), "w") as f:
            f.write(f"Article {a}\n\n" + "\n".join(lines) + "\n")


def size(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--contentc", default="build/release/compiler/contentc")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="contentc-bench-")
    os.chmod(tmp, 0o755)
    try:
        sources, out = os.path.join(tmp, "sources"), os.path.join(tmp, "out")
        generate(sources, args.entries)
        start = time.monotonic()
        run = subprocess.run([args.contentc, "build", sources, "-o", out], capture_output=True, text=True)
        build_s = time.monotonic() - start
        if run.returncode != 0:
            sys.exit(run.stderr[-2000:])
        rows = sum(len(r) for _, r in read_tables(out).values())
        print(f"corpus: {args.entries} entries, {size(sources) / 1e6:.1f} MB in {len(os.listdir(sources))} files")
        print(f"build: {build_s:.2f} s")
        for name in ("bundle.json", "bundle.sql", "csv", "manifest.json"):
            print(f"  {name:<14} {size(os.path.join(out, name)) / 1e6:8.2f} MB")
        print(f"rows in all tables: {rows}")
        db = os.path.join(tmp, "bundle.db")
        start = time.monotonic()
        with open(os.path.join(out, "bundle.sql"), "rb") as script:
            subprocess.run(["sqlite3", "-bail", db], stdin=script, check=True)
        s = time.monotonic() - start
        print(f"sqlite3 load:    {s:6.2f} s  {rows / s:10.0f} rows/s")
        with PostgresCluster() as pg:
            pg.create_database("bench")
            with open(os.path.join(out, "bundle.sql"), encoding="utf-8") as script:
                text = script.read()
            start = time.monotonic()
            pg.psql("bench", "-f", "-", input=text)
            s = time.monotonic() - start
            print(f"PostgreSQL load: {s:6.2f} s  {rows / s:10.0f} rows/s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
