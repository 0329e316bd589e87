#!/usr/bin/env python3
"""Hostile inputs: each gives a finding with a location, no crash, no hang, bounded memory, and
`build` writes nothing. Truncated files, random bytes, invalid UTF-8, a 100 MB text node, 100,000
nested elements, a million attributes, empty files, a symlink loop, an unreadable file, a
snapshot that is a folder."""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unittest

CONTENTC, REPO = sys.argv[1], sys.argv[2]
TIMEOUT = 120


def run(folder, *extra):
    """`contentc build` under /usr/bin/time: (exit status, findings, peak RSS in MB)."""
    out = os.path.join(os.path.dirname(folder), "out")
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", CONTENTC, "build", folder, "-o", out,
                           "--format", "json", "--today", "2026-06-01", *extra],
                          capture_output=True, text=True, timeout=TIMEOUT)
    rss_mb = int(proc.stderr.strip().splitlines()[-1]) / 1024
    return proc.returncode, json.loads(proc.stdout), rss_mb, os.path.exists(out)


class HostileInputs(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="contentc-hostile-")
        self.src = os.path.join(self.tmp, "sources")
        os.makedirs(self.src)
        self.write("policy.xml", "<policy/>\n")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, name, data):
        with open(os.path.join(self.src, name), "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())

    def assert_found(self, rule, file, within_mb=None, *extra):
        status, findings, rss, wrote = run(self.src, *extra)
        self.assertEqual(status, 1, findings[:3])
        self.assertFalse(wrote, "a build with errors wrote out/")
        hits = [f for f in findings if f["rule"] == rule and f["file"].endswith(file)]
        self.assertTrue(hits, f"no {rule} on {file}: {findings[:3]}")
        for f in findings:
            self.assertGreaterEqual(f["line"], 1)
            self.assertGreaterEqual(f["column"], 1)
        if within_mb:
            self.assertLess(rss, within_mb, f"peak RSS {rss:.0f} MB")
        return hits

    def test_truncated_files(self):
        with open(os.path.join(REPO, "sources", "exercises.xml"), "rb") as f:
            whole = f.read()
        for i, cut in enumerate((1, 100, len(whole) // 2, len(whole) - 3)):
            self.write(f"cut-{i}.xml", whole[:cut])
        status, findings, _, _ = run(self.src)
        self.assertEqual(status, 1)
        self.assertEqual(sorted({f["file"] for f in findings if f["rule"] == "xml-malformed"}),
                         sorted(f"{self.src}/cut-{i}.xml" for i in range(4)))

    def test_random_bytes(self):
        rng = random.Random(5)
        for i in range(20):
            self.write(f"random-{i}.xml", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000))))
        status, findings, _, _ = run(self.src)
        self.assertEqual(status, 1)
        self.assertEqual(len({f["file"] for f in findings if f["rule"] == "xml-malformed"}), 20)

    def test_invalid_utf8(self):
        self.write("latin1.xml", b"<content>\n<condition id=\"c\"><name>Caf\xe9</name></condition></content>")
        [hit] = self.assert_found("xml-malformed", "latin1.xml")
        self.assertEqual((hit["line"], hit["column"]), (2, 28))

    def test_a_100_mb_text_node(self):
        text = b"<content><condition id=\"c\"><name>" + b"a" * (100 << 20) + b"</name></condition></content>"
        self.write("huge.xml", text)
        self.assert_found("xml-malformed", "huge.xml", 100)  # over the default 64 MiB file limit
        [hit] = self.assert_found("schema-violation", "huge.xml", 1200, "--max-file-size", "200M")
        self.assertIn("over the 1048576-byte limit", hit["message"])

    def test_100000_nested_elements(self):
        self.write("deep.xml", "<content>" + "<a>" * 100000 + "</a>" * 100000 + "</content>")
        [hit] = self.assert_found("xml-malformed", "deep.xml", 200)
        self.assertIn("deeper than 64", hit["message"])

    def test_a_million_attributes(self):
        attrs = " ".join(f"a{i}=\"\"" for i in range(1000000))
        self.write("attrs.xml", f"<content><condition id=\"c\" {attrs}><name>C</name></condition></content>")
        status, findings, rss, wrote = run(self.src, "--max-file-size", "100M")
        self.assertEqual(status, 1)
        self.assertFalse(wrote)
        self.assertLessEqual(len(findings), 110, "findings per file are bounded")
        self.assertTrue(any("more than 100 schema violations" in f["message"] for f in findings))
        self.assertLess(rss, 1000)

    def test_empty_files(self):
        self.write("empty.xml", b"")
        self.write("blank.xml", b"   \n\n")
        status, findings, _, _ = run(self.src)
        self.assertEqual(status, 1)
        self.assertEqual(len([f for f in findings if f["rule"] == "xml-malformed"]), 2)

    def test_a_symlink_loop_and_an_unreadable_file(self):
        os.symlink(self.src, os.path.join(self.src, "loop"))
        os.symlink("nowhere.xml", os.path.join(self.src, "dangling.xml"))
        self.assert_found("xml-malformed", "dangling.xml")

    def test_a_snapshot_that_is_a_folder(self):
        os.makedirs(os.path.join(self.src, "text.txt"))
        self.write("a.xml", "<content><article id=\"a\"><title>T</title><author>A</author>"
                            "<snapshot>text.txt</snapshot></article></content>")
        [hit] = self.assert_found("snapshot-missing", "a.xml")
        self.assertIn("not a regular file", hit["message"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
