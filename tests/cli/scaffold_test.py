#!/usr/bin/env python3
"""contentc init and contentc new, through the real clients.

init: the repository it creates checks clean and builds; its workflow is valid YAML (python3-yaml)
with the steps a content team needs; pre-commit (the real one) accepts its configuration and this
repository's .pre-commit-hooks.yaml, and its hook passes on the new repository and fails on a
broken quote; a second init, an init into a file or a non-empty folder is refused and changes
nothing.
new: each kind's skeleton is valid against schema/content.xsd as printed and when added with
--in; filled with example values it checks clean apart from the findings named below.

usage: scaffold_test.py CONTENTC REPOSITORY_ROOT
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:  # a python3 of its own on PATH: Debian's has python3-yaml (tools/setup)
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    raise

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from file_tree import snapshot  # noqa: E402

CONTENTC, ROOT = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
FAILURES = []


def run(*args, cwd=None, env=None):
    return subprocess.run([CONTENTC, *args], capture_output=True, text=True, cwd=cwd, env=env)


def expect(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def rule_ids(stdout):
    return sorted(set(re.findall(r"\[([a-z-]+)\]$", stdout, re.M)))


def test_init(tmp):
    repo = os.path.join(tmp, "a", "content")  # parents are created too
    p = run("init", repo)
    expect(p.returncode == 0, f"init: exit {p.returncode}: {p.stderr}")
    expected = {".github/workflows/contentc.yml", ".gitignore", ".pre-commit-config.yaml", "README.md",
                "sources/policy.xml", "sources/articles/example-article.xml", "sources/articles/example-article.txt",
                "sources/conditions.xml", "sources/exercises.xml", "sources/stretches.xml", "sources/advice.xml",
                "sources/claims.xml"}
    expect(set(snapshot(repo)) == expected, f"init wrote {sorted(snapshot(repo))}")
    for f in expected:
        expect(f in p.stdout, f"init does not list {f}")

    # It checks clean: as the repository, as its sources/, and from inside with no argument.
    for args, cwd in ((["check", repo], None), (["check", os.path.join(repo, "sources")], None), (["check"], repo)):
        c = run(*args, cwd=cwd)
        expect(c.returncode == 0 and ": 0 errors, 0 warnings" in c.stderr and c.stdout == "",
               f"{args} in {cwd}: exit {c.returncode}: {c.stdout}{c.stderr}")
    # One entry of each kind, all citing the example article.
    c = run("check", repo)
    expect("checked 6 entries in 7 files" in c.stderr, f"init's entries: {c.stderr}")
    b = run("build", repo)
    expect(b.returncode == 0 and os.path.isfile(os.path.join(repo, "out", "bundle.json")), f"build: {b.stderr}")
    with open(os.path.join(repo, ".gitignore")) as fh:
        expect("/out/" in fh.read().split(), ".gitignore does not ignore /out/")

    # The schema hrefs name schemas that exist: the installed ones, or from a build tree the
    # source tree's (editor completion breaks silently on an href that leads nowhere).
    for f in expected:
        if f.endswith(".xml"):
            with open(os.path.join(repo, f)) as fh:
                href = re.search(r'<\?xml-model href="([^"]+)"', fh.read())
            name = "policy.xsd" if f.endswith("policy.xml") else "content.xsd"
            expect(href and href.group(1).endswith("/schema/" + name) and href.group(1).startswith("/")
                   and os.path.isfile(href.group(1)), f"{f}: xml-model href {href and href.group(1)}")
            x = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(ROOT, "schema", name),
                                os.path.join(repo, f)], capture_output=True, text=True)
            expect(x.returncode == 0, f"{f} is not valid against {name}: {x.stderr}")

    # The workflow: valid YAML with the steps named in the README.
    with open(os.path.join(repo, ".github", "workflows", "contentc.yml")) as fh:
        workflow = yaml.safe_load(fh)
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true
    expect(set(on) == {"push", "pull_request"}, f"workflow triggers: {on}")
    expect(workflow["permissions"].get("security-events") == "write", "workflow cannot upload SARIF")
    steps = workflow["jobs"]["content"]["steps"]
    runs = " ".join(s.get("run", "") for s in steps)
    uses = [s.get("uses", "") for s in steps]
    expect("apt-get install" in runs and "contentc.deb" in runs and "contentc --version" in runs,
           "workflow does not install contentc")
    expect(workflow["env"]["CONTENTC_DEB_URL"].endswith(".deb"), "workflow has no package URL")
    expect("contentc check --format github" in runs, "workflow does not annotate with --format github")
    expect('--baseline "$base.sarif" --only-new' in runs, "workflow does not annotate pull requests by baseline")
    expect(any(s.get("with", {}).get("fetch-depth") == 0 for s in steps), "workflow does not fetch the base branch")
    expect("contentc check --format sarif > contentc.sarif" in runs, "workflow writes no SARIF")
    sarif_step = next((s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")), None)
    expect(sarif_step is not None and sarif_step["with"]["sarif_file"] == "contentc.sarif"
           and sarif_step.get("if") == "always()", f"upload-sarif step: {sarif_step}")
    expect("contentc build -o out" in runs, "workflow does not build")
    artefact = next((s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")), None)
    expect(artefact is not None and artefact["with"]["path"] == "out/", f"artefact step: {artefact}")
    expect(any(u.startswith("actions/checkout@") for u in uses), "workflow does not check out")

    # pre-commit: the configuration and this repository's hook manifest are valid, and the hook
    # runs contentc: clean on the new repository, failing on a broken quote.
    env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(CONTENTC)) + os.pathsep + os.environ["PATH"],
               PRE_COMMIT_HOME=os.path.join(tmp, "pre-commit-home"), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t")
    v = subprocess.run(["pre-commit", "validate-config", ".pre-commit-config.yaml"], cwd=repo, env=env,
                       capture_output=True, text=True)
    expect(v.returncode == 0, f"pre-commit validate-config: {v.stdout}{v.stderr}")
    v = subprocess.run(["pre-commit", "validate-manifest", os.path.join(ROOT, ".pre-commit-hooks.yaml")], env=env,
                       capture_output=True, text=True)
    expect(v.returncode == 0, f"pre-commit validate-manifest: {v.stdout}{v.stderr}")
    shutil.rmtree(os.path.join(repo, "out"))
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    h = subprocess.run(["pre-commit", "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True)
    expect(h.returncode == 0 and "contentc check" in h.stdout and "Passed" in h.stdout,
           f"pre-commit on a clean repository: exit {h.returncode}: {h.stdout}{h.stderr}")
    advice = os.path.join(repo, "sources", "advice.xml")
    with open(advice) as fh:
        text = fh.read()
    with open(advice, "w") as fh:
        fh.write(text.replace("in and out of a car.</cite>", "in and out of a bus.</cite>"))
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    h = subprocess.run(["pre-commit", "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True)
    expect(h.returncode != 0 and "quote-not-found" in h.stdout, f"pre-commit on a broken quote: {h.stdout}")
    with open(advice, "w") as fh:
        fh.write(text)

    # The workflow's pull-request steps, run as GitHub runs them (bash -e) against a real base
    # branch that has one broken quote; the pull request keeps it and breaks another: only the
    # new one is annotated, and it fails the step.
    exercises = os.path.join(repo, "sources", "exercises.xml")
    with open(advice, "w") as fh:
        fh.write(text.replace("in and out of a car.</cite>", "in and out of a bus.</cite>"))
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "base", "--no-verify"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "branch", "-M", "main"], cwd=repo, check=True, env=env)
    origin = os.path.join(tmp, "origin.git")
    subprocess.run(["git", "clone", "-q", "--bare", repo, origin], check=True, env=env)
    subprocess.run(["git", "remote", "add", "origin", origin], cwd=repo, check=True, env=env)
    subprocess.run(["git", "fetch", "-q", "origin"], cwd=repo, check=True, env=env)
    with open(exercises) as fh:
        ex = fh.read()
    with open(exercises, "w") as fh:
        fh.write(ex.replace("Hold for 5 seconds, then relax. Repeat 10 times.</cite>", "Hold for 6 seconds, then relax. Repeat 10 times.</cite>"))
    runner_temp = os.path.join(tmp, "runner-temp")
    os.mkdir(runner_temp)
    os.mkdir(os.path.join(tmp, "home"))
    gh_env = dict(env, GITHUB_EVENT_NAME="pull_request", GITHUB_BASE_REF="main", RUNNER_TEMP=runner_temp,
                  HOME=os.path.join(tmp, "home"))
    for step in (s for s in steps if s.get("name", "").startswith("The base branch")):
        expect(step.get("if") == "github.event_name == 'pull_request'", f"base step runs on: {step.get('if')}")
        r = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repo, env=gh_env, capture_output=True, text=True)
        expect(r.returncode == 0 and os.path.getsize(os.path.join(runner_temp, "contentc-base.sarif")) > 0,
               f"base step: exit {r.returncode}: {r.stderr}")
    annotate = next(s for s in steps if s.get("name") == "Check (annotations)")
    r = subprocess.run(["bash", "-e", "-c", annotate["run"]], cwd=repo, env=gh_env, capture_output=True, text=True)
    errors = [l for l in r.stdout.splitlines() if l.startswith("::error")]
    # The changed quote draws two findings (its quote, and the hold it no longer supports).
    expect(r.returncode == 1 and len(errors) == 2 and all("exercises.xml" in e for e in errors)
           and "against the baseline: 2 new, 0 updated, 1 unchanged" in r.stderr,
           f"annotations on the pull request: exit {r.returncode}: {r.stdout}{r.stderr}")
    # On a push (no pull request), every finding is annotated.
    r = subprocess.run(["bash", "-e", "-c", annotate["run"]], cwd=repo, env=dict(gh_env, GITHUB_EVENT_NAME="push"),
                       capture_output=True, text=True)
    expect(len([l for l in r.stdout.splitlines() if l.startswith("::error")]) == 3, f"annotations on a push: {r.stdout}")
    with open(advice, "w") as fh:
        fh.write(text)
    with open(exercises, "w") as fh:
        fh.write(ex)

    # Refusals: a second init, a file, a non-empty folder. Nothing changes.
    before = snapshot(repo)
    again = run("init", repo)
    expect(again.returncode == 2 and "is not empty" in again.stderr, f"second init: {again.returncode} {again.stderr}")
    expect(snapshot(repo) == before, "a refused init changed the repository")
    afile = os.path.join(tmp, "afile")
    with open(afile, "w") as fh:
        fh.write("mine\n")
    f = run("init", afile)
    expect(f.returncode == 2 and "is not a folder" in f.stderr, f"init into a file: {f.stderr}")
    busy = os.path.join(tmp, "busy")
    os.mkdir(busy)
    with open(os.path.join(busy, "notes.md"), "w") as fh:
        fh.write("mine\n")
    n = run("init", busy)
    expect(n.returncode == 2 and "notes.md" in n.stderr and os.listdir(busy) == ["notes.md"],
           f"init into a non-empty folder: {n.stderr} {os.listdir(busy)}")
    # A folder it cannot write into: nothing left behind.
    locked = os.path.join(tmp, "locked")
    os.mkdir(locked, 0o555)
    if os.geteuid() != 0:
        l = run("init", os.path.join(locked, "repo"))
        expect(l.returncode == 2 and os.listdir(locked) == [], f"init into a read-only folder: {l.stderr}")
    return repo


# What a filled skeleton must still draw: the optional parts it leaves commented out.
MUST_DRAW = {
    "article": ["unused-article"],        # nothing cites the new article yet
    "condition": ["missing-warning"],     # the policy's see-provider warning is commented out
    "exercise": ["dose-missing", "missing-warning"],  # no dose, no stop-if-pain warning yet
    "stretch": ["dose-missing", "missing-warning"],
    "advice": [],
    "claim": [],
}

FILL = [
    (r'article="todo"', 'article="example-article"'),
    (r'(about|condition)="todo"', r'\1="pelvic-girdle-pain"'),
    (r"<snapshot>todo</snapshot>", "<snapshot>articles/example-article.txt</snapshot>"),
    (r">TODO</cite>", ">Women who stay active in pregnancy often report less pelvic pain.</cite>"),
    (r"TODO", "Sample"),  # two syllables: a step of it reads below the shared policy's grade 8
]


def test_new(tmp, repo):
    claims = os.path.join(repo, "sources", "claims.xml")
    with open(claims) as fh:
        original = fh.read()
    for kind, must_draw in MUST_DRAW.items():
        p = run("new", kind, f"new-{kind}")
        expect(p.returncode == 0 and f'<{kind} id="new-{kind}"' in p.stdout, f"new {kind}: {p.stderr}")
        skeleton = p.stdout
        expect("TODO" in skeleton or "todo" in skeleton, f"new {kind} has no placeholder")
        # As printed, added with --in: the file stays valid against the schema.
        a = run("new", kind, f"new-{kind}", "--in", claims)
        expect(a.returncode == 0, f"new {kind} --in: {a.stderr}")
        with open(claims) as fh:
            added = fh.read()
        expect(added == original.replace("</content>", skeleton + "</content>"),
               f"new {kind} --in did not add the skeleton before </content>")
        x = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(ROOT, "schema", "content.xsd"), claims],
                           capture_output=True, text=True)
        expect(x.returncode == 0, f"new {kind}, as printed, is not valid: {x.stderr}")
        # The placeholders draw findings: the entry cannot slip through unfilled.
        c = run("check", repo)
        expect(c.returncode == 1, f"an unfilled {kind} checks clean: {c.stdout}")
        # A second --in with the same id is refused and changes nothing.
        d = run("new", kind, f"new-{kind}", "--in", claims)
        with open(claims) as fh:
            expect(d.returncode == 2 and "already holds" in d.stderr and fh.read() == added,
                   f"a duplicate id was added: {d.stderr}")
        # Filled with example values: valid, and only the findings named above.
        filled = skeleton
        for pattern, value in FILL:
            filled = re.sub(pattern, value, filled)
        with open(claims, "w") as fh:
            fh.write(original.replace("</content>", filled + "</content>"))
        x = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(ROOT, "schema", "content.xsd"), claims],
                           capture_output=True, text=True)
        expect(x.returncode == 0, f"new {kind}, filled, is not valid: {x.stderr}")
        c = run("check", repo)
        expect(rule_ids(c.stdout) == sorted(must_draw), f"new {kind}, filled, draws {rule_ids(c.stdout)}: {c.stdout}")
        with open(claims, "w") as fh:
            fh.write(original)
    # Refusals: unknown kind, bad id, a file that is not a content file; nothing changes.
    u = run("new", "exercize", "x")
    expect(u.returncode == 2 and "did you mean 'exercise'" in u.stderr, f"unknown kind: {u.stderr}")
    b = run("new", "exercise", "Pelvic Tilt")
    expect(b.returncode == 2 and "pelvic-tilt" in b.stderr, f"bad id: {b.stderr}")
    policy = os.path.join(repo, "sources", "policy.xml")
    before = snapshot(repo)
    w = run("new", "exercise", "x", "--in", policy)
    expect(w.returncode == 2 and "not a content file" in w.stderr, f"--in policy.xml: {w.stderr}")
    broken = os.path.join(tmp, "broken.xml")
    with open(broken, "w") as fh:
        fh.write("<content><exercise>")
    m = run("new", "exercise", "x", "--in", broken)
    with open(broken) as fh:
        expect(m.returncode == 2 and "not well-formed" in m.stderr and fh.read() == "<content><exercise>",
               f"--in a broken file: {m.stderr}")
    nofolder = run("new", "exercise", "x", "--in", os.path.join(tmp, "no-such-folder", "new.xml"))
    expect(nofolder.returncode == 2 and "does not exist" in nofolder.stderr, f"--in in a missing folder: {nofolder.stderr}")
    expect(snapshot(repo) == before, "a refused new changed the repository")
    # --in a file that does not exist yet creates it: a whole content file, valid against the
    # schema its xml-model line names (one that exists, from a build tree too).
    created = os.path.join(tmp, "created.xml")
    c = run("new", "stretch", "new-stretch", "--in", created)
    expect(c.returncode == 0 and "created stretch 'new-stretch' in" in c.stderr, f"--in a new file: {c.stderr}")
    with open(created) as fh:
        made = fh.read()
    href = re.search(r'<\?xml-model href="([^"]+)"', made)
    expect(href is not None and os.path.isfile(href.group(1)), f"the new file's xml-model href leads nowhere: {made[:200]}")
    x = subprocess.run(["xmllint", "--noout", "--schema", href.group(1) if href else "", created], capture_output=True, text=True)
    expect(x.returncode == 0 and 'id="new-stretch"' in made, f"the created file is not valid: {x.stderr}")
    # --file prints the same whole file instead.
    f = run("new", "stretch", "new-stretch", "--file")
    expect(f.returncode == 0 and f.stdout == made, f"--file: {f.stderr}")
    both = run("new", "stretch", "x", "--file", "--in", created)
    expect(both.returncode == 2 and "give one of them" in both.stderr, f"--file with --in: {both.stderr}")
    # A symbolic link stays a link; the file it points at gets the entry.
    link = os.path.join(tmp, "link.xml")
    os.symlink(claims, link)
    k = run("new", "claim", "linked-claim", "--in", link)
    with open(claims) as fh:
        expect(k.returncode == 0 and os.path.islink(link) and 'id="linked-claim"' in fh.read(), f"--in a link: {k.stderr}")
    with open(claims, "w") as fh:
        fh.write(original)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        repo = test_init(tmp)
        test_new(tmp, repo)
    if FAILURES:
        sys.exit(f"{len(FAILURES)} failure(s)")
    print("scaffold test passed")


main()
