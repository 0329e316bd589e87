#!/usr/bin/env python3
"""Re-capture on real article pairs: two shipped articles (their real text made a publisher's
page) and an edited version of each (a dose changed, a warning removed, a negation added or
removed, a sentence reworded, a paragraph moved). `contentc snapshot` over the first capture
must re-locate every citation resting on it and print them worst first, as the golden files
say, in text and JSON; --dry-run writes nothing; without it the snapshot is replaced and the
next check reports what the change broke.

    recapture_test.py CONTENTC [--update]   (--update rewrites expected.txt and expected.json)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CONTENTC = None
UPDATE = False
PAIRS = ["naturalchildbirth-pelvic-rocking", "si-joint-pain-in-pregnancy"]


def run(cwd, *args):
    return subprocess.run([CONTENTC, *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})


def tree(folder):
    """Every file under `folder` with its bytes."""
    out = {}
    for root, _, files in os.walk(folder):
        for f in files:
            with open(os.path.join(root, f), "rb") as fh:
                out[os.path.relpath(os.path.join(root, f), folder)] = fh.read()
    return out


class Recapture(unittest.TestCase):
    def capture(self, article, version, *more):
        page = os.path.join(HERE, article, version + ".html")
        return run(self.tmp, "snapshot", page, "--article", article, "-s", "sources", *more)

    def golden(self, article, name, text):
        path = os.path.join(HERE, article, name)
        if UPDATE:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        with open(path, encoding="utf-8") as f:
            self.assertEqual(text, f.read(), f"{path} (--update rewrites it)")

    def test_pairs(self):
        for article in PAIRS:
            with self.subTest(article=article), tempfile.TemporaryDirectory(prefix="contentc-recapture-") as tmp:
                self.tmp = tmp
                shutil.copytree(os.path.join(REPO, "sources"), os.path.join(tmp, "sources"))
                first = self.capture(article, "before")
                self.assertEqual(first.returncode, 0, first.stderr)
                # The first capture of the same text leaves every citation where it was.
                self.assertIn("re-located in the new capture", first.stdout)
                self.assertNotIn("-changed", first.stdout)
                self.assertNotIn("gone", first.stdout)
                before = tree(os.path.join(self.tmp, "sources"))

                dry = self.capture(article, "after", "--dry-run")
                self.assertEqual(dry.returncode, 0, dry.stderr)
                self.golden(article, "expected.txt", dry.stdout)
                dry_json = self.capture(article, "after", "--dry-run", "-f", "json")
                self.assertEqual(dry_json.returncode, 0, dry_json.stderr)
                self.golden(article, "expected.json", dry_json.stdout)
                self.assertEqual(tree(os.path.join(self.tmp, "sources")), before, "--dry-run wrote nothing")

                report = json.loads(dry_json.stdout)
                order = [c["status"] for c in report["citations"]]
                changed = [c for c in report["citations"] if c["status"] in ("context-changed", "quote-changed", "gone")]
                # Worst first: the changed ones by clinical risk, then the moved, then the unchanged.
                risks = ["dose", "negation", "warning", "other"]
                self.assertEqual([c["risk"] for c in changed], sorted((c["risk"] for c in changed), key=risks.index))
                self.assertEqual(order, [c["status"] for c in changed] + sorted(order[len(changed):], key=["moved", "unchanged"].index))
                self.assertEqual(sum(report["counts"].values()), len(report["citations"]))

                real = self.capture(article, "after")
                self.assertEqual(real.returncode, 0, real.stderr)
                self.assertEqual(real.stdout, dry.stdout)
                after = tree(os.path.join(self.tmp, "sources"))
                self.assertNotEqual(after[f"articles/{article}.md"], before[f"articles/{article}.md"])
                # The next check reports what the change broke: each quote that changed or went
                # is not found any more (an error), at the cite the report named.
                check = run(self.tmp, "check", "sources", "--today", "2026-06-01")
                broken = [c for c in report["citations"] if c["status"] in ("quote-changed", "gone")]
                self.assertEqual(check.returncode, 1 if broken else 0, check.stdout)
                for c in broken:
                    self.assertIn(f"sources/{c['file']}:{c['line']}:", check.stdout)


if __name__ == "__main__":
    CONTENTC = os.path.abspath(sys.argv[1])
    UPDATE = "--update" in sys.argv[2:]
    unittest.main(argv=[sys.argv[0]])
