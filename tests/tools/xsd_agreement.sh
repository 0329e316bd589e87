#!/usr/bin/env bash
# Keeps contentc's own structural checks and schema/*.xsd in step, using the real xmllint:
#   1. every file in sources/ and policies/ and every valid fixture validates with xmllint, and the valid
#      fixtures load in contentc with no finding that is not suppressed;
#   2. every invalid fixture (tests/schema/invalid/*.xml, named policy-* for policy files) is
#      rejected by xmllint AND by contentc, with the rule its first line names.
# (A <!DOCTYPE> is rejected by contentc alone: an XSD cannot forbid one. tests/cases/xml-malformed
# covers it.)
# usage: xsd_agreement.sh CONTENTC REPO_ROOT
set -u
contentc=$1 repo=$2
schema=$repo/schema fixtures=$repo/tests/schema
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0 checked=0

xsd_for() {
  case "$1" in "$repo/policies/"*) echo "$schema/policy.xsd"; return ;; esac
  case "$(basename "$1")" in policy*.xml) echo "$schema/policy.xsd" ;; *) echo "$schema/content.xsd" ;; esac
}

# 1. Valid files: xmllint accepts, contentc finds nothing structural.
while IFS= read -r -d '' f; do
  checked=$((checked + 1))
  if ! xmllint --noout --schema "$(xsd_for "$f")" "$f" 2>"$work/err"; then
    echo "FAIL: xmllint rejects valid $f:"; cat "$work/err"; fail=1
  fi
done < <(find "$repo/sources" "$repo/policies" "$fixtures/valid" "$repo/tests/cases/clean/sources" -name '*.xml' -print0 | sort -z)
rm -rf "$work/valid" && mkdir -p "$work/valid"
cp "$fixtures/valid/"*.xml "$fixtures/art.txt" "$work/valid/"
if ! "$contentc" check "$work/valid" --format json >"$work/out.json" 2>/dev/null ||
   ! python3 -c 'import json,sys; sys.exit(any("suppressed" not in f for f in json.load(open(sys.argv[1]))))' "$work/out.json"; then
  echo "FAIL: contentc reports findings on the valid fixtures:"; cat "$work/out.json"; fail=1
fi

# 2. Invalid fixtures: both reject.
for f in "$fixtures/invalid/"*.xml; do
  checked=$((checked + 1))
  name=$(basename "$f")
  expect=$(sed -n '1s/.*expect: \([a-z-]*\).*/\1/p' "$f")
  if xmllint --noout --schema "$(xsd_for "$f")" "$f" >/dev/null 2>&1; then
    echo "FAIL: xmllint accepts invalid $name"; fail=1
  fi
  dir=$work/invalid-${name%.xml}
  mkdir -p "$dir"
  cp "$fixtures/art.txt" "$dir/"
  case "$name" in policy*.xml) cp "$f" "$dir/policy.xml" ;; *) cp "$f" "$dir/a.xml" ;; esac
  "$contentc" check "$dir" --format json >"$work/out.json" 2>/dev/null
  status=$?
  if [ "$status" != 1 ]; then
    echo "FAIL: contentc exits $status (not 1) on invalid $name"; fail=1
  elif ! grep -q "\"rule\": \"$expect\"" "$work/out.json"; then
    echo "FAIL: contentc does not report $expect on $name:"; cat "$work/out.json"; fail=1
  fi
done

echo "xsd agreement: $checked files checked"
exit $fail
