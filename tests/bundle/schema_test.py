#!/usr/bin/env python3
"""bundle.json validates against schema/bundle.schema.json (JSON Schema 2020-12, with formats),
for the real sources and the hostile-strings fixture; the schema passes its metaschema."""
import json
import os
import sys
import tempfile
import unittest

import jsonschema

from support import build, load_json

CONTENTC, REPO = sys.argv[1], sys.argv[2]


class BundleSchema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.schema = load_json(os.path.join(REPO, "schema", "bundle.schema.json"))

    def test_schema_passes_its_metaschema(self):
        jsonschema.Draft202012Validator.check_schema(self.schema)

    def validate(self, sources):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out")
            run = build(CONTENTC, sources, out)
            self.assertEqual(run.returncode, 0, run.stderr)
            bundle = load_json(os.path.join(out, "bundle.json"))
            validator = jsonschema.Draft202012Validator(self.schema, format_checker=jsonschema.FormatChecker())
            errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(bundle)]
            self.assertEqual(errors, [])
            return bundle

    def test_real_sources(self):
        bundle = self.validate(os.path.join(REPO, "sources"))
        self.assertEqual(len(bundle["articles"]), 5)

    def test_hostile_strings(self):
        self.validate(os.path.join(REPO, "tests", "bundle", "hostile", "sources"))

    def test_schema_rejects_what_it_must(self):
        bundle = load_json(os.path.join(REPO, "out", "bundle.json"))
        validator = jsonschema.Draft202012Validator(self.schema)
        bundle["exercises"][0]["doses"][0]["reps"] = {"min": 8}
        bundle["claims"][0]["surprise"] = True
        self.assertEqual(len(list(validator.iter_errors(bundle))), 2)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
