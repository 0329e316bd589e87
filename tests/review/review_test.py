"""Signed review through the installed tool and the real ssh-keygen: the README's walk-through
(make a key, sign, check, edit, see it go stale, sign again), and every forged or broken record
rejected as review-invalid, never a crash.

usage: review_test.py CONTENTC
"""
import json
import os
import sqlite3
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

CONTENTC = None
HERE = pathlib.Path(__file__).resolve().parent
CASE = HERE.parent / "cases" / "review-missing" / "sources"
TODAY = "2026-06-01"


def run(*args, check=False):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=check)


class Review(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="contentc-review-"))
        self.src = self.dir / "sources"
        shutil.copytree(CASE, self.src)
        shutil.rmtree(self.src / "reviews")
        (self.src / "reviews").mkdir()
        self.keys = {}
        for name in ("ann", "eve", "rob"):
            run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", self.dir / name, check=True)
            self.keys[name] = (self.dir / (name + ".pub")).read_text().split()[:2]
        policy = (self.src / "policy.xml").read_text().replace(
            '<reviewer id="eve" name="Eve Roe" roles="clinical"/>',
            '<reviewer id="eve" name="Eve Roe" roles="clinical"/>\n'
            '    <reviewer id="rob" name="Rob Poe" roles="clinical" revoked="2026-05-15"/>')
        (self.src / "policy.xml").write_text(policy)
        self.signers(["ann", "rob"])

    def tearDown(self):
        shutil.rmtree(self.dir)

    def signers(self, names, extra=""):
        lines = [f"{n} {' '.join(self.keys[n])} {n}" for n in names]
        (self.src / "reviews" / "allowed_signers").write_text("\n".join(lines) + "\n" + extra)

    def review(self, *entries, by="ann", key="ann", today="2026-05-01"):
        args = [CONTENTC, "review", *entries, "--by", by, "-s", self.src, "--today", today]
        if key:
            args += ["--key", self.dir / key]
        return run(*args)

    def findings(self, rule=None):
        r = run(CONTENTC, "check", self.src, "-f", "json", "--today", TODAY)
        self.assertIn(r.returncode, (0, 1), r.stderr)
        out = [f for f in json.loads(r.stdout) if "suppressed" not in f]
        return [f for f in out if rule is None or f["rule"] == rule]

    def record(self, entry="squeeze"):
        return self.src / "reviews" / f"{entry}.clinical.review"

    def test_walk_through(self):
        self.assertEqual(len(self.findings("review-missing")), 2)
        r = self.review("squeeze", "plank")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.findings("review-missing"), [])
        self.assertEqual([f["rule"] for f in self.findings() if f["rule"].startswith("review")], [])
        # ssh-keygen itself accepts the signature contentc made and checks.
        with open(self.record(), "rb") as message:
            v = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", self.src / "reviews" / "allowed_signers", "-I",
                                "ann", "-n", "contentc-review", "-s", str(self.record()) + ".sig"],
                               stdin=message, capture_output=True, text=True)
        self.assertEqual(v.returncode, 0, v.stderr)
        # An edit to the entry makes the review stale, saying what changed, on the changed field.
        a = self.src / "a.xml"
        a.write_text(a.read_text().replace("<hold>5 s</hold>", "<hold>8 s</hold>"))
        stale = self.findings("review-stale")
        self.assertEqual(len(stale), 1)
        self.assertIn("dose 1 hold: '5 s' → '8 s'", stale[0]["message"])
        self.assertEqual(stale[0]["line"], 7)
        # An edit elsewhere in the article voids nothing; an edit to a cited passage does.
        art = self.src / "art.txt"
        a.write_text(a.read_text().replace("<hold>8 s</hold>", "<hold>5 s</hold>"))
        art.write_text(art.read_text().replace("The pain can improve", "Pain can improve"))
        self.assertEqual(self.findings("review-stale"), [])
        art.write_text(art.read_text().replace("and then switch sides.", "and then switch sides slowly."))
        a.write_text(a.read_text().replace("and then switch sides.", "and then switch sides slowly."))
        stale = self.findings("review-stale")
        self.assertEqual([f["message"].split(" review of ")[1].split("'")[1] for f in stale], ["plank"])
        self.assertIn("passage 1", stale[0]["message"])
        # Signing again makes it hold.
        self.assertEqual(self.review("plank").returncode, 0)
        self.assertEqual(self.findings("review-stale"), [])
        # Due and overdue follow the policy's interval (1y) and window (60d).
        r = run(CONTENTC, "check", self.src, "-f", "json", "--today", "2027-03-15")
        self.assertEqual({f["rule"] for f in json.loads(r.stdout)} & {"review-due", "review-overdue"}, {"review-due"})
        r = run(CONTENTC, "check", self.src, "-f", "json", "--today", "2027-05-02")
        self.assertIn("review-overdue", {f["rule"] for f in json.loads(r.stdout)})
        listed = run(CONTENTC, "review", "--list", "-s", self.src, "--today", "2027-05-02")
        self.assertEqual(listed.returncode, 0)
        self.assertIn("review-overdue", listed.stdout)

    def invalid(self):
        return [f["message"] for f in self.findings("review-invalid")]

    def test_forged_and_broken_records_are_invalid(self):
        self.assertEqual(self.review("squeeze").returncode, 0)
        good = self.record().read_text()
        sig = pathlib.Path(str(self.record()) + ".sig")
        good_sig = sig.read_text()
        cases = {
            "edited after signing": (good.replace("Seated ball squeeze", "Seated ball squeeze (any size)"), good_sig,
                                     "its signature does not verify"),
            "truncated signature": (good, good_sig[:120] + "\n-----END SSH SIGNATURE-----\n", "cannot be read"),
            "bad base64": (good, good_sig.replace("U1NIU0lH", "U1NIU0l*", 1), "not valid base64"),
            "oversized signature": (good, good_sig + "A" * 20000, "larger than 16 KiB"),
            "another repository": (good.replace("repository golden", "repository elsewhere"), None,
                                   "for the repository 'elsewhere'"),
        }
        for name, (text, signature, expected) in cases.items():
            with self.subTest(name):
                self.record().write_text(text)
                if signature is None:  # signed as it stands, by an allowed key
                    sig.unlink()
                    run("ssh-keygen", "-q", "-Y", "sign", "-n", "contentc-review", "-f", self.dir / "ann",
                        self.record(), check=True)
                else:
                    sig.write_text(signature)
                messages = self.invalid()
                self.assertEqual(len(messages), 1, messages)
                self.assertIn(expected, messages[0])
        # Another namespace.
        self.record().write_text(good)
        sig.unlink()
        run("ssh-keygen", "-q", "-Y", "sign", "-n", "git", "-f", self.dir / "ann", self.record(), check=True)
        self.assertIn("namespace 'git'", self.invalid()[0])
        # A key the allowed signers do not give the reviewer, a reviewer not listed at all, and a revoked one.
        sig.unlink()
        run("ssh-keygen", "-q", "-Y", "sign", "-n", "contentc-review", "-f", self.dir / "eve", self.record(), check=True)
        self.assertIn("is not one the allowed signers give 'ann'", self.invalid()[0])
        self.assertEqual(self.review("squeeze", by="eve", key="eve").returncode, 0)
        self.assertIn("no line of the allowed signers names 'eve'", self.invalid()[0])
        self.assertEqual(self.review("squeeze", by="ann").returncode, 0)
        self.assertNotEqual(self.review("squeeze", by="rob", key="rob").returncode, 0, "revoked: refused")
        rob = good.replace("reviewer ann", "reviewer rob")
        self.record().write_text(rob)
        sig.unlink()
        run("ssh-keygen", "-q", "-Y", "sign", "-n", "contentc-review", "-f", self.dir / "rob", self.record(), check=True)
        self.assertIn("rob's sign-off was withdrawn on 2026-05-15", self.invalid()[0])
        # A date after today, a record for an entry that is gone, an unsupported key type.
        self.assertEqual(self.review("squeeze", today="2026-07-01").returncode, 0)
        self.assertIn("dated 2026-07-01, after today", self.invalid()[0])
        self.assertEqual(self.review("squeeze").returncode, 0)
        a = self.src / "a.xml"
        a.write_text(a.read_text().replace('id="squeeze"', 'id="ball-squeeze"'))
        self.assertIn("there is no exercise 'squeeze'", self.invalid()[0])
        self.signers(["ann", "rob"], "dan ssh-dss AAAAB3NzaC1kc3MAAAABcA== dan\n")
        self.assertTrue(any("does not verify ssh-dss keys" in m for m in self.invalid()))

    def test_bundles_carry_valid_reviews_and_change_sets_their_voiding(self):
        import jsonschema
        self.assertEqual(self.review("squeeze").returncode, 0)
        out = self.dir / "out"
        r = run(CONTENTC, "build", self.src, "-o", out, "--today", TODAY)
        self.assertEqual(r.returncode, 0, r.stderr)
        bundle = json.loads((out / "bundle.json").read_text())
        schema = json.loads((HERE.parent.parent / "schema" / "bundle.schema.json").read_text())
        jsonschema.validate(bundle, schema)
        reviews = {e["id"]: e["reviews"] for e in bundle["exercises"]}
        self.assertEqual(reviews, {"squeeze": [{"role": "clinical", "reviewer": "Ann Lee, PT", "reviewed": "2026-05-01",
                                                "due": "2027-05-01"}], "plank": []})
        self.assertNotIn(self.keys["ann"][1], (out / "bundle.json").read_text(), "no key in the bundle")
        db = sqlite3.connect(":memory:")
        db.executescript((out / "bundle.sql").read_text())
        self.assertEqual(db.execute("SELECT entry_id, role, reviewer, reviewed, due FROM reviews").fetchall(),
                         [("squeeze", "clinical", "Ann Lee, PT", "2026-05-01", "2027-05-01")])
        csv = (out / "csv" / "reviews.csv").read_text()
        self.assertIn("squeeze,clinical,\"Ann Lee, PT\",2026-05-01,2027-05-01", csv)
        # The entry edited: the review no longer holds, so the next build drops it, and its change
        # set says so.
        a = self.src / "a.xml"
        a.write_text(a.read_text().replace("with a ball between", "with a soft ball between"))
        r = run(CONTENTC, "build", self.src, "-o", out, "--today", TODAY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual([e["reviews"] for e in json.loads((out / "bundle.json").read_text())["exercises"]], [[], []])
        changes = {t["name"]: t for t in json.loads((out / "changes.json").read_text())["tables"]}
        self.assertEqual(changes["reviews"]["removed"], [{"entry_id": "squeeze", "role": "clinical", "reviewer": "Ann Lee, PT",
                                                          "reviewed": "2026-05-01", "due": "2027-05-01"}])

    def test_review_refuses_entries_with_errors_and_writes_nothing(self):
        a = self.src / "a.xml"
        a.write_text(a.read_text().replace('<cite article="art">Side Plank</cite>', '<cite article="nope">x</cite>'))
        r = self.review("plank")
        self.assertEqual(r.returncode, 1)
        self.assertIn("has errors", r.stderr)
        self.assertFalse(self.record("plank").exists())
        self.assertEqual(sorted(p.name for p in (self.src / "reviews").iterdir()), ["allowed_signers"])


if __name__ == "__main__":
    CONTENTC = os.path.abspath(sys.argv[1])
    unittest.main(argv=sys.argv[:1])
