#!/usr/bin/env bash
# The bash completion script, sourced into a real bash and asked for completions the way bash
# asks (COMP_WORDS, COMP_CWORD, then the function): commands, options, formats, rule ids, kinds.
#   tests/cli/completion_test.sh COMPLETION_SCRIPT CONTENTC
set -euo pipefail
script=$1
contentc=$2
failures=0
# complete WORDS...: the completions of the last word, space-separated and sorted.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _contentc; printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort | tr "\n" " "' \
    _ "$script" "$@" | sed 's/ $//'
}
expect() {  # EXPECTED WORDS...
  local expected=$1
  shift
  local got
  got=$(complete_words "$@")
  if [ "$got" != "$expected" ]; then
    echo "FAIL: completing '$*': expected '$expected', got '$got'" >&2
    failures=$((failures + 1))
  fi
}
expect "--help --version build check diff explain fix init lsp new policy quote review rules snapshot" contentc ""
expect "build" contentc bu
expect "explain" contentc ex
expect "--format" contentc check --fo
expect "--baseline --format --help --jobs --max-file-size --only-new --timings --today --werror -f -j" contentc check -
expect "--dry-run --help --jobs --max-file-size --today -j" contentc fix -
expect "--help --max --section --sources -s" contentc quote -
expect "" contentc quote my-article ""
expect "--by --help --key --list --role --sources --today -s" contentc review -
expect "json" contentc build -f j
expect "github json sarif text" contentc check --format ""
expect "advice article" contentc new a
expect "" contentc new exercise ""
expect "--file --help --in" contentc new exercise my-id --
expect "show" contentc policy ""
# Every rule id is offered after explain, and only there.
rules=$("$contentc" rules | cut -d" " -f1 | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
expect "$rules" contentc explain ""
expect "dose-conflict dose-imprecise dose-limit dose-missing dose-quote-mismatch dose-range dose-unsupported" contentc explain dose
expect "" contentc explain bad-id ""
# Folders after build, check, fix, init and -o.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/sources-a" "$tmp/sources-b"
touch "$tmp/sources-file"
expect "$tmp/sources-a $tmp/sources-b" contentc check "$tmp/sources-"
expect "$tmp/sources-a $tmp/sources-b" contentc build -o "$tmp/sources-"
expect "$tmp/sources-a $tmp/sources-b" contentc fix "$tmp/sources-"
expect "$tmp/sources-a $tmp/sources-b" contentc quote my-article hold -s "$tmp/sources-"
expect "$tmp/sources-a $tmp/sources-b $tmp/sources-file" contentc new advice x --in "$tmp/sources-"
[ "$failures" -eq 0 ] || exit 1
echo "completion test passed"
