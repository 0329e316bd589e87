#!/usr/bin/env python3
"""The spelling rule on real prose it was not written for: every sentence of the dose corpus
(bench/dose-corpus/*.tsv, real sentences from public exercise pages) checked as if an editor had
written it, once with the dictionaries alone and once with the shared policy's accept list. Prints
each word found, whether bench/spelling/labels.tsv says the finding is true, and the precision.

  bench/spelling_corpus.py CONTENTC
"""
import csv, glob, html, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def accepted_words():
    text = open(os.path.join(REPO, "policies", "prenatal-movement.xml"), encoding="utf-8").read()
    spelling = re.search(r'<spelling dictionaries="([^"]*)">(.*?)</spelling>', text, re.S)
    return spelling.group(1), re.findall(r"<accept>([^<]*)</accept>", spelling.group(2))


def found_words(contentc, sentences, dictionaries, accept):
    with tempfile.TemporaryDirectory() as tmp:
        accept_xml = "".join(f"<accept>{html.escape(w)}</accept>" for w in accept)
        with open(os.path.join(tmp, "policy.xml"), "w", encoding="utf-8") as f:
            f.write(f'<policy><spelling dictionaries="{dictionaries}">{accept_xml}</spelling></policy>\n')
        with open(os.path.join(tmp, "a.xml"), "w", encoding="utf-8") as f:
            f.write("<content>\n")
            for i, s in enumerate(sentences):
                f.write(f'<condition id="c{i}"><name>C</name><summary>{html.escape(s, quote=False)}</summary></condition>\n')
            f.write("</content>\n")
        out = subprocess.run([contentc, "check", tmp, "--format", "json"], capture_output=True, text=True).stdout
    return [f["message"][1:f["message"].index("' is not")] for f in json.loads(out) if f["rule"] == "spelling"]


def main():
    contentc = sys.argv[1]
    sentences = []
    for path in sorted(glob.glob(os.path.join(REPO, "bench", "dose-corpus", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            sentences += [row["sentence"] for row in csv.DictReader(f, delimiter="\t")]
    labels = {}
    with open(os.path.join(HERE, "spelling", "labels.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            labels[row["word"]] = row["finding"] == "true"
    dictionaries, accept = accepted_words()
    print(f"{len(sentences)} sentences, dictionaries {dictionaries}")
    unlabelled = False
    for name, words in (("dictionaries alone", []), ("with the shared policy's accept list", accept)):
        found = found_words(contentc, sentences, dictionaries, words)
        true = sum(labels.get(w, False) for w in found)
        print(f"\n{name}: {len(found)} findings, {true} true, precision {100 * true / max(len(found), 1):.0f}%")
        for w in sorted(set(found), key=lambda w: (-found.count(w), w)):
            label = {True: "true", False: "FALSE"}.get(labels.get(w), "unlabelled")
            unlabelled = unlabelled or w not in labels
            print(f"  {w:<24}{found.count(w):>3}  {label}")
    if unlabelled:
        print("\nlabel every word in bench/spelling/labels.tsv", file=sys.stderr)
    return 1 if unlabelled else 0


if __name__ == "__main__":
    sys.exit(main())
