#!/usr/bin/env python3
"""bundle.sql loads unchanged into the real sqlite3 (-bail) and a real PostgreSQL 15 cluster
(psql -v ON_ERROR_STOP=1); every table then holds exactly the CSV's rows, foreign keys hold,
and every hostile string comes back byte for byte from JSON, CSV, SQLite and PostgreSQL."""
import os
import subprocess
import sys
import tempfile
import unittest

from support import PostgresCluster, build, load_json, read_tables, sqlite_rows

CONTENTC, REPO = sys.argv[1], sys.argv[2]
CORPORA = {"sources": os.path.join(REPO, "sources"),
           "hostile": os.path.join(REPO, "tests", "bundle", "hostile", "sources"),
           # Signed reviews: one valid (its row in the reviews table), one voided by an edit.
           "reviewed": os.path.join(REPO, "tests", "cases", "review-stale", "sources"),
           # an article captured by contentc snapshot: a timestamp, the page's SHA-256
           "captured": os.path.join(REPO, "tests", "cases", "captured-snapshot", "sources")}


def as_cell(value, field_type):
    if value is None:
        return ""
    if field_type == "boolean":
        return "true" if value in (True, 1) else "false"
    if field_type == "datetime" and isinstance(value, str) and value.endswith("+00:00"):
        return value[:-6] + "Z"  # PostgreSQL writes UTC as +00:00: the same instant
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def walk(value):
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from walk(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from walk(v)


class SqlBundle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        os.chmod(cls.tmp.name, 0o755)
        cls.outs = {}
        for name, sources in CORPORA.items():
            out = os.path.join(cls.tmp.name, name)
            run = build(CONTENTC, sources, out)
            assert run.returncode == 0, run.stderr
            os.chmod(out, 0o755)
            cls.outs[name] = out
        cls.pg = PostgresCluster().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.pg.__exit__(None, None, None)
        cls.tmp.cleanup()

    def expected(self, out):
        package = load_json(os.path.join(out, "csv", "datapackage.json"))
        types = {r["name"]: [f["type"] for f in r["schema"]["fields"]] for r in package["resources"]}
        return read_tables(out), types

    def compare(self, name, tables, types, fetch):
        for table, (header, rows) in tables.items():
            got = [[as_cell(row[c], t) for c, t in zip(header, types[table])] for row in fetch(table, header)]
            self.assertEqual(sorted(got), sorted(rows), f"{name}: {table}")

    def test_sqlite(self):
        for name, out in self.outs.items():
            db = os.path.join(self.tmp.name, name + ".db")
            with open(os.path.join(out, "bundle.sql"), "rb") as script:
                run = subprocess.run(["sqlite3", "-bail", db], stdin=script, capture_output=True)
            self.assertEqual(run.returncode, 0, run.stderr.decode())
            check = subprocess.run(["sqlite3", db, "PRAGMA foreign_key_check;"], capture_output=True, text=True)
            self.assertEqual(check.stdout, "", f"{name}: foreign keys broken")
            tables, types = self.expected(out)
            self.compare(name, tables, types, lambda t, cols: sqlite_rows(db, t, cols))
            # Loading twice works too: the script replaces its tables.
            with open(os.path.join(out, "bundle.sql"), "rb") as script:
                self.assertEqual(subprocess.run(["sqlite3", "-bail", db], stdin=script, capture_output=True).returncode, 0)

    def test_postgresql(self):
        for name, out in self.outs.items():
            database = "bundle_" + name
            self.pg.create_database(database)
            with open(os.path.join(out, "bundle.sql"), encoding="utf-8") as script:
                run = self.pg.psql(database, "-f", "-", input=script.read(), check=False)
            self.assertEqual(run.returncode, 0, run.stderr)
            tables, types = self.expected(out)
            self.compare(name, tables, types, lambda t, cols: self.pg.rows(database, t, cols))
            # Foreign keys are enforced: a dangling reference is refused.
            bad = self.pg.psql(database, "-c", "INSERT INTO steps VALUES ('no-such-entry', 1, 'x')", check=False)
            self.assertNotEqual(bad.returncode, 0)
            self.assertIn("foreign key", bad.stderr)

    def test_hostile_strings_round_trip_everywhere(self):
        out = self.outs["hostile"]
        strings = load_json(os.path.join(REPO, "tests", "bundle", "hostile", "strings.json"))
        in_json = set(walk(load_json(os.path.join(out, "bundle.json"))))
        in_csv = {cell for _, rows in read_tables(out).values() for row in rows for cell in row}
        db = os.path.join(self.tmp.name, "hostile-roundtrip.db")
        with open(os.path.join(out, "bundle.sql"), "rb") as script:
            subprocess.run(["sqlite3", "-bail", db], stdin=script, check=True, capture_output=True)
        in_sqlite = {r["alias"] for r in sqlite_rows(db, "aliases", ["alias"])} | \
                    {r["step"] for r in sqlite_rows(db, "steps", ["step"])} | \
                    {r["quote"] for r in sqlite_rows(db, "citations", ["quote"])}
        self.pg.create_database("hostile_roundtrip")
        with open(os.path.join(out, "bundle.sql"), encoding="utf-8") as script:
            self.pg.psql("hostile_roundtrip", "-f", "-", input=script.read())
        in_pg = {r["step"] for r in self.pg.rows("hostile_roundtrip", "steps", ["step"])} | \
                {r["quote"] for r in self.pg.rows("hostile_roundtrip", "citations", ["quote"])}
        for key, s in strings.items():
            self.assertIn(s, in_json, key)
            self.assertIn(s, in_csv, key)
            self.assertIn(s, in_sqlite, key)
            self.assertIn(s, in_pg, key)
        # Nothing broke out of a literal: the tables are all still there.
        tables = self.pg.psql("hostile_roundtrip", "-A", "-t", "-c",
                              "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").stdout
        self.assertEqual(int(tables), len(read_tables(out)))


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
