#!/usr/bin/env python3
"""contentc never corrupts what an editor wrote, and never hangs or wraps on what it reads.

    never_corrupt_test.py CONTENTC REPO

Through the binary, as an editor or an operator would meet each case: `fix` writes only the
bytes of each fix (comments, processing instructions and references before a form kept), once,
and stops when fixes keep changing the text; files keep their mode and owner, read-only ones
are refused, every failed write is reported; the folder walk reports what it cannot read;
FIFOs are refused without blocking; a previous build is read only at its listed size, its
content version strictly, its strings shown harmlessly; `init ""`, `new --in` on CRLF files and
a second byte order mark."""
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

CONTENTC, REPO = os.path.abspath(sys.argv[1]), sys.argv[2]
TODAY = ("--today", "2026-06-01")
NOBODY = 65534


def run(*args, user=None, timeout=120, **kw):
    cmd = [CONTENTC, *args]
    if user is not None and os.geteuid() == 0:  # root reads any folder: run as another user
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def texts(folder):
    """{name: bytes} of the files in `folder`."""
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            out[name] = f.read()
    return out


POLICY = """<policy>
  <term use="pelvic girdle pain" instead-of="PGP"/>
  <term use="low back pain" instead-of="back pain"/>
</policy>
"""


def condition(cid, summary):
    return (f'<content>\n  <condition id="{cid}">\n    <name>Condition {cid}</name>\n'
            f'    <summary>{summary}</summary>\n  </condition>\n</content>\n')


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="contentc-never-corrupt-")
        os.chmod(self.tmp, 0o755)
        self.src = os.path.join(self.tmp, "sources")
        os.makedirs(self.src)
        self.write("policy.xml", POLICY)

    def tearDown(self):
        subprocess.run(["chmod", "-R", "u+rwx", self.tmp])
        shutil.rmtree(self.tmp)

    def write(self, name, text, newline="\n"):
        path = os.path.join(self.src, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(text.replace("\n", newline).encode())
        return path

    def read(self, name):
        with open(os.path.join(self.src, name), "rb") as f:
            return f.read().decode()


class Fix(Base):
    def test_markup_and_references_before_a_form_are_kept(self):
        before = {
            "comment.xml": condition("a", "Worse <!-- reviewed by Ana --> with PGP daily."),
            "reference.xml": condition("b", "Line one&#10;then PGP here, and &#32; PGP."),
            "pi.xml": condition("c", "First <?editor note?> then PGP; and P&#71;P stays."),
        }
        for name, text in before.items():
            self.write(name, text)
        r = run("fix", self.src)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.read("comment.xml"),
                         before["comment.xml"].replace("with PGP", "with pelvic girdle pain"))
        self.assertEqual(self.read("reference.xml"),
                         before["reference.xml"].replace("then PGP", "then pelvic girdle pain")
                                                .replace("&#32; PGP", "&#32; pelvic girdle pain"))
        self.assertEqual(self.read("pi.xml"), before["pi.xml"].replace("then PGP", "then pelvic girdle pain"))
        again = run("fix", self.src)
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertEqual(again.stdout, "")
        self.assertIn("nothing to fix", again.stderr)
        # The form written through a reference is still reported, with no fix offered.
        check = json.loads(run("check", self.src, "--format", "json", *TODAY).stdout)
        left = [f for f in check if f["rule"] == "preferred-term"]
        self.assertEqual([(f["file"].rsplit("/", 1)[1], f["line"]) for f in left], [("pi.xml", 4)])
        self.assertNotIn("fix", left[0])

    def test_a_preferred_term_holding_its_form_is_fixed_once(self):
        shutil.rmtree(self.src)
        shutil.copytree(os.path.join(REPO, "sources"), self.src)
        policy = self.read("policy.xml")
        # The shared policy's term, overridden here by its use, with a form holding the term.
        self.assertIn('<include href="prenatal-movement"/>', policy)
        severity = '<severity rule="unused-article" level="note"/>'
        self.assertIn(severity, policy)
        self.write("policy.xml", policy.replace(severity, severity + '\n  <term use="low back pain" instead-of="back pain|lower '
                                                'back pain" in="summary symptom step warning text"/>', 1))
        steps = self.read("exercises.xml")
        first_step = steps.index("<step>") + len("<step>")
        self.write("exercises.xml", steps[:first_step] + "For back pain: " + steps[first_step:])
        originals = {n: self.read(n) for n in os.listdir(self.src) if n.endswith(".xml")}
        r = run("fix", self.src)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.count("[preferred-term]"), 1, r.stdout)
        for name, text in originals.items():
            want = text.replace("For back pain: ", "For low back pain: ") if name == "exercises.xml" else text
            self.assertEqual(self.read(name), want, name)
        again = run("fix", self.src)
        self.assertEqual((again.returncode, again.stdout), (0, ""), again.stderr)

    def test_fixes_that_never_converge_write_nothing(self):
        self.write("policy.xml", '<policy>\n  <term use="hip" instead-of="haunch"/>\n'
                                 '  <term use="haunch" instead-of="hip"/>\n</policy>\n')
        path = self.write("a.xml", condition("a", "A sore hip."))
        before = self.read("a.xml")
        r = run("fix", self.src)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertRegex(r.stderr, r"a\.xml:4: \[preferred-term\] write '(hip|haunch)' keeps changing the text "
                                   r"after 4 rounds of fixes")
        self.assertIn("no fix made", r.stderr)
        self.assertEqual(self.read("a.xml"), before)
        self.assertEqual(sorted(os.listdir(os.path.dirname(path))), ["a.xml", "policy.xml"])

    def test_mode_and_owner_are_kept_and_read_only_files_refused(self):
        shared = self.write("shared.xml", condition("a", "Often PGP."))
        os.chmod(shared, 0o664)
        os.chown(shared, 1234, 2345)
        locked = self.write("locked.xml", condition("b", "Often PGP."))
        os.chmod(locked, 0o444)
        locked_before = self.read("locked.xml")
        r = run("fix", self.src)
        self.assertEqual(r.returncode, 2, r.stderr)
        st = os.stat(shared)
        self.assertEqual((stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid), (0o664, 1234, 2345))
        self.assertIn("pelvic girdle pain", self.read("shared.xml"))
        self.assertEqual(self.read("locked.xml"), locked_before)
        self.assertEqual(stat.S_IMODE(os.stat(locked).st_mode), 0o444)
        self.assertIn("locked.xml is not writable; it was left as it was", r.stderr)
        self.assertIn("shared.xml", r.stdout)
        self.assertNotIn("locked.xml", r.stdout, "a fix that was not made is not listed")
        self.assertIn("made 1 fix in 1 file", r.stderr)

    def test_every_failed_write_on_a_full_disk_is_reported(self):
        disk = os.path.join(self.tmp, "disk")
        os.mkdir(disk)
        mount = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk], capture_output=True, text=True)
        if mount.returncode != 0:
            print(f"full-disk case skipped: cannot mount a tmpfs ({mount.stderr.strip()})", file=sys.stderr)
            self.skipTest("cannot mount a small tmpfs here: " + mount.stderr.strip())
        try:
            src = os.path.join(disk, "sources")
            shutil.copytree(self.src, src)
            for name in ("one.xml", "two.xml"):
                with open(os.path.join(src, name), "w") as f:
                    f.write(condition(name[:3], "PGP " * 200))
            fd = os.open(os.path.join(disk, "filler"), os.O_WRONLY | os.O_CREAT)  # every block taken
            try:
                while True:
                    os.write(fd, b"x" * 4096)
            except OSError:
                pass
            finally:
                os.close(fd)
            before = texts(src)
            r = run("fix", src)
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertEqual(r.stderr.count("No space left on device"), 2, r.stderr)
            self.assertEqual(r.stdout, "", "no fix was made")
            self.assertEqual(texts(src), before)
        finally:
            subprocess.run(["umount", disk])


class SpecialFiles(Base):
    def test_an_unreadable_folder_is_a_finding_and_the_rest_is_read(self):
        self.write("a.xml", condition("a", "Fine."))
        self.write("private/b.xml", condition("b", "Hidden."))
        self.write("z/c.xml", condition("c", "Also fine."))
        os.chmod(os.path.join(self.src, "private"), 0)
        r = run("check", self.src, "--format", "json", *TODAY, user=NOBODY)
        self.assertEqual(r.returncode, 1, r.stderr)
        findings = json.loads(r.stdout)
        [walk] = [f for f in findings if f["file"].endswith("/private")]
        self.assertEqual(walk["rule"], "xml-malformed")
        self.assertIn("cannot read the folder", walk["message"])
        self.assertIn("Permission denied", walk["message"])
        self.assertIn("checked 2 entries", r.stderr, "the files after it were read")

    def test_fifos_are_refused_without_blocking(self):
        self.write("a.xml", condition("a", "Fine."))
        os.mkfifo(os.path.join(self.src, "pipe.xml"))
        r = run("check", self.src, "--format", "json", *TODAY, timeout=60)
        [hit] = [f for f in json.loads(r.stdout) if f["file"].endswith("pipe.xml")]
        self.assertIn("not a regular file", hit["message"])
        fifo = os.path.join(self.tmp, "entries.xml")
        os.mkfifo(fifo)
        r = run("new", "exercise", "tilt", "--in", fifo, timeout=60)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))
        out = os.path.join(self.tmp, "out")
        os.mkdir(out)
        os.mkfifo(os.path.join(out, "manifest.json"))
        self.write("policy.xml", "<policy/>\n")
        r = run("build", self.src, "-o", out, *TODAY, timeout=60)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertTrue(stat.S_ISFIFO(os.stat(os.path.join(out, "manifest.json")).st_mode))

    def test_a_second_byte_order_mark_is_malformed(self):
        self.write("a.xml", "\ufeff\ufeff" + condition("a", "Fine."))
        r = run("check", self.src, "--format", "json", *TODAY)
        [hit] = [f for f in json.loads(r.stdout) if f["rule"] == "xml-malformed"]
        self.assertIn("a second byte order mark", hit["message"])

    def test_init_with_an_empty_name_writes_nothing(self):
        work = os.path.join(self.tmp, "work")
        os.mkdir(work)
        open(os.path.join(work, "notes.txt"), "w").close()
        r = run("init", "", cwd=work)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertEqual(os.listdir(work), ["notes.txt"])

    def test_new_keeps_a_crlf_files_line_endings(self):
        path = self.write("a.xml", condition("a", "Fine."), newline="\r\n")
        r = run("new", "exercise", "tilt", "--in", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(path, "rb") as f:
            data = f.read()
        self.assertIn(b'<exercise id="tilt">', data)
        self.assertNotIn(b"\n", data.replace(b"\r\n", b""), "every line ends in CRLF")


class PreviousBuild(Base):
    def setUp(self):
        super().setUp()
        shutil.rmtree(self.src)
        shutil.copytree(os.path.join(REPO, "sources"), self.src)
        self.out = os.path.join(self.tmp, "out")
        r = run("build", self.src, "-o", self.out, *TODAY)
        self.assertEqual(r.returncode, 0, r.stderr)

    def manifest(self, out=None):
        with open(os.path.join(out or self.out, "manifest.json")) as f:
            return json.load(f)

    def rebuild(self):
        return run("build", self.src, "-o", self.out, *TODAY, "--previous", self.previous, timeout=120)

    def keep_previous(self):
        self.previous = os.path.join(self.tmp, "previous")
        shutil.copytree(self.out, self.previous, symlinks=True)

    def test_a_bundle_sql_larger_than_listed_or_not_a_file_is_not_read(self):
        self.keep_previous()
        sql = os.path.join(self.previous, "bundle.sql")
        os.remove(sql)
        with open(sql, "wb") as f:  # 4 GB, sparse: refused by its size before a byte is read
            f.truncate(4 << 30)
        r = subprocess.run(["/usr/bin/time", "-f", "%M", CONTENTC, "build", self.src, "-o", self.out, *TODAY,
                            "--previous", self.previous], capture_output=True, text=True, timeout=120)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("bundle.sql is not the file its manifest lists (larger than the", r.stderr)
        self.assertLess(int(r.stderr.strip().splitlines()[-1]) / 1024, 400, "peak RSS in MB")
        os.remove(sql)
        os.symlink("/dev/zero", sql)
        r = self.rebuild()
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("bundle.sql", r.stderr)

    def test_a_content_version_that_is_not_one_is_never_carried_on(self):
        for version in ("x.y.18446744073709551615", "1.2.18446744073709551615", "abc", "1.2.3\u001b[2J"):
            m = self.manifest()
            m["content_version"] = version
            with open(os.path.join(self.out, "manifest.json"), "w") as f:
                json.dump(m, f)
            r = run("build", self.src, "-o", self.out, *TODAY)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn("content_version is not a version MAJOR.MINOR.PATCH", r.stderr, version)
            self.assertNotIn("\u001b", r.stderr)
            self.assertEqual(self.manifest()["content_version"], "1.0.0", version)

    def test_diff_shows_forged_strings_harmlessly(self):
        self.keep_previous()
        sql = os.path.join(self.previous, "bundle.sql")
        with open(sql) as f:
            text = f.read()
        first_id = re.search(r"INSERT INTO entries \([^)]*\) VALUES\n  \('([a-z0-9-]+)'", text).group(1)
        forged = text.replace(f"('{first_id}'", f"('{first_id}\u001b[31mred\u0007'", 1)
        with open(sql, "w") as f:
            f.write(forged)
        m = self.manifest(self.previous)
        for o in m["outputs"]:
            if o["path"] == "bundle.sql":
                o["sha256"] = hashlib.sha256(forged.encode()).hexdigest()
                o["bytes"] = len(forged.encode())
        with open(os.path.join(self.previous, "manifest.json"), "w") as f:
            json.dump(m, f)
        r = run("diff", self.previous, self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("red", r.stdout)
        self.assertNotIn("\u001b", r.stdout)
        self.assertNotIn("\u0007", r.stdout)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
