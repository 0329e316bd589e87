#!/usr/bin/env python3
"""How `contentc build` writes out/: byte-identical whatever -j, path or locale; all at once (a
failing or killed build leaves the previous out/ exactly as it was); unchanged files keep their
mtime; and the committed out/ is what the sources build to."""
import filecmp
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

from support import build, load_json

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from file_tree import snapshot  # noqa: E402

CONTENTC, REPO = sys.argv[1], sys.argv[2]


def stopped(pid):
    """True once the process is stopped (SIGSTOP): state T in /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0] == "T"


class Output(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="contentc-out-")
        self.sources = os.path.join(self.tmp, "sources")
        shutil.copytree(os.path.join(REPO, "sources"), self.sources)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_committed_out_is_fresh(self):
        # Built over a copy of the committed out/, as `tools/run` builds over out/: the same
        # sources are the same release, with the same content version and change files.
        shutil.copytree(os.path.join(REPO, "out"), os.path.join(self.tmp, "fresh"))
        run = build(CONTENTC, os.path.join(REPO, "sources"), os.path.join(self.tmp, "fresh"))
        self.assertEqual(run.returncode, 0, run.stderr)
        diff = filecmp.dircmp(os.path.join(REPO, "out"), os.path.join(self.tmp, "fresh"))
        stale = []
        def walk(d, prefix=""):
            stale.extend(prefix + f for f in d.left_only + d.right_only + d.diff_files)
            for name, sub in d.subdirs.items():
                walk(sub, prefix + name + "/")
        walk(diff)
        self.assertEqual(stale, [], "out/ is stale: run tools/run (contentc build sources -o out) and commit out/")

    def test_deterministic_whatever_jobs_path_and_locale(self):
        a, b = os.path.join(self.tmp, "a"), os.path.join(self.tmp, "b")
        other = os.path.join(self.tmp, "elsewhere", "deeper", "src")
        shutil.copytree(self.sources, other)
        self.assertEqual(build(CONTENTC, self.sources, a, "-j", "1").returncode, 0)
        env = dict(os.environ, LC_ALL="C", LANG="C", TZ="Pacific/Kiritimati", SOURCE_DATE_EPOCH="0")
        self.assertEqual(build(CONTENTC, other, b, "-j", "2", env=env).returncode, 0)
        self.assertEqual({k: v[0] for k, v in snapshot(a).items()}, {k: v[0] for k, v in snapshot(b).items()})

    def test_a_failing_build_leaves_out_as_it_was(self):
        out = os.path.join(self.tmp, "out")
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        before = snapshot(out)
        with open(os.path.join(self.sources, "broken.xml"), "w") as f:
            f.write("<content><condition id='x'>")
        run = build(CONTENTC, self.sources, out)
        self.assertEqual(run.returncode, 1)
        self.assertIn("no bundle written", run.stderr)
        self.assertEqual(snapshot(out), before)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out", "sources"])

    def test_a_killed_build_leaves_out_as_it_was(self):
        out = os.path.join(self.tmp, "out")
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        # Change the content so that the new build would differ.
        path = os.path.join(self.sources, "claims.xml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("<text>Symptoms may come back", "<text>Symptoms can come back", 1))
        before = snapshot(out)
        files = len(before)
        # Kill it after the 1st, a middle and the last staged file, and when about to swap: the
        # build stops itself there (CONTENTC_TEST_STOP_AT) and is killed once it has stopped.
        for stop_at in (1, files // 2, files, files + 1):
            env = dict(os.environ, CONTENTC_TEST_STOP_AT=str(stop_at))
            proc = subprocess.Popen([CONTENTC, "build", self.sources, "-o", out, "--today", "2026-06-01"],
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while not stopped(proc.pid):
                self.assertIsNone(proc.poll(), f"the build ended before its stop {stop_at}")
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            self.assertEqual(snapshot(out), before, f"killed at stop {stop_at} of {files + 1}")
        # The next build clears the staging leftovers and completes.
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["out", "sources"])
        self.assertNotEqual(snapshot(out)["bundle.json"][0], before["bundle.json"][0])

    def test_unchanged_files_keep_their_mtime(self):
        out = os.path.join(self.tmp, "out")
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        before = snapshot(out)
        time.sleep(0.05)
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        self.assertEqual(snapshot(out), before, "a rebuild of the same sources rewrote files")
        # A change to one step rewrites the files that hold steps, and only those.
        path = os.path.join(self.sources, "exercises.xml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace("<step>Sit up tall and engage your core.</step>",
                                 "<step>Sit up tall and engage your core gently.</step>", 1))
        time.sleep(0.05)
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        after = snapshot(out)
        changed = sorted(p for p in after if after[p] != before.get(p))
        self.assertEqual(changed, ["audit/index.html", "bundle.json", "bundle.sql", "bundle.sqlite", "changes.json",
                                   "changes.sql", "changes.sqlite.sql", "csv/datapackage.json", "csv/steps.csv",
                                   "manifest.json"])

    def test_manifest_lists_every_output_with_its_digest(self):
        out = os.path.join(self.tmp, "out")
        self.assertEqual(build(CONTENTC, self.sources, out).returncode, 0)
        manifest = load_json(os.path.join(out, "manifest.json"))
        listed = {o["path"]: o for o in manifest["outputs"]}
        on_disk = set(snapshot(out)) - {"manifest.json"}
        self.assertEqual(set(listed), on_disk)
        for path, entry in listed.items():
            with open(os.path.join(out, path), "rb") as f:
                data = f.read()
            self.assertEqual(entry["sha256"], hashlib.sha256(data).hexdigest(), path)
            self.assertEqual(entry["bytes"], len(data), path)
        with open(os.path.join(out, "bundle.json"), "rb") as f:
            bundle = f.read()
        digest = load_json(os.path.join(out, "bundle.json"))["content_digest"][len("sha256:"):]
        self.assertEqual(hashlib.sha256(bundle.replace(digest.encode(), b"0" * 64)).hexdigest(), digest)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
