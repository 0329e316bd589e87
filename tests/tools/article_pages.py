#!/usr/bin/env python3
"""Rebuilds publisher's pages from the shipped articles' snapshots (their real text, with
navigation, a cookie notice, a photo caption, related links and a footer around the article):

- tests/capture/readability-pages/seed-<article>.html, one per shipped article, which the
  Readability comparison reads;
- tests/recapture/<article>/before.html and after.html for two of them, the second edited as an
  article's next capture may be (a dose changed, a warning removed, a sentence reworded, a
  paragraph moved).

Run it only to remake those files:

    python3 tests/tools/article_pages.py sources/articles tests
"""
import html
import os
import re
import sys

# The lines the sources name as sections are the pages' headings; the first line is the title.
SECTIONS = set()


def page(title, url, lines):
    """The page: `title` as its <h1> (the first line too when it is the title), then the lines."""
    body = [f"<h1>{html.escape(title)}</h1>"]
    if lines and lines[0].strip().lower() == title.lower():
        lines = lines[1:]
    in_list = False
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if text.startswith("•"):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{html.escape(text.lstrip('• ').strip())}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if text in SECTIONS:
            body.append(f"<h2>{html.escape(text)}</h2>")
        else:
            body.append(f"<p>{html.escape(text)}</p>")
    if in_list:
        body.append("</ul>")
    body.insert(min(2, len(body)), '<figure><img src="photo.jpg" alt=""><figcaption>STEP 1 STEP 2</figcaption></figure>')
    return f"""<!DOCTYPE html>
<html lang="en"><!--
 Page saved with SingleFile
 url: {url}
 saved date: Mon Nov 30 2026 10:00:00 GMT+0000 (Coordinated Universal Time)
-->
<head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="canonical" href="{url}"></head>
<body>
<div class="cookie-consent">This site uses cookies. <button>OK</button></div>
<header><a href="/">Home</a><nav><ul><li><a href="/pregnancy">Pregnancy</a></li><li><a href="/exercise">Exercise</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main><article>
{chr(10).join(body)}
</article>
<aside><h3>You may also like</h3><ul><li><a href="/a">Ten tips for the third trimester</a></li><li><a href="/b">Sleeping positions in pregnancy</a></li></ul></aside>
</main>
<footer><p>Copyright 2026. Medical content is for information only.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def move(lines, first, stop, after):
    """The lines from the one that is `first` up to the one that is `stop`, put after the line
    that ends with `after`."""
    start = next(i for i, l in enumerate(lines) if l.strip() == first)
    end = next(i for i, l in enumerate(lines) if l.strip() == stop)
    block, rest = lines[start:end], lines[:start] + lines[end:]
    at = next(i for i, l in enumerate(rest) if l.strip().endswith(after)) + 1
    return rest[:at] + [""] + block + rest[at:]


def title_of(articles, article):
    """The <title> of the article's entry."""
    xml = open(os.path.join(articles, article + ".xml"), encoding="utf-8").read()
    return html.unescape(re.search(r"<title>(.*?)</title>", xml, re.S).group(1).strip())


def edit(text, replacements):
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


# Each pair: the article, its URL, and the edits its next version brings.
PAIRS = {
    "naturalchildbirth-pelvic-rocking": (
        "http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm",
        [
            # a dose changed
            ("up to twenty five times per day", "up to fifteen times per day"),
            # a negation removed
            ("her back needs to be straight (not arched up or down) with", "her back needs to be straight (arched a little) with"),
            # a sentence reworded
            ("It will help the mother relax and will also improve the digestive process.",
             "It can help the mother relax and may help her digestion."),
            # the words around a quote changed
            ("and then have her pull her back and pelvis back to a straight, level, and less relaxed position.",
             "and then slowly have her pull her back and pelvis back to a straight and level position."),
        ],
        # a paragraph moved: the second comes first
        lambda lines: [lines[0], lines[1], lines[4], lines[3], lines[2], lines[5], lines[6]],
    ),
    "si-joint-pain-in-pregnancy": (
        "https://www.example-ob.org/si-joint-pain-in-pregnancy",
        [
            # a dose changed: one exercise's repetitions
            ("Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.",
             "Hold the contraction for 10 seconds, release, and repeat for 8-10 repetitions."),
            # a warning removed
            ("If any exercise causes you ANY level of pain or discomfort, stop doing it immediately.", ""),
            # a negation added
            ("This is especially true for activities that involve standing on one leg.",
             "This is not always true for activities that involve standing on one leg."),
            # a sentence reworded
            ("During pregnancy, this joint can cause pain and discomfort",
             "In pregnancy, this joint often causes pain and discomfort"),
        ],
        # a section moved: "What does SI joint pain feel like?" comes after the next one
        lambda lines: move(lines, "What does SI joint pain feel like?", "What makes SI joint pain worse?",
                           "sitting for prolonged periods of time."),
    ),
}


def main():
    articles, tests = sys.argv[1], sys.argv[2]
    out = os.path.join(tests, "recapture")
    sources = os.path.dirname(articles.rstrip("/"))
    for name in os.listdir(sources):
        if name.endswith(".xml"):
            SECTIONS.update(html.unescape(s) for s in re.findall(r'section="([^"]*)"', open(os.path.join(sources, name)).read()))
    for name in sorted(os.listdir(articles)):
        if name.endswith(".txt"):
            lines = open(os.path.join(articles, name), encoding="utf-8").read().split("\n")
            with open(os.path.join(tests, "capture", "readability-pages", "seed-" + name[:-4] + ".html"), "w",
                      encoding="utf-8") as f:
                f.write(page(title_of(articles, name[:-4]), "https://www.example.org/" + name[:-4], lines))
    for article, (url, edits, reorder) in PAIRS.items():
        text = open(os.path.join(articles, article + ".txt"), encoding="utf-8").read()
        lines = text.split("\n")
        title = title_of(articles, article)
        os.makedirs(os.path.join(out, article), exist_ok=True)
        with open(os.path.join(out, article, "before.html"), "w", encoding="utf-8") as f:
            f.write(page(title, url, lines))
        edited = edit(text, edits).split("\n")
        if reorder:
            edited = reorder(edited)
        with open(os.path.join(out, article, "after.html"), "w", encoding="utf-8") as f:
            f.write(page(title, url, edited))


if __name__ == "__main__":
    main()
