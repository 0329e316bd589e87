#!/usr/bin/env bash
# Runs one golden case: `contentc check sources` inside tests/cases/NAME must print exactly
# expected.txt and exit with the status in expected-exit. Suppressions expire against 2026-06-01.
#   golden.sh CONTENTC CASE_DIR            compare
#   golden.sh CONTENTC CASE_DIR --update   rewrite expected.txt and expected-exit
set -u
contentc=$1 case_dir=$2 mode=${3:-}
cd "$case_dir" || exit 2
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
NO_COLOR=1 "$contentc" check sources --today 2026-06-01 >"$actual" 2>/dev/null
status=$?
if [ "$mode" = "--update" ]; then
  cp "$actual" expected.txt
  echo "$status" > expected-exit
  exit 0
fi
fail=0
if ! diff -u expected.txt "$actual"; then
  echo "golden: $case_dir: output differs from expected.txt (--update rewrites it)" >&2
  fail=1
fi
if [ "$status" != "$(cat expected-exit)" ]; then
  echo "golden: $case_dir: exit status $status, expected $(cat expected-exit)" >&2
  fail=1
fi
exit $fail
