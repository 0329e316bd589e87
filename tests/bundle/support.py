"""Shared helpers for the bundle tests: run contentc, read the CSV tables, and start a real
PostgreSQL 15 cluster (initdb + pg_ctl on a Unix socket in a temporary folder, as the postgres
user when run as root)."""
import csv
import io
import json
import os
import pwd
import shutil
import subprocess
import tempfile

PG_BIN = "/usr/lib/postgresql/15/bin"


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build(contentc, sources, out, *extra, env=None):
    """Runs `contentc build SOURCES -o OUT`; returns the CompletedProcess."""
    return subprocess.run([contentc, "build", sources, "-o", out, "--today", "2026-06-01", *extra],
                          capture_output=True, text=True, env=env)


def read_tables(out):
    """{table name: (header, rows)} from OUT/csv/*.csv, parsed as RFC 4180."""
    tables = {}
    package = load_json(os.path.join(out, "csv", "datapackage.json"))
    for resource in package["resources"]:
        with open(os.path.join(out, "csv", resource["path"]), encoding="utf-8", newline="") as f:
            text = f.read()
        rows = list(csv.reader(io.StringIO(text, newline="")))
        tables[resource["name"]] = (rows[0], rows[1:])
    return tables


def sqlite_rows(db, table, columns):
    """Rows of a table as strings the way CSV spells them (NULL → '', 1/0 → true/false for
    boolean columns is done by the caller)."""
    out = subprocess.run(["sqlite3", "-bail", "-json", db,
                          f"SELECT {', '.join(columns)} FROM {table}"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out) if out.strip() else []


class PostgresCluster:
    """A throwaway PostgreSQL cluster listening only on a Unix socket in a temp folder."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="contentc-pg-")
        os.chmod(self.dir, 0o755)
        self.data = os.path.join(self.dir, "data")
        self.socket = self.dir
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            uid = pwd.getpwnam("postgres")
            os.chown(self.dir, uid.pw_uid, uid.pw_gid)

    def _run(self, *cmd, check=True, input=None):
        if self.user:
            cmd = ("runuser", "-u", self.user, "--") + cmd
        return subprocess.run(cmd, capture_output=True, text=True, check=check, input=input)

    def __enter__(self):
        self._run(f"{PG_BIN}/initdb", "-D", self.data, "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "-A", "trust")
        self._run(f"{PG_BIN}/pg_ctl", "-D", self.data, "-w", "-l", os.path.join(self.dir, "log"),
                  "-o", f"-k {self.socket} -c listen_addresses='' -c fsync=off", "start")
        return self

    def __exit__(self, *exc):
        self._run(f"{PG_BIN}/pg_ctl", "-D", self.data, "-w", "-m", "fast", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)

    def psql(self, database, *args, input=None, check=True):
        return self._run(f"{PG_BIN}/psql", "-h", self.socket, "-U", "postgres", "-d", database,
                         "-X", "-q", "-v", "ON_ERROR_STOP=1", *args, input=input, check=check)

    def create_database(self, name):
        self.psql("postgres", "-c", f"CREATE DATABASE {name} ENCODING 'UTF8'")

    def rows(self, database, table, columns):
        """Rows as JSON objects (json_agg keeps every value exact)."""
        out = self.psql(database, "-A", "-t", "-c",
                        f"SELECT coalesce(json_agg(t), '[]') FROM (SELECT {', '.join(columns)} "
                        f"FROM {table}) t").stdout
        return json.loads(out)
