#!/usr/bin/env python3
"""Fault injection on `contentc build`: it never destroys what it did not write, OUT is always one
whole build (whatever runs beside it, kills it, or fills the disk), bad or empty input fails
cleanly, and limits give clean errors, not crashes.

usage: output_safety_test.py CONTENTC CONTENTC_GEN REPO_ROOT
Set CONTENTC_SANITIZED=1 for a sanitizer build (the address-space limit case is then skipped:
AddressSanitizer reserves terabytes of address space up front)."""
import fcntl
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from file_tree import snapshot  # noqa: E402

CONTENTC, GEN, REPO = sys.argv[1], sys.argv[2], sys.argv[3]
SANITIZED = os.environ.get("CONTENTC_SANITIZED") == "1"
TODAY = ("--today", "2026-06-01")


def run(*args, env=None, user=None, **kw):
    cmd = [CONTENTC, *args]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, **kw)


# Builds compare with this fixed build (ref-a, once made), not with whatever OUT holds, so that
# each build's change set and content version do not depend on the order the tests ran in.
PREVIOUS = []


def build(sources, out, *extra, **kw):
    return run("build", sources, "-o", out, *TODAY, *PREVIOUS, *extra, **kw)


def contents(folder):
    """{relative path: bytes} of every file below `folder`, links followed for the top only."""
    return {path: data for path, (data, _) in snapshot(folder).items()}


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, old
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


class OutputSafety(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.mkdtemp(prefix="contentc-safety-refs-")
        cls.src_a = os.path.join(cls.shared, "a")
        cls.src_b = os.path.join(cls.shared, "b")
        shutil.copytree(os.path.join(REPO, "sources"), cls.src_a)
        shutil.copytree(cls.src_a, cls.src_b)
        edit(os.path.join(cls.src_b, "claims.xml"), "<text>Symptoms may come back", "<text>Symptoms can come back")
        for name, src in (("ref-a", cls.src_a), ("ref-b", cls.src_b)):
            r = build(src, os.path.join(cls.shared, name))
            assert r.returncode == 0, r.stderr
            PREVIOUS[:] = ["--previous", os.path.join(cls.shared, "ref-a")]
        cls.ref_a = contents(os.path.join(cls.shared, "ref-a"))
        cls.ref_b = contents(os.path.join(cls.shared, "ref-b"))
        assert cls.ref_a != cls.ref_b
        os.chmod(cls.shared, 0o755)

    @classmethod
    def tearDownClass(cls):
        PREVIOUS.clear()
        shutil.rmtree(cls.shared)

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="contentc-safety-")
        self.out = os.path.join(self.tmp, "out")

    def tearDown(self):
        subprocess.run(["chmod", "-R", "u+rwX", self.tmp])
        shutil.rmtree(self.tmp)

    def assertOnly(self, folder, names, msg=None):
        self.assertEqual(sorted(os.listdir(folder)), sorted(names), msg or "leftovers beside OUT")

    def assertRefused(self, result, message):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn(message, result.stderr)

    # --- Data loss -------------------------------------------------------------------------

    def test_a_project_folder_as_out_is_refused_untouched(self):
        proj = os.path.join(self.tmp, "proj")
        shutil.copytree(self.src_a, os.path.join(proj, "sources"))
        os.makedirs(os.path.join(proj, ".git"))
        with open(os.path.join(proj, ".git", "HEAD"), "w") as f:
            f.write("ref: refs/heads/main\n")
        with open(os.path.join(proj, "NOTES.md"), "w") as f:
            f.write("my notes\n")
        before = contents(proj)
        self.assertRefused(build(os.path.join(proj, "sources"), proj), "holds the sources folder")
        self.assertEqual(contents(proj), before)

    def test_out_that_is_in_or_holds_sources_is_refused(self):
        src = os.path.join(self.tmp, "src")
        shutil.copytree(self.src_a, src)
        before = contents(self.tmp)
        self.assertRefused(build(src, src), "is the sources folder")
        self.assertRefused(build(src, src + "/"), "is the sources folder")
        self.assertRefused(build(src, os.path.join(src, "out")), "lies inside the sources folder")
        self.assertRefused(build(src, self.tmp), "holds the sources folder")
        self.assertRefused(build(src, os.path.join(src, "..")), "holds the sources folder")
        os.symlink(src, os.path.join(self.tmp, "alias"))
        self.assertRefused(build(src, os.path.join(self.tmp, "alias")), "is the sources folder")
        os.remove(os.path.join(self.tmp, "alias"))
        self.assertEqual(contents(self.tmp), before)

    def test_a_folder_contentc_did_not_write_is_refused_untouched(self):
        cases = {
            "notes": {"NOTES.md": b"mine"},
            "foreign-manifest": {"manifest.json": b'{"tool": "other", "outputs": []}'},
            "build-plus-a-file": None,
        }
        for name, files in cases.items():
            out = os.path.join(self.tmp, name)
            if files is None:
                self.assertEqual(build(self.src_a, out).returncode, 0)
                files = {"audit/mine.html": b"<p>mine</p>"}
            os.makedirs(out, exist_ok=True)
            for rel, data in files.items():
                os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
                with open(os.path.join(out, rel), "wb") as f:
                    f.write(data)
            before = contents(out)
            first = sorted(files)[0] if name != "foreign-manifest" else "manifest.json"
            self.assertRefused(build(self.src_b, out), f"holds files contentc did not write (first: {first})")
            self.assertEqual(contents(out), before, name)

    def test_absent_empty_and_own_folders_are_replaced(self):
        self.assertEqual(build(self.src_a, self.out).returncode, 0)  # absent
        self.assertEqual(contents(self.out), self.ref_a)
        self.assertEqual(build(self.src_b, self.out).returncode, 0)  # its own
        self.assertEqual(contents(self.out), self.ref_b)
        empty = os.path.join(self.tmp, "empty")
        os.mkdir(empty)
        self.assertEqual(build(self.src_a, empty).returncode, 0)
        self.assertEqual(contents(empty), self.ref_a)
        nested = os.path.join(self.tmp, "new", "deeper", "out")
        self.assertEqual(build(self.src_a, nested).returncode, 0)
        self.assertEqual(contents(nested), self.ref_a)
        self.assertOnly(self.tmp, ["out", "empty", "new"])

    def test_concurrent_builds_leave_one_whole_build(self):
        for pair in range(10):
            first, second = (self.src_a, self.src_b) if pair % 2 else (self.src_b, self.src_a)
            procs = [subprocess.Popen([CONTENTC, "build", s, "-o", self.out, *TODAY, *PREVIOUS],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                     for s in (first, second)]
            for p in procs:
                _, err = p.communicate(timeout=600)
                self.assertEqual(p.returncode, 0, err)
            got = contents(self.out)
            self.assertTrue(got == self.ref_a or got == self.ref_b, f"pair {pair}: OUT is no whole build")
            self.assertOnly(self.tmp, ["out"])

    def test_a_second_build_waits_for_the_lock(self):
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        with open(os.path.join(self.tmp, ".out.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            proc = subprocess.Popen([CONTENTC, "build", self.src_b, "-o", self.out, *TODAY, *PREVIOUS],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            line = proc.stderr.readline()  # printed before it blocks
            self.assertIn("waiting for another build of", line)
            self.assertEqual(contents(self.out), self.ref_a, "a waiting build touched OUT")
            fcntl.flock(lock, fcntl.LOCK_UN)
            _, err = proc.communicate(timeout=600)
        self.assertEqual(proc.returncode, 0, err)
        self.assertEqual(contents(self.out), self.ref_b)
        self.assertOnly(self.tmp, ["out"])

    def test_sigkill_at_random_points_leaves_the_old_or_the_new_build(self):
        seed = int(os.environ.get("CONTENTC_TEST_SEED", random.randrange(1 << 30)))
        print(f"seed {seed} (CONTENTC_TEST_SEED reproduces it)", file=sys.stderr)
        rng = random.Random(seed)
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        env = dict(os.environ, CONTENTC_TEST_PAUSE_MS="15")
        start = time.monotonic()
        self.assertEqual(build(self.src_b, os.path.join(self.tmp, "timing"), env=env).returncode, 0)
        span = time.monotonic() - start
        shutil.rmtree(os.path.join(self.tmp, "timing"))
        current, refs = "a", {"a": self.ref_a, "b": self.ref_b}
        for trial in range(12):
            nxt = "b" if current == "a" else "a"
            src = self.src_a if nxt == "a" else self.src_b
            proc = subprocess.Popen([CONTENTC, "build", src, "-o", self.out, *TODAY, *PREVIOUS], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, span))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            got = contents(self.out)
            self.assertTrue(got == refs[current] or got == refs[nxt],
                            f"trial {trial}: killed build left a mixed OUT (seed {seed})")
            r = build(src, self.out)  # the next build works, and clears what the killed one left
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(contents(self.out), refs[nxt])
            self.assertOnly(self.tmp, ["out"], f"trial {trial}: leftovers after the next build")
            current = nxt

    def test_sigterm_and_sigint_leave_nothing_behind(self):
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        env = dict(os.environ, CONTENTC_TEST_PAUSE_MS="1000")  # a build that would take 30 s
        for sig in (signal.SIGTERM, signal.SIGINT):
            proc = subprocess.Popen([CONTENTC, "build", self.src_b, "-o", self.out, *TODAY, *PREVIOUS], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Wait (without a deadline) until its staging folder exists, then stop it.
            while not any(n.startswith(".out.staging-") for n in os.listdir(self.tmp)):
                self.assertIsNone(proc.poll(), "the build ended before staging")
                time.sleep(0.01)
            proc.send_signal(sig)
            self.assertEqual(proc.wait(timeout=600), -sig)
            self.assertEqual(contents(self.out), self.ref_a)
            self.assertOnly(self.tmp, ["out"], f"after {sig.name}")

    def test_a_stale_staging_folder_of_links_never_truncates_live_files(self):
        # What a killed 0.1 build could leave: staging folders whose files are hard links into OUT.
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        for stale in (".out.staging", ".out.staging-0badf00d"):
            os.makedirs(os.path.join(self.tmp, stale, "csv"))
            for rel in ("bundle.sql", "bundle.json", "csv/steps.csv"):
                os.link(os.path.join(self.out, rel), os.path.join(self.tmp, stale, rel))
        old_sql = self.ref_a["bundle.sql"]
        with open(os.path.join(self.out, "bundle.sql"), "rb") as f:
            fd_before = f.read()
        self.assertEqual(fd_before, old_sql)
        r = build(self.src_b, self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(contents(self.out), self.ref_b)
        self.assertOnly(self.tmp, ["out"])

    def test_a_stale_staging_folder_it_cannot_remove_does_not_block(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to leave a root-owned staging folder for another user")
        parent = os.path.join(self.tmp, "shared")
        os.makedirs(os.path.join(parent, ".out.staging-12345678"))
        with open(os.path.join(parent, ".out.staging-12345678", "bundle.json"), "w") as f:
            f.write("{}")
        os.chown(parent, 65534, 65534)
        os.chmod(self.tmp, 0o755)
        src = os.path.join(self.tmp, "src")
        shutil.copytree(self.src_a, src)
        subprocess.run(["chmod", "-R", "a+rX", src], check=True)
        out = os.path.join(parent, "out")
        r = build(src, out, user=65534)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(".out.staging-12345678", r.stderr)
        self.assertIn("Permission denied", r.stderr)
        self.assertEqual(contents(out), self.ref_a)

    def test_a_full_disk_fails_cleanly_and_leaves_out_as_it_was(self):
        disk = os.path.join(self.tmp, "disk")
        os.mkdir(disk)
        size = sum(len(v) for v in self.ref_a.values())
        mount = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size + 200 * 1024}", "tmpfs", disk],
                               capture_output=True, text=True)
        if mount.returncode != 0:
            print(f"full-disk case skipped: cannot mount a tmpfs ({mount.stderr.strip()})", file=sys.stderr)
            self.skipTest("cannot mount a small tmpfs here: " + mount.stderr.strip())
        try:
            out = os.path.join(disk, "out")
            self.assertEqual(build(self.src_a, out).returncode, 0)
            r = build(self.src_b, out)  # needs new copies of the changed files: no room
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn("No space left on device", r.stderr)
            self.assertIn("out left as it was", r.stderr)
            self.assertEqual(contents(out), self.ref_a)
            self.assertOnly(disk, ["out"])
        finally:
            subprocess.run(["umount", disk])

    def test_stdout_that_cannot_be_written_is_an_error(self):
        with open("/dev/full", "w") as full:
            for args in (["check", self.src_a, "--format", "sarif"], ["--version"], ["rules"]):
                r = subprocess.run([CONTENTC, *args], stdout=full, stderr=subprocess.PIPE, text=True)
                self.assertEqual(r.returncode, 2, args)
                self.assertIn("cannot write to standard output: No space left on device", r.stderr)
            self.assertEqual(build(self.src_a, self.out).returncode, 0)
            r = subprocess.run([CONTENTC, "build", self.src_b, "-o", self.out, *TODAY, *PREVIOUS], stdout=full,
                               stderr=subprocess.PIPE, text=True)
            self.assertEqual(r.returncode, 2)
        self.assertEqual(contents(self.out), self.ref_a, "a build whose findings were lost wrote OUT")
        self.assertOnly(self.tmp, ["out"])

    # --- Wrong answers on bad or empty input -----------------------------------------------

    def test_empty_sources_fail_and_leave_out_untouched(self):
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        empty = os.path.join(self.tmp, "empty")
        os.mkdir(empty)
        shutil.copy(os.path.join(self.src_a, "policy.xml"), empty)
        r = build(empty, self.out)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("[no-content]", r.stdout)
        self.assertEqual(contents(self.out), self.ref_a)

    def test_sources_without_policy_fail_naming_the_file(self):
        src = os.path.join(self.tmp, "src")
        shutil.copytree(self.src_a, src)
        os.remove(os.path.join(src, "policy.xml"))
        r = run("check", src, *TODAY)
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"{src}/policy.xml: error: the sources folder", r.stdout)
        self.assertIn("[policy-missing]", r.stdout)

    def test_a_source_file_linking_out_of_sources_is_refused_unread(self):
        src = os.path.join(self.tmp, "src")
        shutil.copytree(self.src_a, src)
        secret = os.path.join(self.tmp, "credentials.xml")
        with open(secret, "w") as f:
            f.write("<content>\n<condition id=\"x\" password=\"hunter2\"/>\n</content>\n")
        os.symlink(secret, os.path.join(src, "zz-linked.xml"))
        for fmt in ("text", "json", "sarif", "github"):
            r = run("check", src, "--format", fmt, *TODAY)
            self.assertEqual(r.returncode, 1, fmt)
            self.assertIn("leads out of the sources folder", r.stdout)
            self.assertNotIn("hunter2", r.stdout + r.stderr, fmt)

    # --- Limits -----------------------------------------------------------------------------

    def corpus(self, entries):
        path = os.path.join(self.tmp, f"gen-{entries}")
        subprocess.run([GEN, "-n", str(entries), "-o", path], check=True, capture_output=True)
        subprocess.run(["chmod", "-R", "a+rX", self.tmp], check=True)
        return path

    def test_a_memory_limit_is_a_clean_error(self):
        if SANITIZED:
            self.skipTest("AddressSanitizer reserves terabytes of address space: no --as limit fits")
        # 100,000 entries need about 350 MB: three times the limit, whatever the threads reserve.
        corpus = self.corpus(100000)
        r = subprocess.run(["prlimit", f"--as={100 << 20}", CONTENTC, "check", corpus, *TODAY],
                           capture_output=True, text=True, timeout=600)
        self.assertEqual(r.returncode, 2, r.stderr[-2000:])
        self.assertIn("contentc: error: out of memory", r.stderr)
        self.assertNotIn("terminate called", r.stderr)

    def test_a_process_limit_still_checks_and_builds(self):
        user = 65534 if os.geteuid() == 0 else None  # root ignores RLIMIT_NPROC
        if user is not None:
            os.chmod(self.tmp, 0o777)
        corpus = self.corpus(2000)
        reference = run("check", corpus, "--format", "json", *TODAY)
        # LeakSanitizer needs a thread of its own at exit, which the limit forbids.
        env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0") if SANITIZED else None
        for limit in (1, 50):
            cmd = ["prlimit", f"--nproc={limit}", CONTENTC, "check", corpus, "-j", "8", "--format", "json", *TODAY]
            if user is not None:
                cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
            self.assertEqual(r.returncode, reference.returncode, r.stderr[-2000:])
            if limit > 1:
                self.assertEqual(r.stdout, reference.stdout)
                continue
            # No thread at all: espeak-ng, which counts syllables in a thread of its own, cannot
            # start. The policy's one <readability> says so, in place of the reading levels.
            got, want = json.loads(r.stdout), json.loads(reference.stdout)
            scored = [f for f in got if f["rule"] == "reading-level"]
            self.assertEqual(len(scored), 1, scored)
            self.assertIn("reading levels cannot be scored: espeak-ng needs a thread of its own", scored[0]["message"])
            self.assertTrue(scored[0]["file"].endswith("/policy.xml"), scored[0])
            others = lambda findings: [f for f in findings if f["rule"] != "reading-level"]  # noqa: E731
            self.assertEqual(others(got), others(want))
        # A build under the limit writes what a build without it does (reading levels aside, as above).
        plain = os.path.join(self.tmp, "plain")
        shutil.copytree(self.src_a, plain)
        policy = os.path.join(plain, "policy.xml")
        with open(policy, encoding="utf-8") as f:
            text = f.read()
        include = '<include href="prenatal-movement"/>'
        self.assertIn(include, text)
        with open(policy, "w", encoding="utf-8") as f:  # the shared policy's reading level, dropped
            f.write(text.replace(include, include + '\n  <drop readability="step warning"/>', 1))
        subprocess.run(["chmod", "-R", "a+rX", self.tmp], check=True)
        self.assertEqual(build(plain, os.path.join(self.tmp, "plain-ref")).returncode, 0)
        cmd = ["prlimit", "--nproc=1", CONTENTC, "build", plain, "-o", self.out, *TODAY, *PREVIOUS]
        if user is not None:
            cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(contents(self.out), contents(os.path.join(self.tmp, "plain-ref")))

    def test_numbers_are_parsed_strictly(self):
        bad = [["-j", "0"], ["-j", "-1"], ["-j", "100000"], ["-j", "2x"],
               ["--max-file-size", "17179869184G"], ["--max-file-size", "-1"], ["--max-file-size", "0"],
               ["--max-file-size", "5T"]]
        for args in bad:
            r = run("check", self.src_a, *args)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn("contentc: error: --", r.stderr)
        for value in ("1e10", "1900000000abc", "-1", ""):
            env = dict(os.environ, SOURCE_DATE_EPOCH=value)
            r = run("check", self.src_a, env=env)
            self.assertEqual(r.returncode, 2 if value else 0, value)
            if value:
                self.assertIn("SOURCE_DATE_EPOCH", r.stderr)
        r = run("build", self.src_a, "-o", "")
        self.assertRefused(r, "--out: give a folder")
        self.assertOnly(self.tmp, [])

    # --- Messages and odd OUT names -----------------------------------------------------------

    def test_the_summary_says_what_changed(self):
        n = len(self.ref_a)
        r = build(self.src_a, self.out)
        self.assertIn(f"wrote {n} files to {self.out}\n", r.stderr)
        r = build(self.src_a, self.out)
        self.assertIn(f"{self.out} is up to date ({n} files unchanged)", r.stderr)
        r = build(self.src_b, self.out)
        changed = sum(1 for k in self.ref_b if self.ref_a.get(k) != self.ref_b[k])  # changes.* are new
        self.assertIn(f"wrote {changed} files to {self.out}, {len(self.ref_b) - changed} unchanged", r.stderr)

    def test_an_up_to_date_build_leaves_out_untouched(self):
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        before = os.stat(self.out).st_ino
        mtimes = {p: os.stat(os.path.join(self.out, p)).st_mtime_ns for p in self.ref_a}
        self.assertEqual(build(self.src_a, self.out).returncode, 0)
        self.assertEqual(os.stat(self.out).st_ino, before)
        self.assertEqual({p: os.stat(os.path.join(self.out, p)).st_mtime_ns for p in self.ref_a}, mtimes)

    def test_a_250_character_out_name_builds(self):
        out = os.path.join(self.tmp, "o" * 250)
        for src, ref in ((self.src_a, self.ref_a), (self.src_b, self.ref_b)):
            r = build(src, out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(contents(out), ref)
        self.assertOnly(self.tmp, ["o" * 250])

    def test_a_symlinked_out_stays_a_link(self):
        target = os.path.join(self.tmp, "real")
        os.mkdir(target)
        os.symlink("real", self.out)
        for src, ref in ((self.src_a, self.ref_a), (self.src_b, self.ref_b)):
            r = build(src, self.out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(os.path.islink(self.out))
            self.assertEqual(contents(target), ref)
        self.assertOnly(self.tmp, ["out", "real"])
        os.symlink("nowhere", os.path.join(self.tmp, "dangling"))
        self.assertRefused(build(self.src_a, os.path.join(self.tmp, "dangling")), "which does not exist")

    def test_out_that_is_a_file_is_refused(self):
        with open(self.out, "w") as f:
            f.write("keep me")
        self.assertRefused(build(self.src_a, self.out), "exists and is not a folder")
        with open(self.out) as f:
            self.assertEqual(f.read(), "keep me")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
