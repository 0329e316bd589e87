#!/usr/bin/env python3
"""`contentc check --baseline FILE [--only-new]` with real edits between two runs, as a pull
request makes them: a line inserted above a finding leaves it unchanged, an edited dose makes
its finding updated, a fixed one is absent, a new mistake is new. The SARIF both runs write
passes Microsoft's SARIF Multitool validator.

    baseline_test.py CONTENTC REPO
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CONTENTC = REPO = None
TODAY = "2026-06-01"


def run(cwd, *args):
    return subprocess.run([CONTENTC, *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})


def edit(path, *replacements):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class Baseline(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="contentc-baseline-")
        shutil.copytree(os.path.join(REPO, "tests/cases/dose-quote-mismatch/sources"), os.path.join(self.tmp, "sources"))
        # The base branch's run.
        for fmt, name in (("sarif", "base.sarif"), ("json", "base.json")):
            r = run(self.tmp, "check", "sources", "--today", TODAY, "-f", fmt)
            self.assertEqual(r.returncode, 1, r.stderr)
            with open(os.path.join(self.tmp, name), "w", encoding="utf-8") as f:
                f.write(r.stdout)
        # The pull request: a step inserted above every finding, the first dose's reps edited
        # (still wrong: updated), its hold fixed (absent), the second dose's hold made wrong (new).
        edit(os.path.join(self.tmp, "sources/a.xml"),
             ("    <step>S</step>\n", "    <step>S</step>\n    <step>Another step.</step>\n"),
             ("<reps>10-12</reps>", "<reps>12-14</reps>"),
             ("<hold>5 min</hold>", "<hold>5 s</hold>"),
             ("<hold>20 s</hold>", "<hold>30 s</hold>"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def states(self, baseline):
        r = run(self.tmp, "check", "sources", "--today", TODAY, "-f", "sarif", "--baseline", baseline)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("against the baseline: 1 new, 1 updated, 1 unchanged, 1 fixed", r.stderr)
        return r.stdout, [(x["baselineState"], x["message"]["text"].split(" disagrees")[0])
                          for x in json.loads(r.stdout)["runs"][0]["results"]]

    def test_states_survive_moves_and_follow_edits(self):
        for baseline in ("base.sarif", "base.json"):
            with self.subTest(baseline=baseline):
                _, states = self.states(baseline)
                self.assertEqual(states, [("updated", "reps 12-14"), ("new", "hold 30 s"), ("unchanged", "side 'both'"),
                                          ("absent", "hold 5 min")])

    def test_only_new_prints_and_counts_what_the_change_brought(self):
        r = run(self.tmp, "check", "sources", "--today", TODAY, "--baseline", "base.sarif", "--only-new")
        self.assertEqual(r.returncode, 1)
        lines = [l for l in r.stdout.splitlines() if ": error: " in l]
        self.assertEqual(len(lines), 2, r.stdout)
        self.assertIn("reps 12-14", lines[0])
        self.assertIn("hold 30 s", lines[1])
        gh = run(self.tmp, "check", "sources", "--today", TODAY, "--baseline", "base.sarif", "--only-new", "-f", "github")
        self.assertEqual([l.split("::")[1].split(" ")[0] for l in gh.stdout.splitlines() if l.startswith("::")], ["error", "error"])
        # With the new and the updated ones fixed, what is left is the base branch's: exit 0.
        edit(os.path.join(self.tmp, "sources/a.xml"), ("<reps>12-14</reps>", "<reps>8-10</reps>"),
             ("<hold>30 s</hold>", "<hold>20 s</hold>"))
        r = run(self.tmp, "check", "sources", "--today", TODAY, "--baseline", "base.sarif", "--only-new")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertIn("0 errors, 0 warnings (new or updated); against the baseline: 0 new, 0 updated, 1 unchanged, 2 fixed",
                      r.stderr)
        # Without --only-new the run still fails on the error the base branch had.
        self.assertEqual(run(self.tmp, "check", "sources", "--today", TODAY, "--baseline", "base.sarif").returncode, 1)

    def test_the_multitool_validates_both_runs(self):
        multitool = os.path.join(REPO, "tools/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
        logs = {"base": os.path.join(self.tmp, "base.sarif"), "pr": os.path.join(self.tmp, "pr.sarif")}
        with open(logs["pr"], "w", encoding="utf-8") as f:
            f.write(self.states("base.sarif")[0])
        env = {**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"}
        for name, log in logs.items():
            out = os.path.join(self.tmp, name + ".validation.sarif")
            r = subprocess.run([multitool, "validate", "-o", out, log], capture_output=True, text=True, env=env)
            self.assertTrue(os.path.exists(out), r.stdout + r.stderr)
            with open(out, encoding="utf-8") as f:
                validation = json.load(f)
            problems = [x for x in validation["runs"][0].get("results", [])
                        if x.get("level", "warning") in ("error", "warning")]
            self.assertEqual(problems, [], name)

    def test_a_baseline_contentc_cannot_read_is_refused(self):
        cases = {"missing.sarif": None, "garbage.sarif": "not json {", "other.sarif":
                 json.dumps({"version": "2.1.0", "runs": [{"results": [{"ruleId": "x", "message": {"text": "m"}}]}]})}
        for name, text in cases.items():
            if text is not None:
                with open(os.path.join(self.tmp, name), "w") as f:
                    f.write(text)
            r = run(self.tmp, "check", "sources", "--today", TODAY, "--baseline", name)
            self.assertEqual(r.returncode, 2, name)
            self.assertIn(f"--baseline '{name}'", r.stderr)
            self.assertEqual(r.stdout, "")
        r = run(self.tmp, "check", "sources", "--only-new")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--only-new needs --baseline", r.stderr)


if __name__ == "__main__":
    CONTENTC, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    unittest.main(argv=[sys.argv[0]])
