#!/usr/bin/env bash
# contentc(1) as man renders it: no groff warning, and the same commands, options and rules as
# contentc --help and contentc rules.
#   tests/cli/man_page_test.sh MAN_PAGE CONTENTC
set -euo pipefail
page=$1
contentc=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns: $warnings"
text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>&1)
grep -q "^CONTENTC(1)" <<<"$text" || fail "no CONTENTC(1) header"
grep -q "$("$contentc" --version)" <<<"$text" || fail "the version is not in the page"
for rule in $("$contentc" rules | cut -d' ' -f1); do
  grep -q "^   $rule\$" <<<"$text" || fail "rule $rule is missing"
done
for option in $("$contentc" --help | grep -oE -- '--[a-z-]+' | sort -u); do
  grep -qe "$option" <<<"$text" || fail "option $option of --help is missing"
done
flat=$(tr -s " \n" "  " <<<"$text")
grep -q "pre-commit hook; never overwrites a file" <<<"$flat" || fail "the init command's text is missing"
echo "man page test passed"
