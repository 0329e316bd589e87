#!/usr/bin/env python3
"""contentc quote, through the real binary.

Every cite it prints, pasted into a claim in a copy of the sources, checks clean of the quote
rules (the quote is found, exactly as written, under the section it names, within one heading):
for words as written, words misspelt or left out, each candidate of an ambiguous search, a
passage with no heading above it, and sentences run together. Also: ambiguity is said and
narrowed with --section, --max limits the list, nothing close exits 1 with stdout empty, an
unknown article or heading exits 2 with a suggestion, and a repository made by init is searched
through its sources/. A picture's caption between a heading and a passage is no heading, and
quote --section S finds every passage of the sources' cites that check accepts under S.

usage: quote_test.py CONTENTC REPOSITORY_ROOT
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CONTENTC, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
FAILURES = []
QUOTE_RULES = {"quote-not-found", "quote-inexact", "section-not-found", "quote-spans-sections"}
SI = "si-joint-pain-in-pregnancy"


def run(*args, cwd=None):
    return subprocess.run([CONTENTC, *args], capture_output=True, text=True, cwd=cwd)


def expect(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def cites(stdout):
    return re.findall(r"^  (<cite .*</cite>)$", stdout, re.M)


def quote(sources, *args):
    return run("quote", "-s", sources, *args)


def check_cites_clean(sources, pasted):
    """Pastes each cite into a claim of its own and checks that no quote rule fires on them."""
    claims = "".join(
        f'  <claim id="quoted-{i}" about="si-joint-pain" topic="definition">\n'
        f"    <text>A passage found by contentc quote.</text>\n    {cite}\n  </claim>\n"
        for i, (_, cite) in enumerate(pasted))
    with open(os.path.join(sources, "quoted.xml"), "w", encoding="utf-8") as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<content>\n{claims}</content>\n')
    result = run("check", sources, "--format", "json")
    findings = json.loads(result.stdout)
    for finding in findings:
        if finding["file"].endswith("quoted.xml") and finding["rule"] in QUOTE_RULES:
            line = finding["line"]
            # The claim is 4 lines long and starts on line 3; which search gave it:
            words = pasted[(line - 3) // 4][0]
            expect(False, f"the cite for {words!r} has [{finding['rule']}] {finding['message']}")
    os.remove(os.path.join(sources, "quoted.xml"))


def test_cites_check_clean(sources):
    searches = [
        (SI, "hold the contraction for 5 seconds"),         # as written
        (SI, "HOLD the contraction   for 5 seconds"),       # case and space forgiven
        (SI, "squeze the ball between your knes"),          # misspelt
        (SI, "hold contraction 5 seconds release"),         # words left out
        (SI, "hold this stretch for 30 seconds"),           # three candidates
        (SI, "sacroiliac joint is located in the back"),
        ("mayo-clinic-sacroiliitis", "inflammatory bowel diseases"),  # no heading above
        ("mayo-clinic-sacroiliitis", "difficulty with certain actions"),  # sentences run together
        ("sarah-key-stretches-for-sciatica-in-pregnancy", "sitting bone then the other"),
        ("sciatica-exercises-to-focus-on-and-avoid", "pillow between your knees"),
    ]
    pasted = []
    for article, words in searches:
        result = quote(sources, article, *words.split())
        expect(result.returncode == 0, f"quote {article} {words!r} exited {result.returncode}: {result.stderr}")
        found = cites(result.stdout)
        expect(found, f"quote {article} {words!r} printed no cite: {result.stdout!r}")
        for cite in found:
            expect(f'article="{article}"' in cite, f"{cite} does not cite {article}")
            pasted.append((words, cite))
    expect(len(pasted) >= len(searches) + 2, f"expected the three stretch candidates, got {len(pasted)} cites")
    check_cites_clean(sources, pasted)


def test_listing(sources):
    exact = quote(sources, SI, "hold", "the", "contraction", "for", "5", "seconds")
    expect(exact.stdout.startswith(
        f"{sources}/articles/{SI}.txt:180:5: under 'Seated Ball Squeezes' (line 173)\n"
        "  Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.\n"),
        f"exact listing: {exact.stdout!r}")
    expect(exact.stderr == "1 passage has these words\n", f"exact summary: {exact.stderr!r}")

    fuzzy = quote(sources, SI, "squeze", "the", "ball", "between", "your", "knes")
    expect(", 6 of the 6 words (2 spelt differently)" in fuzzy.stdout, f"fuzzy listing: {fuzzy.stdout!r}")
    expect("no passage has these words as written" in fuzzy.stderr, f"fuzzy summary: {fuzzy.stderr!r}")

    ambiguous = quote(sources, SI, "hold this stretch for 30 seconds")
    expect(len(cites(ambiguous.stdout)) == 3, f"three candidates: {ambiguous.stdout!r}")
    expect("3 passages have these words" in ambiguous.stderr and "--section" in ambiguous.stderr,
           f"ambiguous summary: {ambiguous.stderr!r}")
    narrowed = quote(sources, SI, "hold this stretch for 30 seconds", "--section", "side lying quad stretch:")
    expect(cites(narrowed.stdout) == [
        f'<cite article="{SI}" section="Side lying quad stretch:">'
        "Hold this stretch for 30 seconds before switching sides.</cite>"], f"narrowed: {narrowed.stdout!r}")
    limited = quote(sources, SI, "hold this stretch for 30 seconds", "--max", "1")
    expect(len(cites(limited.stdout)) == 1 and "the first 1 shown" in limited.stderr,
           f"--max 1: {limited.stdout!r} {limited.stderr!r}")


def test_refusals(sources):
    nothing = quote(sources, SI, "quantum", "chromodynamics", "lattice")
    expect(nothing.returncode == 1 and nothing.stdout == "" and "nothing in" in nothing.stderr,
           f"nothing close: {nothing.returncode} {nothing.stdout!r} {nothing.stderr!r}")
    unknown = quote(sources, "si-joint-pain-in-pregnanc", "hold")
    expect(unknown.returncode == 2 and f"did you mean '{SI}'" in unknown.stderr,
           f"unknown article: {unknown.returncode} {unknown.stderr!r}")
    heading = quote(sources, SI, "hold", "--section", "Side lying quad stretch")
    expect(heading.returncode == 2 and "did you mean 'Side lying quad stretch:'" in heading.stderr,
           f"unknown heading: {heading.returncode} {heading.stderr!r}")
    for args in ([SI], [SI, "   "], [SI, "hold", "--max", "0"]):
        result = quote(sources, *args)
        expect(result.returncode == 2 and result.stdout == "", f"quote {args}: {result.returncode} {result.stderr!r}")
    missing = run("quote", "-s", os.path.join(sources, "absent"), SI, "hold")
    expect(missing.returncode == 2 and "does not exist" in missing.stderr, f"missing folder: {missing.stderr!r}")


def test_captions_are_no_headings(sources):
    """A photo caption ("STEP 2 STEP 1") between a heading and a passage is no heading: quote
    names the real heading, finds the passage under it, and check accepts what quote prints."""
    articles = os.path.join(sources, "articles")
    with open(os.path.join(articles, "pelvic-rock.txt"), "w", encoding="utf-8") as f:
        f.write("PELVIC ROCK\n\nSTEP 2 STEP 1\n\nLie flat on your back with your knees bent. "
                "Tighten your stomach muscles and flatten your back against the floor.\n")
    with open(os.path.join(articles, "pelvic-rock.xml"), "w", encoding="utf-8") as f:
        f.write('<content>\n  <article id="pelvic-rock"><title>Pelvic rock</title><author>A</author>'
                "<snapshot>pelvic-rock.txt</snapshot></article>\n</content>\n")
    try:
        plain = quote(sources, "pelvic-rock", "lie", "flat", "on", "your", "back")
        expect('section="PELVIC ROCK"' in plain.stdout, f"caption taken as the heading: {plain.stdout!r}")
        named = quote(sources, "pelvic-rock", "lie", "flat", "on", "your", "back", "--section", "PELVIC ROCK")
        expect(named.returncode == 0 and cites(named.stdout), f"--section 'PELVIC ROCK': {named.stderr!r}")
        check_cites_clean(sources, [("lie flat on your back", c) for c in cites(plain.stdout)])
    finally:
        os.remove(os.path.join(articles, "pelvic-rock.txt"))
        os.remove(os.path.join(articles, "pelvic-rock.xml"))


def test_quote_and_check_agree_on_every_section(sources):
    """For every cite of the sources that names a section (which check accepts: the sources
    check clean of section-not-found), quote --section SECTION finds its passage."""
    pattern = re.compile(r'<cite article="([^"]+)" section="([^"]+)">([^<]+)</cite>')
    seen = 0
    for name in sorted(os.listdir(sources)):
        if not name.endswith(".xml"):
            continue
        with open(os.path.join(sources, name), encoding="utf-8") as f:
            text = f.read()
        for article, section, words in pattern.findall(text):
            section = section.replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'")
            words = re.sub(r"&[a-z]+;|\.\.\.|…", " ", words).split()[:30]
            result = quote(sources, article, *words, "--section", section)
            seen += 1
            expect(result.returncode == 0 and cites(result.stdout),
                   f"{name}: quote --section {section!r} found no passage for {' '.join(words)!r}: {result.stderr!r}")
            # Without --section, the heading quote names is the one check accepts.
            plain = quote(sources, article, *words)
            named = {" ".join(html.unescape(s).split()) for s in re.findall(r'section="([^"]*)"', plain.stdout)}
            expect(" ".join(section.split()) in named, f"{name}: quote names {sorted(named)} for a passage check places under {section!r}")
    expect(seen >= 50, f"only {seen} cites with a section in the sources")


def test_repository(tmp):
    repo = os.path.join(tmp, "repo")
    expect(run("init", repo).returncode == 0, "init")
    articles = os.path.join(repo, "sources", "articles")
    xml = next(f for f in sorted(os.listdir(articles)) if f.endswith(".xml"))
    with open(os.path.join(articles, xml), encoding="utf-8") as f:
        article = re.search(r'<article id="([^"]+)"', f.read()).group(1)
    snapshot = next(f for f in sorted(os.listdir(articles)) if f.endswith(".txt"))
    with open(os.path.join(articles, snapshot), encoding="utf-8") as f:
        words = re.findall(r"[A-Za-z]+", f.read())[10:15]
    result = run("quote", article, *words, cwd=repo)  # in the repository: its sources/
    expect(result.returncode == 0 and cites(result.stdout), f"quote in a repository: {result.stderr!r}")
    from_outside = run("quote", "-s", repo, article, *words)
    expect(from_outside.stdout == result.stdout.replace("sources/", f"{repo}/sources/"),
           f"quote -s REPOSITORY: {from_outside.stdout!r}")


def main():
    tmp = tempfile.mkdtemp()
    try:
        sources = os.path.join(tmp, "sources")
        shutil.copytree(os.path.join(ROOT, "sources"), sources)
        test_cites_check_clean(sources)
        test_listing(sources)
        test_refusals(sources)
        test_captions_are_no_headings(sources)
        test_quote_and_check_agree_on_every_section(sources)
        test_repository(tmp)
    finally:
        shutil.rmtree(tmp)
    if FAILURES:
        sys.exit(f"{len(FAILURES)} failure(s)")
    print("quote test passed")


if __name__ == "__main__":
    main()
