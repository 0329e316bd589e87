"""contentc snapshot through the installed tool: a saved page (HTML, WARC, WARC.gz, WACZ) becomes
an article's snapshot with its provenance; check and quote then use its marked headings; bad
input is refused with a message and nothing written.

usage: snapshot_cli_test.py CONTENTC
"""
import gzip
import hashlib
import io
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest
import zipfile

CONTENTC = None
HERE = pathlib.Path(__file__).resolve().parent
PAGE = (HERE / "pages" / "pelvic-tilt.html").read_bytes()
URL = "https://example.org/pelvic-tilt"

ADVICE = """<?xml version="1.0" encoding="UTF-8"?>
<content>
  <advice id="tilt-stop-if-pain" stance="caution" condition="pelvic-girdle-pain" phase="pregnancy">
    <text>Stop pelvic tilts if they hurt your pelvis.</text>
    <cite article="pelvic-tilt-guide" section="{section}">Stop if you feel pain in your pelvis</cite>
  </advice>
</content>
"""


def run(*args):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True)


def warc_record(kind, uri, block, content_type="application/http; msgtype=response"):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2026-11-30T10:20:30Z\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http_response(body):
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body


class Snapshot(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="contentc-snapshot-"))
        self.repo = self.dir / "repo"
        r = run(CONTENTC, "init", self.repo)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.src = self.repo / "sources"
        self.page = self.dir / "page.html"
        self.page.write_bytes(PAGE)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def snapshot(self, saved, *more):
        return run(CONTENTC, "snapshot", saved, "--article", "pelvic-tilt-guide", "-s", self.src, *more)

    def files(self):
        return sorted(str(p.relative_to(self.dir)) for p in self.dir.rglob("*") if p.is_file())

    def test_html_page_to_a_checked_citation(self):
        r = self.snapshot(self.page, "--new")
        self.assertEqual(r.returncode, 0, r.stderr)
        entry = (self.src / "articles" / "pelvic-tilt-guide.xml").read_text()
        sha = hashlib.sha256(PAGE).hexdigest()
        self.assertIn(f'<snapshot captured="2026-12-03T08:15:02Z" sha256="{sha}">pelvic-tilt-guide.md</snapshot>', entry)
        self.assertIn(f"<url>{URL}</url>", entry)
        self.assertIn("<title>Pelvic tilts in pregnancy</title>", entry)
        self.assertIn("<author>Jane Doe, PT</author>", entry)
        snap = (self.src / "articles" / "pelvic-tilt-guide.md").read_text()
        self.assertTrue(snap.startswith("# Pelvic tilts in pregnancy\n"), snap)
        self.assertIn("\n## When to stop\n", snap)
        for gone in ("cookies", "Contact us", "Related posts", "Copyright"):
            self.assertNotIn(gone, snap)
        # A cite under a marked heading checks clean; the caption is no heading.
        (self.src / "tilt.xml").write_text(ADVICE.format(section="When to stop"))
        r = run(CONTENTC, "check", self.src, "-f", "json")
        self.assertNotIn("section-not-found", r.stdout)
        self.assertNotIn("quote-not-found", r.stdout)
        (self.src / "tilt.xml").write_text(ADVICE.format(section="STEP 2 STEP 1"))
        r = run(CONTENTC, "check", self.src)
        self.assertIn("section-not-found", r.stdout)
        # quote names the marked heading without its '#', and --section finds it.
        r = run(CONTENTC, "quote", "pelvic-tilt-guide", "stop", "if", "you", "feel", "pain", "-s", self.src)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('section="When to stop"', r.stdout)
        r = run(CONTENTC, "quote", "pelvic-tilt-guide", "hold", "for", "5", "seconds", "--section",
                "How to do a pelvic tilt", "-s", self.src)
        self.assertEqual(r.returncode, 0, r.stderr)
        # The bundles carry where the snapshot came from, and the real validator accepts them.
        (self.src / "tilt.xml").write_text(ADVICE.format(section="When to stop"))
        out = self.dir / "out"
        r = run(CONTENTC, "build", self.src, "-o", out)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        import json
        import jsonschema
        bundle = json.loads((out / "bundle.json").read_text())
        schema = json.loads((HERE.parent.parent / "schema" / "bundle.schema.json").read_text())
        jsonschema.Draft202012Validator(schema).validate(bundle)
        snapshot = next(a for a in bundle["articles"] if a["id"] == "pelvic-tilt-guide")["snapshot"]
        self.assertEqual(snapshot["captured"], "2026-12-03T08:15:02Z")
        self.assertEqual(snapshot["page_sha256"], sha)
        self.assertIn("<th>Captured</th><td><bdi>2026-12-03T08:15:02Z</bdi></td>",
                      "".join(p.read_text() for p in (out / "audit").glob("*.html")))

    def test_recapture_replaces_the_snapshot_and_keeps_the_entry(self):
        self.assertEqual(self.snapshot(self.page, "--new").returncode, 0)
        before = (self.src / "articles" / "pelvic-tilt-guide.xml").read_text()
        edited = self.dir / "edited.html"
        edited.write_bytes(PAGE.replace(b"hold for 5 seconds", b"hold for 10 seconds"))
        r = self.snapshot(edited, "--captured", "2026-12-10")
        self.assertEqual(r.returncode, 0, r.stderr)
        after = (self.src / "articles" / "pelvic-tilt-guide.xml").read_text()
        self.assertIn('captured="2026-12-10T00:00:00Z"', after)
        self.assertEqual(before.split("<snapshot")[0], after.split("<snapshot")[0])
        self.assertIn("hold for 10 seconds", (self.src / "articles" / "pelvic-tilt-guide.md").read_text())

    def test_dry_run_writes_nothing(self):
        listed = self.files()
        r = self.snapshot(self.page, "--new", "--dry-run")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("## How to do a pelvic tilt", r.stdout)
        self.assertEqual(self.files(), listed)

    def test_web_archives(self):
        resp = warc_record("response", URL, http_response(PAGE))
        css = warc_record("response", "https://example.org/site.css",
                          b"HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody{}")
        warc = self.dir / "page.warc"
        warc.write_bytes(resp + css)
        warc_gz = self.dir / "page.warc.gz"
        warc_gz.write_bytes(gzip.compress(resp) + gzip.compress(css))
        wacz = self.dir / "page.wacz"
        with zipfile.ZipFile(wacz, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("datapackage.json", "{}")
            z.writestr("archive/data.warc.gz", gzip.compress(resp))
        for saved, fmt in ((warc, "warc"), (warc_gz, "warc.gz"), (wacz, "wacz")):
            with self.subTest(fmt):
                shutil.rmtree(self.src / "articles")
                (self.src / "articles").mkdir()
                r = self.snapshot(saved, "--new")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn(f"({fmt}, UTF-8)", r.stderr)
                entry = (self.src / "articles" / "pelvic-tilt-guide.xml").read_text()
                self.assertIn('captured="2026-11-30T10:20:30Z"', entry)
                self.assertIn(hashlib.sha256(PAGE).hexdigest(), entry)

    def test_bad_input_is_refused_and_nothing_written(self):
        resp = warc_record("response", URL, http_response(PAGE))
        lying = resp.replace(f"Content-Length: {len(http_response(PAGE))}".encode(), b"Content-Length: 99999")
        cut = gzip.compress(resp)[:200]
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("archive/big.warc", b"W" * (6 << 20))
        deep = b"<body>" + b"<div>" * 100000 + b"<p>text</p>"
        cases = {
            "lying.warc": (lying, "only"),
            "cut.warc.gz": (cut, "ends in the middle"),
            "bomb.wacz": (bomb.getvalue(), "more than"),
            "deep.html": (deep, "more than 512 deep"),
            "empty.html": (b"", "no text"),
        }
        listed = None
        for name, (data, message) in cases.items():
            with self.subTest(name):
                saved = self.dir / name
                saved.write_bytes(data)
                listed = listed or self.files()
                r = self.snapshot(saved, "--new", "--max-file-size", "1M")
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(message, r.stderr)
                self.assertIn("nothing written", r.stderr)
                self.assertFalse((self.src / "articles" / "pelvic-tilt-guide.xml").exists())
        # A folder or a FIFO as the saved page: refused, never waited on.
        fifo = self.dir / "fifo.html"
        os.mkfifo(fifo)
        for saved, message in ((self.dir, "Is a directory"), (fifo, "not a regular file")):
            r = self.snapshot(saved, "--new")
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn(message, r.stderr)
        # A file the article does not name is never replaced.
        (self.src / "articles" / "pelvic-tilt-guide.md").write_text("mine\n")
        r = self.snapshot(self.page, "--new")
        self.assertEqual(r.returncode, 2)
        self.assertEqual((self.src / "articles" / "pelvic-tilt-guide.md").read_text(), "mine\n")


if __name__ == "__main__":
    CONTENTC = pathlib.Path(sys.argv.pop(1)).resolve()
    unittest.main(verbosity=2)
