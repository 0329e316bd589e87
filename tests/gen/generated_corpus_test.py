#!/usr/bin/env python3
"""contentc-gen's corpora: a clean one draws no finding at all; one with planted defects draws
exactly the planted findings (every rule, at its file and line), and nothing else."""
import collections
import json
import os
import subprocess
import sys
import tempfile
import unittest

CONTENTC, GEN = sys.argv[1], sys.argv[2]


def check(folder):
    run = subprocess.run([CONTENTC, "check", folder, "--format", "json", "--today", "2026-06-01"],
                         capture_output=True, text=True)
    return run.returncode, json.loads(run.stdout)


class GeneratedCorpus(unittest.TestCase):
    def test_a_clean_corpus_draws_no_finding(self):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([GEN, "--entries", "2000", "--seed", "7", "-o", tmp + "/c"], check=True)
            status, findings = check(tmp + "/c")
            self.assertEqual(findings, [])
            self.assertEqual(status, 0)

    def test_the_same_seed_gives_the_same_corpus(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("a", "b"):
                subprocess.run([GEN, "--entries", "300", "--seed", "9", "--defect-rate", "0.1", "-o", f"{tmp}/{name}"], check=True)
            diff = subprocess.run(["diff", "-r", f"{tmp}/a", f"{tmp}/b"], capture_output=True)
            self.assertEqual(diff.returncode, 0, diff.stdout[:500])

    def test_every_planted_defect_is_found_and_nothing_else(self):
        with tempfile.TemporaryDirectory() as tmp:
            folder = tmp + "/d"
            subprocess.run([GEN, "--entries", "1500", "--seed", "3", "--defect-rate", "0.05", "-o", folder], check=True)
            with open(os.path.join(folder, "expected-findings.json")) as f:
                expected = collections.Counter((e["rule"], os.path.join(folder, e["file"]), e["line"]) for e in json.load(f))
            status, findings = check(folder)
            got = collections.Counter((f["rule"], f["file"], f["line"]) for f in findings
                                      if "suppressed" not in f)
            # One finding per fact: its other places are related locations ("the same here too").
            got += collections.Counter((f["rule"], r["file"], r["line"]) for f in findings if "suppressed" not in f
                                       for r in f["related"] if r["message"] == "the same here too")
            self.assertEqual(status, 1)
            self.assertEqual(dict(expected - got), {}, "planted but not reported (recall)")
            self.assertEqual(dict(got - expected), {}, "reported but not planted (false findings)")
            # Every rule of the catalogue but those about the folder as a whole (a generated
            # corpus always has content and a policy) is planted.
            rules = subprocess.run([CONTENTC, "rules"], capture_output=True, text=True, check=True).stdout
            catalogue = {line.split()[0] for line in rules.splitlines()}
            self.assertEqual({rule for rule, _, _ in expected}, catalogue - {"no-content", "policy-missing"},
                             "every rule is planted")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
