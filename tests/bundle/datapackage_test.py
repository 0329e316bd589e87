#!/usr/bin/env python3
"""csv/datapackage.json validates against Frictionless's Tabular Data Package profile (its JSON
Schema, draft 4, with formats) and says what contentc knows of the package honestly: its name,
the content version, when it was made (SOURCE_DATE_EPOCH, or the build's day; a rebuild of the
same release keeps its time), the articles as sources with their URLs, their authors as
contributors, and licences only when policy.xml declares them.

The profile is the one Frictionless Data publishes in its JavaScript library, the npm package
`datapackage` (github.com/frictionlessdata/datapackage-js, lib/profiles/tabular-data-package.json),
pinned in tools/npm/package.json and installed by tools/setup --test."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import jsonschema

from support import build, load_json

CONTENTC, REPO = sys.argv[1], sys.argv[2]
PROFILE = os.path.join(REPO, "tools", "npm", "node_modules", "datapackage", "lib", "profiles",
                       "tabular-data-package.json")
LICENSE = ('<license name="CC-BY-4.0" path="https://creativecommons.org/licenses/by/4.0/" '
           'title="Creative Commons Attribution 4.0 International"/>\n')


def with_license(policy_xml):
    """policy.xml with a licence declared after its reviews (or before its house rules)."""
    for anchor in ("  <rule ", "</policy>"):
        if anchor in policy_xml:
            i = policy_xml.index(anchor)
            return policy_xml[:i] + "  " + LICENSE + policy_xml[i:]
    raise AssertionError("no place for a licence")


class DataPackage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.profile = load_json(PROFILE)
        cls.tmp = tempfile.mkdtemp(prefix="contentc-datapackage-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def built(self, sources, name, *extra, env=None):
        out = os.path.join(self.tmp, name)
        run = build(CONTENTC, sources, out, *extra, env=env) if env is None else \
            subprocess.run([CONTENTC, "build", sources, "-o", out, *extra], capture_output=True, text=True, env=env)
        self.assertEqual(run.returncode, 0, run.stderr)
        return out, load_json(os.path.join(out, "csv", "datapackage.json")), load_json(os.path.join(out, "manifest.json"))

    def assertValid(self, package):
        validator = jsonschema.Draft4Validator(self.profile, format_checker=jsonschema.FormatChecker())
        self.assertEqual([f"{list(e.path)}: {e.message}" for e in validator.iter_errors(package)], [])

    def test_the_shipped_sources_and_hostile_strings_validate(self):
        for corpus in ("sources", os.path.join("tests", "bundle", "hostile", "sources")):
            _, package, _ = self.built(os.path.join(REPO, corpus), corpus.replace("/", "-"))
            self.assertValid(package)

    def test_it_says_what_contentc_knows(self):
        sources = os.path.join(REPO, "sources")
        out, package, manifest = self.built(sources, "known")
        self.assertEqual(package["name"], "contentc-bundle")
        self.assertEqual(package["version"], manifest["content_version"])
        self.assertEqual(package["format_version"], manifest["format_version"])
        self.assertEqual(package["created"], "2026-06-01T00:00:00Z")  # the build's day: --today
        self.assertEqual(package["created"], manifest["created"])
        bundle = load_json(os.path.join(out, "bundle.json"))
        articles = sorted(bundle["articles"], key=lambda a: a["id"])
        self.assertEqual(package["sources"], [{"title": a["title"], **({"path": a["url"]} if a.get("url") else {})}
                                              for a in articles])
        authors = [c["title"] for c in package["contributors"]]
        self.assertEqual(sorted(set(authors)), sorted({a["author"] for a in articles}))
        self.assertEqual(len(authors), len(set(authors)), "each author once")
        self.assertTrue(all(c["role"] == "author" for c in package["contributors"]))
        self.assertNotIn("licenses", package, "no licence is guessed")

    def test_source_date_epoch_is_the_time_and_a_rebuild_keeps_it(self):
        sources = os.path.join(self.tmp, "epoch-sources")
        shutil.copytree(os.path.join(REPO, "sources"), sources)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1780000000")
        out, package, _ = self.built(sources, "epoch", env=env)
        self.assertEqual(package["created"], "2026-05-28T20:26:40Z")
        # The same release built again later keeps its time; a new release gets the new one.
        later = dict(os.environ, SOURCE_DATE_EPOCH="1790000000")
        _, again, _ = self.built(sources, "epoch", env=later)
        self.assertEqual(again["created"], "2026-05-28T20:26:40Z")
        with open(os.path.join(sources, "exercises.xml"), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(sources, "exercises.xml"), "w", encoding="utf-8") as f:
            f.write(text.replace("<step>Sit up tall and engage your core.</step>",
                                 "<step>Sit up tall and engage your core gently.</step>", 1))
        _, changed, manifest = self.built(sources, "epoch", env=later)
        self.assertEqual(changed["created"], "2026-09-21T14:13:20Z")
        self.assertEqual(changed["version"], manifest["content_version"])
        self.assertNotEqual(changed["version"], again["version"])

    def test_a_licence_only_when_the_policy_declares_one(self):
        sources = os.path.join(self.tmp, "licensed-sources")
        shutil.copytree(os.path.join(REPO, "sources"), sources)
        policy = os.path.join(sources, "policy.xml")
        with open(policy, encoding="utf-8") as f:
            text = f.read()
        with open(policy, "w", encoding="utf-8") as f:
            f.write(with_license(text))
        _, package, _ = self.built(sources, "licensed")
        self.assertValid(package)
        self.assertEqual(package["licenses"], [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                                                "title": "Creative Commons Attribution 4.0 International"}])
        shown = subprocess.run([CONTENTC, "policy", "show", sources], capture_output=True, text=True)
        self.assertEqual(shown.returncode, 0, shown.stderr)
        self.assertRegex(shown.stdout, r'<license name="CC-BY-4\.0" path="https://creativecommons\.org/licenses/by/4\.0/" '
                                       r'title="Creative Commons Attribution 4\.0 International"/>  <!-- \S*policy\.xml:\d+ -->')
        # A name that is no licence identifier is a finding at its place; nothing is written.
        with open(policy, "w", encoding="utf-8") as f:
            f.write(with_license(text).replace('name="CC-BY-4.0"', 'name="CC BY 4.0"'))
        run = subprocess.run([CONTENTC, "check", sources, "--today", "2026-06-01"], capture_output=True, text=True)
        self.assertEqual(run.returncode, 1)
        self.assertRegex(run.stdout, r"policy\.xml:\d+:\d+: error: .*licence identifier.*\[schema-violation\]")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
