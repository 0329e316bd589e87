#!/usr/bin/env bash
# One golden case of `contentc fix`: CASE/before is a sources folder, CASE/after what fix must
# leave, CASE/expected.txt what it prints, CASE/expected.diff what --dry-run prints.
#   fix_case.sh CONTENTC CASE [--update]
# Checks, through the real tools: --dry-run changes nothing and its diff applies with git apply
# and with patch -p1 to give after/; fix gives after/ and prints expected.txt; a second run
# finds nothing to fix and changes nothing; no finding with a certain fix is left; a file that
# is not well-formed is left byte for byte.
set -euo pipefail
contentc=$(realpath "$1") case_dir=$(cd "$2" && pwd) update=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL ($(basename "$case_dir")): $*" >&2; exit 1; }

cd "$work"
cp -r "$case_dir/before" src
"$contentc" fix src --dry-run >dry.diff 2>dry.err || fail "--dry-run exited $?: $(cat dry.err)"
diff -r "$case_dir/before" src >/dev/null || fail "--dry-run changed the sources"
"$contentc" fix src >fix.out 2>fix.err || fail "fix exited $?: $(cat fix.err)"
if [[ $update == --update ]]; then
  cp dry.diff "$case_dir/expected.diff"
  cp fix.out "$case_dir/expected.txt"
  rm -rf "$case_dir/after"
  cp -r src "$case_dir/after"
  echo "updated $(basename "$case_dir")"
  exit 0
fi
diff -u "$case_dir/expected.diff" dry.diff || fail "--dry-run printed another diff"
diff -u "$case_dir/expected.txt" fix.out || fail "fix printed other changes"
diff -r "$case_dir/after" src || fail "fix left other sources than after/"

# The dry run's diff is a real patch: both git apply and patch take it.
for tool in "git apply" "patch -p1 --quiet"; do
  rm -rf applied && mkdir applied && cp -r "$case_dir/before" applied/src
  (cd applied && $tool <../dry.diff) || fail "$tool refused the --dry-run diff"
  diff -r "$case_dir/after" applied/src || fail "$tool applied the diff into other sources"
done

# Idempotent: a second run has nothing to do.
before_second=$(find src -type f -exec sha256sum {} + | sort)
"$contentc" fix src >again.out 2>again.err || fail "second fix exited $?"
[[ ! -s again.out ]] || fail "second fix changed: $(cat again.out)"
grep -q "^nothing to fix" again.err || fail "second fix said: $(cat again.err)"
[[ $(find src -type f -exec sha256sum {} + | sort) == "$before_second" ]] || fail "second fix wrote"

# No finding with a certain fix is left.
"$contentc" check src --format json >findings.json 2>/dev/null || true
python3 - findings.json <<'PY' || fail "a certain fix is still offered after fix"
import json, sys
left = [f for f in json.load(open(sys.argv[1])) if f.get("fix", {}).get("certain")]
for f in left:
    print(f"{f['file']}:{f['line']}: {f['rule']}: {f['fix']['description']}", file=sys.stderr)
sys.exit(1 if left else 0)
PY

# A file that is not well-formed: untouched, and said so.
if [[ -f "$case_dir/before/broken.xml" ]]; then
  cmp "$case_dir/before/broken.xml" src/broken.xml || fail "a file that is not well-formed was changed"
  grep -q "src/broken.xml: not well-formed XML; no fix applied to it" fix.err ||
    fail "fix did not say it left broken.xml alone: $(cat fix.err)"
fi
echo "ok $(basename "$case_dir")"
