#!/usr/bin/env python3
"""Scores contentc's dose reader on a labelled corpus of real dose sentences (a benchmark, not a
test: it prints figures and exits 0).

    bench/dose_corpus.py CONTENTC [CORPUS.tsv ...] [--property]
        (default: every file of bench/dose-corpus/: sentences.tsv, held-out.tsv, then
        unseen-1.tsv, unseen-2.tsv …, each scored on its own)

For every sentence it writes an exercise whose dose holds the sentence's labelled fields and
cites the sentence, and runs `contentc check` once over all of them:
  - a false error is an error of the rules that read a dose's quote (dose-quote-mismatch,
    dose-range) on a correctly labelled dose; a false warning, a warning of theirs
    (dose-unsupported, side-missing);
  - for each labelled number (reps, hold, sets, frequency) it also writes the dose with that one
    field changed (each number plus one), and counts the change as caught when contentc reports
    a finding at that field. A certain fix on a changed field must write the label back: one
    that writes anything else is a wrong certain fix.
Figures are printed per field and per construction, against the targets: no false error, at
most 1 false warning in 100 sentences, a changed field caught in at least 95 of 100.

With --property (CTest runs it so), the exit status says whether the fixes' property holds:
a certain fix on a correctly labelled dose (which would change it) or one that writes a third
value on a changed dose, and any false error, exit 1.
"""
import collections
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ARGS = [a for a in sys.argv[1:] if a != "--property"]
PROPERTY = "--property" in sys.argv[1:]
CONTENTC = os.path.abspath(ARGS[0])
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dose-corpus")
CORPORA = ARGS[1:] or [os.path.join(HERE, name) for name in
                       ["sentences.tsv", "held-out.tsv"] +
                       sorted((f for f in os.listdir(HERE) if f.startswith("unseen-") and f.endswith(".tsv")),
                              key=lambda f: int(f[len("unseen-"):-len(".tsv")]))]
# The rules that read what a quote says about a dose; the others (dose-missing, dose-word …)
# judge the exercise the scorer builds, not the reader.
READER_RULES = ("dose-quote-mismatch", "dose-unsupported", "dose-range", "side-missing")
FIELDS = ("reps", "hold", "sets", "side", "frequency")
NUMERIC = ("reps", "hold", "sets", "frequency")


def changed(value):
    """`value` with each number raised by one: '8-10' → '9-11', '5 s' → '6 s'; in a
    progression ('3 s -> 10 s'), only the start changes, so each reading is tested alone."""
    start, arrow, target = value.partition(" -> ")
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 1), start) + arrow + target


def field_xml(name, value):
    """A dose field in contentc's syntax: '10 -> about 40' is <reps to="about 40">10</reps>."""
    start, arrow, target = value.partition(" -> ")
    to = f' to="{xml_text(target)}"' if arrow else ""
    return f"<{name}{to}>{xml_text(start)}</{name}>"


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def score(corpus):
    """Prints the figures for one corpus file; returns whether the fixes' property holds."""
    with open(corpus, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    tmp = tempfile.mkdtemp(prefix="contentc-dose-corpus-")
    src = os.path.join(tmp, "sources")
    os.makedirs(src)
    with open(os.path.join(src, "policy.xml"), "w") as f:
        f.write("<policy/>\n")
    with open(os.path.join(src, "corpus.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(r["sentence"] for r in rows) + "\n")
    entries, places = [], {}  # places: exercise id → (row index, field changed or None)
    line = 3  # <content>, the article, then one exercise a line

    def exercise(eid, row, fields):
        nonlocal line
        quote = xml_text(row["sentence"])
        dose = "".join(field_xml(k, v) for k, v in fields.items() if v)
        entries.append(f'  <exercise id="{eid}"><name>{eid}</name><step>S.</step><dose>{dose}'
                       f'<cite article="corpus">{quote}</cite></dose><cite article="corpus">{quote}</cite></exercise>')
        line += 1
        return line - 1

    for i, row in enumerate(rows):
        labels = {k: row[k] for k in FIELDS}
        places[exercise(f"s{i}", row, labels)] = (i, None)
        for field in NUMERIC:
            if labels[field] and changed(labels[field]) != labels[field]:  # a word ('few s') has no number to change
                variant = dict(labels, **{field: changed(labels[field])})
                places[exercise(f"s{i}-{field}", row, variant)] = (i, field)
    with open(os.path.join(src, "corpus.xml"), "w", encoding="utf-8") as f:
        f.write('<content>\n  <article id="corpus"><title>Corpus</title><author>Many</author>'
                '<snapshot>corpus.txt</snapshot></article>\n' + "\n".join(entries) + "\n</content>\n")
    result = subprocess.run([CONTENTC, "check", src, "--format", "json", "--today", "2026-06-01"],
                            capture_output=True, text=True)
    shutil.rmtree(tmp, ignore_errors=True)
    if not result.stdout.strip():
        sys.exit(f"contentc check printed no findings (exit {result.returncode}): {result.stderr.strip()}")
    findings = json.loads(result.stdout)
    on_line = collections.defaultdict(list)
    for f in findings:
        if f["file"].endswith("corpus.xml") and f["rule"] in READER_RULES:
            on_line[f["line"]].append(f)

    per_field = collections.defaultdict(lambda: collections.Counter())
    per_construction = collections.defaultdict(lambda: collections.Counter())
    false_errors, false_warnings, missed, wrong_fixes = [], [], [], []
    for ln, (i, field) in places.items():
        row = rows[i]
        constructions = [c.strip() for c in row["construction"].split(";") if c.strip()] or ["(none)"]
        found = on_line.get(ln, [])
        if field is None:
            errors = [f for f in found if f["level"] == "error"]
            warnings = [f for f in found if f["level"] == "warning"]
            for c in constructions:
                per_construction[c]["sentences"] += 1
                per_construction[c]["false errors"] += bool(errors)
                per_construction[c]["false warnings"] += bool(warnings)
            for f in errors:
                false_errors.append((row["sentence"], f["message"]))
            for f in found:
                if f.get("fix", {}).get("certain"):  # it would change a dose that is right
                    wrong_fixes.append((row["sentence"], f["message"].split(" ")[0], f["fix"]["replacements"][0]["text"],
                                        "(unchanged)"))
            for f in warnings:
                false_warnings.append((row["sentence"], f["message"]))
            for k in NUMERIC:
                if row[k]:
                    per_field[k]["labelled"] += 1
            continue
        at_field = [f for f in found if f["message"].startswith(field + " ")]
        per_field[field]["changed"] += 1
        per_field[field]["caught"] += bool(at_field)
        for c in constructions:
            per_construction[c]["changed"] += 1
            per_construction[c]["caught"] += bool(at_field)
        if not at_field:
            missed.append((row["sentence"], field, changed(row[field])))
        for f in at_field:
            fix = f.get("fix")
            if fix and fix.get("certain"):
                written = fix["replacements"][0]["text"]
                if written != row[field].partition(" -> ")[0]:
                    wrong_fixes.append((row["sentence"], field, written, row[field]))

    n = len(rows)
    changed_total = sum(c["changed"] for c in per_field.values())
    caught_total = sum(c["caught"] for c in per_field.values())
    print(f"corpus: {n} sentences from {len({r['source'] for r in rows})} sources ({os.path.relpath(corpus)})")
    print(f"{'field':<12}{'labelled':>9}{'changed':>9}{'caught':>8}")
    for k in NUMERIC:
        c = per_field[k]
        print(f"{k:<12}{c['labelled']:>9}{c['changed']:>9}{c['caught']:>8}")
    print(f"\n{'construction':<50}{'sentences':>10}{'false err':>10}{'false warn':>11}{'caught':>10}")
    for name in sorted(per_construction):
        c = per_construction[name]
        print(f"{name:<50}{c['sentences']:>10}{c['false errors']:>10}{c['false warnings']:>11}"
              f"{c['caught']:>5}/{c['changed']:<4}")
    sentences_with_error = len({s for s, _ in false_errors})
    sentences_with_warning = len({s for s, _ in false_warnings})
    print(f"\nfalse errors: {sentences_with_error} of {n} sentences (target 0)")
    print(f"false warnings: {sentences_with_warning} of {n} sentences, "
          f"{100 * sentences_with_warning / max(n, 1):.1f} per 100 (target at most 1)")
    print(f"changed fields caught: {caught_total} of {changed_total}, "
          f"{100 * caught_total / max(changed_total, 1):.1f} per 100 (target at least 95)")
    print(f"wrong certain fixes: {len(wrong_fixes)} (target 0)")
    for s, m in false_errors + false_warnings:
        print(f"  false: {s!r}: {m}")
    for s, field, value in missed:
        print(f"  missed: {field} {value} for {s!r}")
    for s, field, written, label in wrong_fixes:
        print(f"  wrong certain fix: {field} {written!r} (the sentence says {label!r}) for {s!r}")
    return not (false_errors or wrong_fixes)


def main():
    holds = [score(corpus) for corpus in CORPORA]
    if PROPERTY and not all(holds):
        sys.exit(1)


if __name__ == "__main__":
    main()
