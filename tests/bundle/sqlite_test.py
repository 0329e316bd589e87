#!/usr/bin/env python3
"""bundle.sqlite, through the real clients: the sqlite3 shell and Python's sqlite3.

For every corpus (the shipped sources, the hostile strings, signed reviews, a captured page):
every table of bundle.sql loaded into sqlite3 dumps (`.dump TABLE`: its CREATE statement and
every row as a typed literal) exactly as the same table of bundle.sqlite does, and bundle.sqlite
holds nothing else but its search index; application_id and user_version say what the file is;
the same sources give the same bytes, listed in the manifest. The search: porter stems
("stretches" finds "stretch"), every hit leads to an entry and its kind, a name ranks above a
step, and README's queries run in the sqlite3 shell and in Python."""
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

from support import build, load_json

CONTENTC, REPO = sys.argv[1], sys.argv[2]
CORPORA = {"sources": os.path.join(REPO, "sources"),
           "hostile": os.path.join(REPO, "tests", "bundle", "hostile", "sources"),
           "reviewed": os.path.join(REPO, "tests", "cases", "review-stale", "sources"),
           "captured": os.path.join(REPO, "tests", "cases", "captured-snapshot", "sources")}
APPLICATION_ID = 0x436E5463  # "CnTc"
SEARCH_OBJECTS = {"search", "search_source", "search_data", "search_idx", "search_content", "search_docsize",
                  "search_config"}


def shell(db, *args, stdin=None):
    """The sqlite3 shell, stopping at the first error; its stdout."""
    run = subprocess.run(["sqlite3", "-bail", db, *args], input=stdin, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return run.stdout


def version_number(version):
    major, minor, patch = (int(p) for p in version.split("."))
    return major * 1_000_000 + minor * 1_000 + patch


def two_exercises(root):
    """A sources folder with an exercise named "Clam shell" and one whose step names a clam
    shell: a name match must rank above a step match."""
    src = os.path.join(root, "sources")
    os.makedirs(src)
    with open(os.path.join(src, "policy.xml"), "w") as f:
        f.write("<policy/>\n")
    with open(os.path.join(src, "art.txt"), "w") as f:
        f.write("Lie on your side. Open the knees like a shell, ten times.\n")
    entry = ('<exercise id="{id}"><name>{name}</name><step>{step}</step><dose><reps>10</reps>'
             '<cite article="art">ten times</cite></dose><cite article="art">Lie on your side.</cite></exercise>')
    with open(os.path.join(src, "a.xml"), "w") as f:
        f.write('<content><article id="art"><title>T</title><author>A</author><snapshot>art.txt</snapshot></article>'
                + entry.format(id="knee-opener", name="Knee opener", step="Open the knees like a clam shell, slowly.")
                + entry.format(id="clam-shell", name="Clam shell", step="Open the knees, slowly.")
                + entry.format(id="etirement", name="Étirement doux", step="Open the knees, slowly.")
                + "</content>\n")
    return src


class SqliteBundle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.outs = {}
        for name, sources in list(CORPORA.items()) + [("ranking", two_exercises(cls.tmp.name))]:
            out = os.path.join(cls.tmp.name, "out-" + name)
            run = build(CONTENTC, sources, out)
            assert run.returncode in (0, 1) and os.path.exists(os.path.join(out, "manifest.json")), run.stderr
            cls.outs[name] = out

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_table_dumps_as_bundle_sql_loaded_into_sqlite(self):
        for name in CORPORA:
            out = self.outs[name]
            loaded = os.path.join(self.tmp.name, name + "-from-sql.db")
            with open(os.path.join(out, "bundle.sql"), encoding="utf-8") as f:
                shell(loaded, stdin=f.read())
            database = os.path.join(out, "bundle.sqlite")
            tables = shell(loaded, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").split()
            self.assertGreater(len(tables), 20)
            for table in tables:
                with self.subTest(corpus=name, table=table):
                    self.assertEqual(shell(database, ".dump " + table), shell(loaded, ".dump " + table))
            # Nothing else but the search index and its view.
            objects = set(shell(database, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").split())
            self.assertEqual(objects - set(tables), SEARCH_OBJECTS, name)
            self.assertEqual(shell(database, "PRAGMA integrity_check").strip(), "ok")
            self.assertEqual(shell(database, "PRAGMA foreign_key_check"), "")

    def test_application_id_and_user_version_say_what_the_file_is(self):
        for name in CORPORA:
            out = self.outs[name]
            manifest = load_json(os.path.join(out, "manifest.json"))
            with sqlite3.connect(os.path.join(out, "bundle.sqlite")) as db:
                self.assertEqual(db.execute("PRAGMA application_id").fetchone()[0], APPLICATION_ID)
                self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0],
                                 version_number(manifest["content_version"]))
            listed = {o["path"]: o for o in manifest["outputs"]}
            with open(os.path.join(out, "bundle.sqlite"), "rb") as f:
                data = f.read()
            self.assertEqual(listed["bundle.sqlite"]["sha256"], hashlib.sha256(data).hexdigest())
            self.assertEqual(listed["bundle.sqlite"]["bytes"], len(data))
            # Nothing of the build is left beside the outputs.
            self.assertEqual([f for f in os.listdir(out) if f.startswith(".")], [])

    def test_the_same_sources_give_the_same_bytes(self):
        again = os.path.join(self.tmp.name, "again")
        self.assertEqual(build(CONTENTC, CORPORA["sources"], again).returncode, 0)
        with open(os.path.join(again, "bundle.sqlite"), "rb") as a, \
                open(os.path.join(self.outs["sources"], "bundle.sqlite"), "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_search_stems_and_leads_to_entries(self):
        with sqlite3.connect(os.path.join(self.outs["sources"], "bundle.sqlite")) as db:
            hits = db.execute("SELECT entry_id, kind FROM search WHERE search MATCH ? ORDER BY rank",
                              ("stretches",)).fetchall()
            names = dict(db.execute("SELECT id, name FROM stretches"))
            self.assertTrue(hits)
            self.assertIn("cat-stretch", [h[0] for h in hits])  # "Cat stretch": one stretch, found by the plural
            for entry_id, kind in hits:
                self.assertEqual(db.execute("SELECT kind FROM entries WHERE id = ?", (entry_id,)).fetchone(), (kind,))
            # Every entry but the articles is in the index, once.
            self.assertEqual(db.execute("SELECT count(*), count(DISTINCT entry_id) FROM search").fetchone(),
                             db.execute("SELECT count(*), count(*) FROM entries WHERE kind <> 'article'").fetchone())
            self.assertTrue(names)

    def test_a_name_ranks_above_a_step(self):
        with sqlite3.connect(os.path.join(self.outs["ranking"], "bundle.sqlite")) as db:
            hits = [h[0] for h in db.execute("SELECT entry_id FROM search WHERE search MATCH 'clam' ORDER BY rank")]
        self.assertEqual(hits, ["clam-shell", "knee-opener"])
        with sqlite3.connect(os.path.join(self.outs["ranking"], "bundle.sqlite")) as db:
            self.assertEqual(db.execute("SELECT entry_id FROM search WHERE search MATCH 'etirement'").fetchall(),
                             [("etirement",)], "diacritics are folded")

    def test_readme_queries_run_in_the_sqlite3_shell_and_python(self):
        database = os.path.join(self.outs["sources"], "bundle.sqlite")
        with open(os.path.join(REPO, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        section = readme[readme.index("### For app developers: `bundle.sqlite`"):readme.index("### Benchmark")]
        # The query of what changed needs the previous release: the change-set tests run it.
        blocks = [block.split("```")[0] for block in section.split("```sql")[1:] if "ATTACH" not in block]
        code = " ".join(line.split("--")[0] for block in blocks for line in block.splitlines())
        queries = [" ".join(q.split()) for q in code.split(";") if q.strip()]
        self.assertGreaterEqual(len(queries), 5)
        with sqlite3.connect(database) as db:
            for query in queries:
                with self.subTest(query=query):
                    in_python = db.execute(query).fetchall()
                    self.assertTrue(in_python, "no rows")
                    in_shell = shell(database, "-separator", "\x1f", query + ";").splitlines()
                    self.assertEqual(len(in_shell), len(in_python))
            found = db.execute("SELECT entry_id, kind FROM search WHERE search MATCH 'pelvic tilt' ORDER BY rank").fetchall()
            self.assertIn(("posterior-pelvic-tilt-with-hip-flexion", "exercise"), found)
            version = version_number(load_json(os.path.join(self.outs["sources"], "manifest.json"))["content_version"])
            self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0], version)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
