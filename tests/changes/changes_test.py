#!/usr/bin/env python3
"""Change sets between releases, through the real clients: pairs of builds made from edited
copies of sources/, of the hostile corpus and of a generated corpus. For each pair: the content
version rises as README.md says; changes.json validates against schema/changes.schema.json;
the old database + changes.sql equals the new one, table by table and row by row, in sqlite3
and in a real PostgreSQL 15; old bundle.json + changes.json (a small reference applier below)
equals the new bundle.json; the old bundle.sqlite + changes.sqlite.sql equals the new bundle.sqlite
(tables, user_version, search rows and hits), and changes.sqlite.sql refuses a database of another
version, changing nothing, with or without -bail and from Python; `contentc diff` says the same; and the same pair always gives the
same bytes. `contentc diff`'s text is compared with golden files (UPDATE_GOLDEN=1 rewrites them)."""
import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

import jsonschema

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bundle"))
from support import PostgresCluster, build, load_json  # noqa: E402
from tables_test import rows_from_json  # noqa: E402

CONTENTC, GEN, REPO = sys.argv[1], sys.argv[2], sys.argv[3]
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(REPO, "sources")
HOSTILE = os.path.join(REPO, "tests", "bundle", "hostile", "sources")


def edit(path, old, new, count=1):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text, (path, old)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, count))


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def exercise_block(path, exercise_id):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r'  <exercise id="%s">.*?</exercise>\n' % re.escape(exercise_id), text, re.S)
    assert m, exercise_id
    return m.group(0)


def step_edited(src):
    edit(f"{src}/exercises.xml", "<step>Sit up tall and engage your core.</step>",
         "<step>Sit up tall and engage your core gently.</step>")


def steps_reordered(src):
    edit(f"{src}/exercises.xml",
         "<step>Sit up tall and engage your core.</step>\n    <step>Squeeze the ball between your knees.</step>",
         "<step>Squeeze the ball between your knees.</step>\n    <step>Sit up tall and engage your core.</step>")


def dose_and_snapshot(src):
    # The article now says 10-12: its snapshot, the quote and the dose change together.
    edit(f"{src}/articles/si-joint-pain-in-pregnancy.txt",
         "Hold the contraction for 5 seconds, release, and repeat for 8-10 repetitions.",
         "Hold the contraction for 5 seconds, release, and repeat for 10-12 repetitions.")
    edit(f"{src}/exercises.xml",
         "release, and repeat for 8-10 repetitions.</cite>", "release, and repeat for 10-12 repetitions.</cite>")
    edit(f"{src}/exercises.xml", "<reps>8-10</reps>", "<reps>10-12</reps>")


def snapshot_appended(src):
    with open(f"{src}/articles/mayo-clinic-sacroiliitis.txt", "a", encoding="utf-8") as f:
        f.write("\nA paragraph added when the article was archived again.\n")


def exercise_added(src):
    block = exercise_block(f"{src}/exercises.xml", "incline-plank")
    new = block.replace('id="incline-plank"', 'id="incline-plank-on-a-bench"').replace(
        "<name>Incline plank</name>", "<name>Incline plank on a bench</name>")
    new = re.sub(r"\s*<alias>.*?</alias>", "", new)
    edit(f"{src}/exercises.xml", "</content>", new + "</content>")


def exercise_removed(src):
    edit(f"{src}/exercises.xml", exercise_block(f"{src}/exercises.xml", "curl-downs"), "")


def id_renamed(src):
    edit(f"{src}/exercises.xml", 'id="curl-downs"', 'id="curl-down"')


def hostile_edited(src):
    edit(f"{src}/hostile.xml", "<step>a; b; c;</step>", "<step>a'; b''; c;\\' -- ‮</step>")


# name: (corpus, edit, bump, version after 1.0.0)
PAIRS = {
    "nothing": (SOURCES, lambda src: None, "none", "1.0.0"),
    "step-edited": (SOURCES, step_edited, "patch", "1.0.1"),
    "steps-reordered": (SOURCES, steps_reordered, "patch", "1.0.1"),
    "dose-and-snapshot": (SOURCES, dose_and_snapshot, "patch", "1.0.1"),
    "snapshot-appended": (SOURCES, snapshot_appended, "patch", "1.0.1"),
    "exercise-added": (SOURCES, exercise_added, "minor", "1.1.0"),
    "exercise-removed": (SOURCES, exercise_removed, "major", "2.0.0"),
    "id-renamed": (SOURCES, id_renamed, "major", "2.0.0"),
    "hostile-edited": (HOSTILE, hostile_edited, "patch", "1.0.1"),
}
GOLDEN = ["dose-and-snapshot", "exercise-added", "exercise-removed", "steps-reordered"]


def key_columns(out):
    """{table: (columns, primary key)} from csv/datapackage.json."""
    package = load_json(os.path.join(out, "csv", "datapackage.json"))
    return {r["name"]: ([f["name"] for f in r["schema"]["fields"]], r["schema"]["primaryKey"])
            for r in package["resources"]}


def sqlite_dump(db, schema):
    """Every table's rows, ordered by primary key, read from the database file with Python's
    sqlite3 module (the same SQLite library), in one connection."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {', '.join(key)}").fetchall()
                for table, (_, key) in schema.items()}


def sqlite_file_dump(db, schema):
    """bundle.sqlite as its readers see it: every bundle table's CREATE statement and rows (each
    value with its type, as quote() writes it) by primary key, from the sqlite3 shell; its
    user_version; and its search rows by entry."""
    shell = lambda sql: subprocess.run(["sqlite3", "-bail", db, sql], capture_output=True, text=True,
                                       check=True).stdout
    tables = {}
    for table, (columns, key) in schema.items():
        values = " || ',' || ".join(f"quote({c})" for c in columns)
        tables[table] = (shell(f"SELECT sql FROM sqlite_master WHERE name = '{table}';") +
                         shell(f"SELECT {values} FROM {table} ORDER BY {', '.join(key)};"))
    return {"tables": tables, "user_version": shell("PRAGMA user_version;"),
            "search": shell("SELECT entry_id, kind, name, aliases, body, warnings FROM search ORDER BY entry_id;")}


def search_hits(db, terms):
    """The ids each term finds, best first, through Python's sqlite3."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {t: [r[0] for r in conn.execute("SELECT entry_id FROM search WHERE search MATCH ? ORDER BY rank, entry_id",
                                               (t,))] for t in terms}


SEARCH_TERMS = ["stretch", "pain", "knees", "gently", "breathe", "hold", "sciatica", "ball"]


def upgrade(db, script, *flags):
    """Runs a changes.sqlite.sql on a copy of a bundle.sqlite with the sqlite3 shell."""
    with open(script, encoding="utf-8") as f:
        return subprocess.run(["sqlite3", *flags, db], stdin=f, capture_output=True, text=True)


def postgres_dump(pg, database, schema):
    """Every table's rows, ordered by primary key, as COPY writes them, in one psql run."""
    args = []
    for table, (_, key) in schema.items():
        args += ["-c", f"\\echo -- {table}", "-c", f"COPY (SELECT * FROM {table} ORDER BY {', '.join(key)}) TO STDOUT"]
    return pg.psql(database, *args).stdout


def apply_changes_to_tables(tables, changes, schema):
    """The reference applier: old tables ({table: rows as lists}) + changes.json → new tables."""
    result = {}
    for t in changes["tables"]:
        columns, key = schema[t["name"]]
        index = {c: i for i, c in enumerate(columns)}
        rows = {tuple(r[index[k]] for k in key): list(r) for r in tables[t["name"]]}
        for r in t["removed"]:
            del rows[tuple(r[k] for k in key)]
        for m in t["modified"]:
            row = rows[tuple(m["key"][k] for k in key)]
            for c in m["changes"]:
                assert row[index[c["field"]]] == c["before"], (t["name"], m, row)
                row[index[c["field"]]] = c["after"]
        for r in t["added"]:
            k = tuple(r[k] for k in key)
            assert k not in rows, (t["name"], k)
            rows[k] = [r[c] for c in columns]
        result[t["name"]] = sorted(rows.values(), key=lambda r: [str(r[index[k]]).zfill(12) if isinstance(r[index[k]], int) else r[index[k]] for k in key])
    return result


def sorted_tables(tables, schema):
    out = {}
    for name, rows in tables.items():
        columns, key = schema[name]
        index = {c: i for i, c in enumerate(columns)}
        out[name] = sorted((list(r) for r in rows),
                           key=lambda r: [str(r[index[k]]).zfill(12) if isinstance(r[index[k]], int) else r[index[k]] for k in key])
    return out


class ChangeSets(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="contentc-changes-")
        os.chmod(cls.tmp, 0o755)
        cls.schema = load_json(os.path.join(REPO, "schema", "changes.schema.json"))
        cls.pg = PostgresCluster().__enter__()
        cls.pairs = {}
        for name, (corpus, change, _, _) in PAIRS.items():
            cls.pairs[name] = cls.make_pair(name, corpus, change)

    @classmethod
    def tearDownClass(cls):
        cls.pg.__exit__(None, None, None)
        shutil.rmtree(cls.tmp)

    @classmethod
    def make_pair(cls, name, corpus, change):
        """Builds the corpus into OUT, keeps a copy (the old release), edits the sources and
        builds again into OUT (the new release, compared with what OUT held)."""
        src, out, old = (os.path.join(cls.tmp, name, d) for d in ("sources", "out", "old"))
        shutil.copytree(corpus, src)
        first = build(CONTENTC, src, out)
        assert first.returncode == 0, first.stderr
        shutil.copytree(out, old)
        change(src)
        second = build(CONTENTC, src, out)
        assert second.returncode == 0, (name, second.stderr)
        for d in (out, old):
            for root, dirs, _ in os.walk(d):
                os.chmod(root, 0o755)
        return {"old": old, "new": out, "src": src, "stderr": second.stderr}

    def changed_pairs(self):
        return [n for n in PAIRS if n != "nothing"]

    def test_versions_rise_as_the_changes_call_for(self):
        for name, (_, _, bump, version) in PAIRS.items():
            p = self.pairs[name]
            self.assertEqual(load_json(os.path.join(p["old"], "manifest.json"))["content_version"], "1.0.0")
            self.assertEqual(load_json(os.path.join(p["new"], "manifest.json"))["content_version"], version, name)
            if bump == "none":
                self.assertFalse(os.path.exists(os.path.join(p["new"], "changes.json")))
                self.assertIn("nothing changed since the previous build: content version 1.0.0", p["stderr"])
                continue
            changes = load_json(os.path.join(p["new"], "changes.json"))
            self.assertEqual((changes["bump"], changes["from_version"], changes["to_version"]), (bump, "1.0.0", version), name)
            self.assertIn(f"content version 1.0.0 → {version} ({bump})", p["stderr"])

    def test_changes_json_validates_against_its_schema(self):
        validator = jsonschema.Draft202012Validator(self.schema, format_checker=jsonschema.FormatChecker())
        for name in self.changed_pairs():
            validator.validate(load_json(os.path.join(self.pairs[name]["new"], "changes.json")))

    def test_old_database_plus_changes_sql_is_the_new_one_in_sqlite(self):
        for name in self.changed_pairs():
            p = self.pairs[name]
            schema = key_columns(p["new"])
            old_db, new_db = os.path.join(self.tmp, f"{name}-old.db"), os.path.join(self.tmp, f"{name}-new.db")
            for db, script in ((old_db, os.path.join(p["old"], "bundle.sql")), (new_db, os.path.join(p["new"], "bundle.sql"))):
                with open(script, encoding="utf-8") as f:
                    subprocess.run(["sqlite3", "-bail", db], stdin=f, check=True)
            with open(os.path.join(p["new"], "changes.sql"), encoding="utf-8") as f:
                # Foreign keys are enforced while the change set runs.
                script = "PRAGMA foreign_keys = ON;\n" + f.read()
            run = subprocess.run(["sqlite3", "-bail", old_db], input=script, capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, f"{name}: {run.stderr}")
            check = subprocess.run(["sqlite3", old_db, "PRAGMA foreign_key_check;"], capture_output=True, text=True)
            self.assertEqual(check.stdout, "", name)
            migrated = sqlite_dump(old_db, schema)
            self.assertTrue(migrated["entries"], name)
            self.assertEqual(migrated, sqlite_dump(new_db, schema), name)

    def test_old_bundle_sqlite_plus_changes_sqlite_sql_is_the_new_one(self):
        for name in self.changed_pairs():
            p = self.pairs[name]
            db = os.path.join(self.tmp, f"{name}-upgraded.sqlite")
            shutil.copyfile(os.path.join(p["old"], "bundle.sqlite"), db)
            run = upgrade(db, os.path.join(p["new"], "changes.sqlite.sql"), "-bail")
            self.assertEqual(run.returncode, 0, f"{name}: {run.stderr}")
            new = os.path.join(p["new"], "bundle.sqlite")
            schema = key_columns(p["new"])
            self.assertEqual(sqlite_file_dump(db, schema), sqlite_file_dump(new, schema), name)
            self.assertEqual(search_hits(db, SEARCH_TERMS), search_hits(new, SEARCH_TERMS), name)
            check = subprocess.run(["sqlite3", db, "PRAGMA foreign_key_check; PRAGMA integrity_check;"],
                                   capture_output=True, text=True)
            self.assertEqual(check.stdout, "ok\n", name)

    def test_readmes_query_of_what_changed_names_each_entry(self):
        with open(os.path.join(REPO, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        query = next(b.split("```")[0] for b in readme.split("```sql")[1:] if "ATTACH 'previous.sqlite'" in b)
        expected = {"step-edited": [("changed", "seated-ball-squeeze")],
                    "exercise-added": [("added", "incline-plank-on-a-bench")],
                    "exercise-removed": [("removed", "curl-downs")],
                    "id-renamed": [("added", "curl-down"), ("removed", "curl-downs")]}
        for name, rows in expected.items():
            p = self.pairs[name]
            sql = query.replace("'previous.sqlite'", "'" + os.path.join(p["old"], "bundle.sqlite") + "'")
            database = os.path.join(p["new"], "bundle.sqlite")
            with contextlib.closing(sqlite3.connect(database)) as conn:
                statements = [q for q in sql.split(";") if q.strip()]
                for statement in statements[:-1]:
                    conn.execute(statement)
                in_python = conn.execute(statements[-1]).fetchall()
            self.assertEqual(in_python, rows, name)
            shell = subprocess.run(["sqlite3", "-bail", "-readonly", database], input=sql, capture_output=True, text=True)
            self.assertEqual(shell.returncode, 0, shell.stderr)
            self.assertEqual([tuple(line.split("|")) for line in shell.stdout.splitlines()], rows, name)

    def test_changes_sqlite_sql_refuses_a_database_of_another_version_and_changes_nothing(self):
        p = self.pairs["exercise-added"]
        script = os.path.join(p["new"], "changes.sqlite.sql")
        # The new release itself, and the old one upgraded by another release's change set.
        for wrong in (os.path.join(p["new"], "bundle.sqlite"),
                      os.path.join(self.pairs["step-edited"]["new"], "bundle.sqlite")):
            for how in ("-bail", "", "python"):
                db = os.path.join(self.tmp, "wrong.sqlite")
                shutil.copyfile(wrong, db)
                before = read_bytes(db)
                if how == "python":
                    with contextlib.closing(sqlite3.connect(db)) as conn, open(script, encoding="utf-8") as f:
                        with self.assertRaises(sqlite3.IntegrityError) as refused:
                            conn.executescript(f.read())
                    message = str(refused.exception)
                else:
                    run = upgrade(db, script, *([how] if how else []))
                    self.assertNotEqual(run.returncode, 0, how)
                    message = run.stderr
                self.assertIn("changes.sqlite.sql upgrades bundle.sqlite 1.0.0 (user_version 1000000) to 1.1.0 "
                              "(user_version 1001000), and this database holds another version: nothing was changed",
                              message, how)
                self.assertEqual(read_bytes(db), before, f"{wrong} {how or 'without -bail'}")

    def test_old_database_plus_changes_sql_is_the_new_one_in_postgresql(self):
        # bundle.sql drops and creates its tables: each pair reloads the same two databases.
        old_db, new_db = "old_release", "new_release"
        self.pg.create_database(old_db)
        self.pg.create_database(new_db)
        for name in self.changed_pairs():
            p = self.pairs[name]
            schema = key_columns(p["new"])
            for db, folder in ((old_db, p["old"]), (new_db, p["new"])):
                self.pg.psql(db, "-f", os.path.join(folder, "bundle.sql"))
            run = self.pg.psql(old_db, "-f", os.path.join(p["new"], "changes.sql"), check=False)
            self.assertEqual(run.returncode, 0, f"{name}: {run.stderr}")
            migrated, rebuilt = postgres_dump(self.pg, old_db, schema), postgres_dump(self.pg, new_db, schema)
            self.assertEqual(migrated.count("\n-- "), len(schema) - 1)
            self.assertEqual(migrated, rebuilt, name)

    def test_old_bundle_json_plus_changes_json_is_the_new_one(self):
        for name in self.changed_pairs():
            p = self.pairs[name]
            schema = key_columns(p["new"])
            old = rows_from_json(load_json(os.path.join(p["old"], "bundle.json")))
            new = rows_from_json(load_json(os.path.join(p["new"], "bundle.json")))
            changes = load_json(os.path.join(p["new"], "changes.json"))
            self.assertEqual(apply_changes_to_tables(old, changes, schema), sorted_tables(new, schema), name)

    def test_diff_prints_the_same_change_set(self):
        for name in self.changed_pairs():
            p = self.pairs[name]
            run = subprocess.run([CONTENTC, "diff", p["old"], p["new"], "--format", "json"], capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            with open(os.path.join(p["new"], "changes.json"), encoding="utf-8") as f:
                self.assertEqual(run.stdout, f.read(), name)

    def test_diff_text_matches_the_golden_files(self):
        for name in GOLDEN:
            p = self.pairs[name]
            run = subprocess.run([CONTENTC, "diff", p["old"], p["new"]], capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            golden = os.path.join(HERE, "golden", f"{name}.txt")
            if os.environ.get("UPDATE_GOLDEN") == "1":
                os.makedirs(os.path.dirname(golden), exist_ok=True)
                with open(golden, "w", encoding="utf-8") as f:
                    f.write(run.stdout)
            with open(golden, encoding="utf-8") as f:
                self.assertEqual(run.stdout, f.read(), name)

    def test_what_each_change_set_holds(self):
        def table(name, t):
            return next(x for x in load_json(os.path.join(self.pairs[name]["new"], "changes.json"))["tables"] if x["name"] == t)
        doses = table("dose-and-snapshot", "doses")
        self.assertEqual(doses["modified"], [{"key": {"entry_id": "seated-ball-squeeze", "ordinal": 1}, "changes": [
            {"field": "reps_min", "before": 8, "after": 10}, {"field": "reps_max", "before": 10, "after": 12}]}])
        changes = load_json(os.path.join(self.pairs["dose-and-snapshot"]["new"], "changes.json"))
        [snap] = changes["snapshots"]
        self.assertEqual(snap["article"], "si-joint-pain-in-pregnancy")
        cited = load_json(os.path.join(self.pairs["dose-and-snapshot"]["new"], "bundle.json"))
        n = sum(1 for kind in ("conditions", "exercises", "stretches", "advice", "claims") for e in cited[kind]
                for c in e["citations"] + [c for d in e.get("doses", []) for c in d["citations"]]
                + [c for w in e.get("warnings", []) for c in w["citations"]] if c["article"] == snap["article"])
        self.assertEqual(len(snap["citations"]), n)
        self.assertEqual(table("steps-reordered", "steps")["counts"], {"added": 0, "removed": 0, "modified": 2})
        renamed = table("id-renamed", "entries")
        self.assertEqual([r["id"] for r in renamed["added"]], ["curl-down"])
        self.assertEqual([r["id"] for r in renamed["removed"]], ["curl-downs"])
        self.assertEqual(table("exercise-added", "entries")["counts"], {"added": 1, "removed": 0, "modified": 0})
        hostile = table("hostile-edited", "steps")["modified"]
        self.assertEqual(hostile[0]["changes"][0]["after"], "a'; b''; c;\\' -- ‮")

    def test_diff_text_shows_hostile_strings_harmlessly(self):
        p = self.pairs["hostile-edited"]
        run = subprocess.run([CONTENTC, "diff", p["old"], p["new"]], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("step 15: \"a; b; c;\" → \"a'; b''; c;\\' -- ?\"", run.stdout)
        self.assertNotIn("\u202e", run.stdout)  # a right-to-left override would reorder the terminal's line

    def test_a_rebuild_keeps_the_release_and_its_change_files(self):
        p = self.pairs["step-edited"]
        before = {f: read_bytes(os.path.join(p["new"], f))
                  for f in ("changes.json", "changes.sql", "changes.sqlite.sql", "manifest.json")}
        again = build(CONTENTC, p["src"], p["new"])
        self.assertEqual(again.returncode, 0, again.stderr)
        self.assertIn("is up to date", again.stderr)
        for f, data in before.items():
            self.assertEqual(read_bytes(os.path.join(p["new"], f)), data, f)

    def test_the_same_pair_gives_the_same_bytes(self):
        p = self.pairs["dose-and-snapshot"]
        out = os.path.join(self.tmp, "again")
        shutil.copytree(p["old"], out)
        self.assertEqual(build(CONTENTC, p["src"], out, "-j", "1").returncode, 0)
        for f in ("changes.json", "changes.sql", "changes.sqlite.sql", "bundle.sqlite", "manifest.json",
                  "audit/index.html"):
            self.assertEqual(read_bytes(os.path.join(out, f)), read_bytes(os.path.join(p["new"], f)), f)

    def test_previous_names_the_build_to_compare_with(self):
        p = self.pairs["exercise-added"]
        out = os.path.join(self.tmp, "elsewhere")
        run = build(CONTENTC, p["src"], out, "--previous", p["old"])
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertEqual(read_bytes(os.path.join(out, "changes.sql")), read_bytes(os.path.join(p["new"], "changes.sql")))
        # A folder that holds no build is an error, and nothing is written.
        bad = build(CONTENTC, p["src"], os.path.join(self.tmp, "never"), "--previous", p["src"])
        self.assertEqual(bad.returncode, 2)
        self.assertIn("--previous", bad.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "never")))

    def test_a_first_build_has_no_change_set(self):
        out = os.path.join(self.tmp, "first")
        run = build(CONTENTC, SOURCES, out)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("no previous build to compare with: no change set; content version 1.0.0", run.stderr)
        self.assertFalse(os.path.exists(os.path.join(out, "changes.json")))

    def test_an_edited_previous_build_is_not_trusted(self):
        p = self.pairs["step-edited"]
        out = os.path.join(self.tmp, "edited")
        shutil.copytree(p["old"], out)
        with open(os.path.join(out, "bundle.sql"), "a", encoding="utf-8") as f:
            f.write("-- edited by hand\n")
        run = build(CONTENTC, p["src"], out)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("the previous build cannot be compared: its bundle.sql is not the file its manifest lists", run.stderr)
        self.assertEqual(load_json(os.path.join(out, "manifest.json"))["content_version"], "2.0.0")
        self.assertFalse(os.path.exists(os.path.join(out, "changes.json")))

    def test_a_forged_previous_build_is_a_note_not_a_crash(self):
        """bundle.sql rows that are not what contentc writes (a row short of a column, a bare
        word for a value), with a manifest forged to match: noted, no change set."""
        import hashlib
        p = self.pairs["step-edited"]
        for n, (old, new) in enumerate([("('si-joint-pain', 'condition')", "('si-joint-pain')"),
                                        ("('si-joint-pain', 'condition')", "('si-joint-pain', condition)"),
                                        ("('si-joint-pain', 'condition')", "('si-joint-pain', 'condition)")]):
            out = os.path.join(self.tmp, f"forged-{n}")
            shutil.copytree(p["old"], out)
            path = os.path.join(out, "bundle.sql")
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertIn(old, text)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text.replace(old, new, 1))
            manifest = load_json(os.path.join(out, "manifest.json"))
            for o in manifest["outputs"]:
                if o["path"] == "bundle.sql":
                    o["sha256"] = hashlib.sha256(read_bytes(path)).hexdigest()
                    o["bytes"] = os.path.getsize(path)
            with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
                json.dump(manifest, f, indent=2)
            run = build(CONTENTC, p["src"], out)
            self.assertEqual(run.returncode, 0, run.stderr)
            self.assertIn("the previous build cannot be compared: its bundle.sql has a row of entries that does not parse",
                          run.stderr)
            diff = subprocess.run([CONTENTC, "diff", p["old"], out], capture_output=True, text=True)
            self.assertEqual(diff.returncode, 0, diff.stderr)  # out is now a real build again

    def test_a_generated_corpus_with_one_entry_in_a_hundred_changed(self):
        src, out, old = (os.path.join(self.tmp, "gen", d) for d in ("sources", "out", "old"))
        subprocess.run([GEN, "--entries", "2000", "--seed", "7", "-o", src], check=True, capture_output=True)
        self.assertEqual(build(CONTENTC, src, out).returncode, 0)
        shutil.copytree(out, old)
        changed = 0
        for root, _, files in os.walk(src):
            for f in sorted(files):
                if not f.endswith(".xml") or f == "policy.xml":
                    continue
                path = os.path.join(root, f)
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
                steps = list(re.finditer(r"<step>([^<]*)</step>", text))
                picked = steps[::100]
                for m in reversed(picked):
                    text = text[:m.start(1)] + m.group(1) + " Breathe out as you move." + text[m.end(1):]
                changed += len(picked)
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
        self.assertGreater(changed, 10)
        run = build(CONTENTC, src, out)
        self.assertEqual(run.returncode, 0, run.stderr)
        changes = load_json(os.path.join(out, "changes.json"))
        self.assertEqual(changes["counts"], {"added": 0, "removed": 0, "modified": changed})
        db = os.path.join(self.tmp, "gen.db")
        with open(os.path.join(old, "bundle.sql"), encoding="utf-8") as f:
            subprocess.run(["sqlite3", "-bail", db], stdin=f, check=True)
        with open(os.path.join(out, "changes.sql"), encoding="utf-8") as f:
            subprocess.run(["sqlite3", "-bail", db], stdin=f, check=True)
        new_db = os.path.join(self.tmp, "gen-new.db")
        with open(os.path.join(out, "bundle.sql"), encoding="utf-8") as f:
            subprocess.run(["sqlite3", "-bail", new_db], stdin=f, check=True)
        schema = key_columns(out)
        self.assertEqual(sqlite_dump(db, schema), sqlite_dump(new_db, schema))
        # And bundle.sqlite, upgraded in place: one step in a hundred re-indexed.
        upgraded = os.path.join(self.tmp, "gen-upgraded.sqlite")
        shutil.copyfile(os.path.join(old, "bundle.sqlite"), upgraded)
        self.assertEqual(upgrade(upgraded, os.path.join(out, "changes.sqlite.sql"), "-bail").returncode, 0)
        new = os.path.join(out, "bundle.sqlite")
        self.assertEqual(sqlite_file_dump(upgraded, schema), sqlite_file_dump(new, schema))
        self.assertEqual(search_hits(upgraded, SEARCH_TERMS), search_hits(new, SEARCH_TERMS))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
