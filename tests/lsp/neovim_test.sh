#!/usr/bin/env bash
# Runs neovim_test.lua in headless Neovim against a copy of tests/lsp/sources.
#   neovim_test.sh CONTENTC
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
contentc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/sources" "$work/sources"
out=$(cd "$work" && CONTENTC=$contentc SOURCES="$work/sources" HOME="$work" \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/neovim_test.lua" 2>&1) || {
  echo "$out" >&2
  exit 1
}
echo "$out"
[[ $out == *"ok: "* ]]
