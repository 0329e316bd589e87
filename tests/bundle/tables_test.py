#!/usr/bin/env python3
"""The CSV tables against their Frictionless descriptor (types, required, primary and foreign
keys), and against bundle.json: every cell equals the JSON value."""
import datetime
import json
import os
import re
import sys
import tempfile
import unittest

from support import build, load_json, read_tables

CONTENTC, REPO = sys.argv[1], sys.argv[2]
CORPORA = {"sources": os.path.join(REPO, "sources"),
           "hostile": os.path.join(REPO, "tests", "bundle", "hostile", "sources")}


def parses_as(value, field):
    kind = field["type"]
    if kind == "string":
        return True
    if kind == "integer":
        return re.fullmatch(r"-?[0-9]+", value) is not None
    if kind == "number":
        return re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value) is not None
    if kind == "boolean":
        return value in field.get("trueValues", ["true"]) + field.get("falseValues", ["false"])
    if kind == "date":
        try:
            datetime.date.fromisoformat(value)
            return True
        except ValueError:
            return False
    return False


def cell(value):
    """A JSON value as its CSV cell."""
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def rows_from_json(bundle):
    """The rows every table must hold, rebuilt from bundle.json alone."""
    t = {name: [] for name in ["entries", "articles", "conditions", "exercises", "stretches", "advice", "claims",
                               "aliases", "related_conditions", "symptoms", "equipment", "targets", "patterns",
                               "recommendations", "steps", "doses", "warnings", "advice_patterns",
                               "advice_exercises", "claim_figures", "citations", "citation_spans", "suppressions",
                               "movement_links", "reviews"]}
    def listed(table, owner, values):
        for i, v in enumerate(values, 1):
            t[table].append([owner, i, v])
    def cites(owner, context, context_ordinal, citations, counter):
        for c in citations:
            counter[0] += 1
            assert c["ordinal"] == counter[0], (owner, c)
            t["citations"].append([owner, counter[0], context, context_ordinal, c["article"], c["section"], c["quote"], c.get("quote_url")])
            for p, s in enumerate(c["spans"], 1):
                t["citation_spans"].append([owner, counter[0], p, s["start"], s["end"]])
    def common(e, kind):
        t["entries"].append([e["id"], kind])
        for i, s in enumerate(e["suppressions"], 1):
            t["suppressions"].append([e["id"], i, s["rule"], s["reason"], s["reviewer"], s["until"], s["scope"]])
        for r in e.get("reviews", []):  # articles carry none
            t["reviews"].append([e["id"], r["role"], r["reviewer"], r["reviewed"], r["due"]])
    def warnings(e):
        for i, w in enumerate(e["warnings"], 1):
            t["warnings"].append([e["id"], i, w["category"], w["text"], w["editorial"],
                                  "house" if w["source"] == "house" else None])
    for a in bundle["articles"]:
        common(a, "article")
        t["articles"].append([a["id"], a["title"], a["author"], a["publisher"], a["url"], a["retrieved"], a["license"],
                              a["snapshot"]["path"], a["snapshot"]["sha256"], a["snapshot"]["length"],
                              a["snapshot"]["captured"], a["snapshot"]["page_sha256"], a["snapshot"]["archive"]])
    for c in bundle["conditions"]:
        common(c, "condition")
        t["conditions"].append([c["id"], c["name"], c["summary"]])
        listed("aliases", c["id"], c["aliases"]); listed("related_conditions", c["id"], c["related"])
        listed("symptoms", c["id"], c["symptoms"]); warnings(c)
        n = [0]
        cites(c["id"], "entry", None, c["citations"], n)
        for i, w in enumerate(c["warnings"], 1):
            cites(c["id"], "warning", i, w["citations"], n)
    movements = [(m, "exercise") for m in bundle["exercises"]] + [(m, "stretch") for m in bundle["stretches"]]
    for m, kind in movements:
        common(m, kind)
        t["exercises" if kind == "exercise" else "stretches"].append([m["id"], m["name"], m["position"]])
        listed("aliases", m["id"], m["aliases"]); listed("equipment", m["id"], m["equipment"])
        listed("targets", m["id"], m["targets"]); listed("patterns", m["id"], m["patterns"])
        for i, f in enumerate(m["recommended_for"], 1):
            t["recommendations"].append([m["id"], i, f["condition"], f["phase"], f["severity"]])
        links = [("same-as", ref, None) for ref in m["same_as"]] + \
                [("distinct-from", d["ref"], d["reason"]) for d in m["distinct_from"]]
        for i, (relation, other, reason) in enumerate(links, 1):
            t["movement_links"].append([m["id"], i, relation, other, reason])
        for i, step in enumerate(m["steps"], 1):
            t["steps"].append([m["id"], i, step, "house" if i in m["house_steps"] else None])
        for i, d in enumerate(m["doses"], 1):
            r, h, s, f = d["reps"] or {}, d["hold"] or {}, d["sets"] or {}, d["frequency"] or {}
            t["doses"].append([m["id"], i, r.get("min"), r.get("max"), r.get("word"), h.get("min"), h.get("max"),
                               h.get("unit"), h.get("word"), s.get("min"), s.get("max"), d["side"],
                               f.get("min"), f.get("max"), f.get("per"),
                               r.get("approx"), h.get("approx"), s.get("approx"), f.get("approx")]
                              + [v for x, unit in ((r, None), (h, "unit"), (s, None), (f, "per"))
                                 for v in ([(x.get("to") or {}).get("min"), (x.get("to") or {}).get("max")]
                                           + ([(x.get("to") or {}).get(unit)] if unit else [])
                                           + [(x.get("to") or {}).get("approx")])]
                              + [d["timing"], "house" if d["source"] == "house" else None])
        warnings(m)
        n = [0]
        cites(m["id"], "entry", None, m["citations"], n)
        for i, d in enumerate(m["doses"], 1):
            cites(m["id"], "dose", i, d["citations"], n)
        for i, w in enumerate(m["warnings"], 1):
            cites(m["id"], "warning", i, w["citations"], n)
    for a in bundle["advice"]:
        common(a, "advice")
        t["advice"].append([a["id"], a["stance"], a["condition"], a["phase"], a["severity"], a["text"]])
        listed("advice_patterns", a["id"], a["patterns"]); listed("advice_exercises", a["id"], a["exercises"])
        cites(a["id"], "entry", None, a["citations"], [0])
    for c in bundle["claims"]:
        common(c, "claim")
        e = c["effect"] or {}
        t["claims"].append([c["id"], c["about"], c["topic"], c["text"], e.get("factor"), e.get("direction"), c["phase"]])
        for i, f in enumerate(c["figures"], 1):
            t["claim_figures"].append([c["id"], i, f["value"], f["unit"], f["sample"], f["text"]])
        cites(c["id"], "entry", None, c["citations"], [0])
    return t


class Tables(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.outs = {}
        for name, sources in CORPORA.items():
            out = os.path.join(cls.tmp.name, name)
            run = build(CONTENTC, sources, out)
            assert run.returncode == 0, run.stderr
            cls.outs[name] = out

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_csv_matches_its_datapackage(self):
        for name, out in self.outs.items():
            package = load_json(os.path.join(out, "csv", "datapackage.json"))
            self.assertEqual(package["profile"], "tabular-data-package")
            tables = read_tables(out)
            resources = {r["name"]: r for r in package["resources"]}
            self.assertEqual(sorted(os.listdir(os.path.join(out, "csv"))),
                             sorted([r["path"] for r in package["resources"]] + ["datapackage.json"]))
            for rname, resource in resources.items():
                schema = resource["schema"]
                fields = schema["fields"]
                header, rows = tables[rname]
                self.assertEqual(header, [f["name"] for f in fields], rname)
                for row in rows:
                    self.assertEqual(len(row), len(fields), (rname, row))
                    for value, field in zip(row, fields):
                        if value in schema["missingValues"]:
                            self.assertFalse(field["constraints"]["required"], (name, rname, field["name"], row))
                        else:
                            self.assertTrue(parses_as(value, field), (name, rname, field["name"], value))
                pk = [header.index(k) for k in schema["primaryKey"]]
                keys = [tuple(row[i] for i in pk) for row in rows]
                self.assertEqual(len(keys), len(set(keys)), f"{name}: duplicate primary key in {rname}")
                for fk in schema.get("foreignKeys", []):
                    target = fk["reference"]["resource"] or rname
                    theader, trows = tables[target]
                    tidx = [theader.index(f) for f in fk["reference"]["fields"]]
                    present = {tuple(r[i] for i in tidx) for r in trows}
                    idx = [header.index(f) for f in fk["fields"]]
                    for row in rows:
                        key = tuple(row[i] for i in idx)
                        if all(key):
                            self.assertIn(key, present, f"{name}: {rname}.{fk['fields']} → {target}")

    def test_every_cell_equals_the_json_value(self):
        for name, out in self.outs.items():
            bundle = load_json(os.path.join(out, "bundle.json"))
            expected = rows_from_json(bundle)
            tables = read_tables(out)
            self.assertEqual(sorted(tables), sorted(expected))
            for table, rows in expected.items():
                want = [[cell(v) for v in row] for row in rows]
                got = tables[table][1]
                if table in ("citations", "citation_spans"):  # bundle.json holds movements by kind
                    want.sort(key=lambda r: (r[0], int(r[1]), int(r[2]) if table == "citation_spans" else 0))
                    got = sorted(got, key=lambda r: (r[0], int(r[1]), int(r[2]) if table == "citation_spans" else 0))
                self.assertEqual(got, want, f"{name}: {table}")

    def test_csv_dialect(self):
        raw = open(os.path.join(self.outs["hostile"], "csv", "aliases.csv"), "rb").read()
        self.assertTrue(raw.startswith(b"entry_id,ordinal,alias\r\n"))
        self.assertIn(b'"a,b""c""""d, e"', raw)

    def test_spreadsheet_safe_prefixes_formulas_only_in_csv(self):
        with tempfile.TemporaryDirectory() as tmp:
            run = build(CONTENTC, CORPORA["hostile"], tmp + "/out", "--spreadsheet-safe")
            self.assertEqual(run.returncode, 0, run.stderr)
            aliases = [r[2] for r in read_tables(tmp + "/out")["aliases"][1]]
            self.assertIn("'=HYPERLINK(\"http://x\",\"y\")", aliases)
            self.assertIn("'+1+2", aliases)
            self.assertIn("'-2+3", aliases)
            self.assertIn("'@SUM(1)", aliases)
            figures = read_tables(tmp + "/out")["claim_figures"][1]
            self.assertEqual(figures[0][2], "-2.5", "numbers are never prefixed")
            bundle = load_json(tmp + "/out/bundle.json")
            self.assertIn("=HYPERLINK(\"http://x\",\"y\")", bundle["conditions"][0]["aliases"])


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
