#!/usr/bin/env bash
# Validates contentc's SARIF with Microsoft's SARIF Multitool (installed by `tools/setup --test`)
# on every golden case and on sources/: any error or warning from the validator fails.
# usage: sarif_validate.sh CONTENTC REPO_ROOT
set -u
contentc=$1 repo=$2
multitool=$repo/tools/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ]; then
  echo "FAIL: the SARIF Multitool is not installed; run tools/setup --test" >&2
  exit 1
fi
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0 checked=0 results=0
for dir in "$repo"/tests/cases/*/ "$repo/"; do
  [ -d "$dir/sources" ] || continue
  name=$(basename "$dir")
  (cd "$dir" && "$contentc" check sources --format sarif >"$work/$name.sarif" 2>/dev/null)
  if ! "$multitool" validate -o "$work/$name.result.sarif" "$work/$name.sarif" >"$work/log" 2>&1; then
    echo "FAIL: the validator did not run on $name:"; head -8 "$work/log"; fail=1; continue
  fi
  problems=$(python3 - "$work/$name.result.sarif" "$work/$name.sarif" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
for r in result["runs"][0].get("results", []):
    if r.get("level", "warning") in ("error", "warning"):
        print(r.get("ruleId"), r.get("message", {}).get("arguments"))
n = len(json.load(open(sys.argv[2]))["runs"][0]["results"])
print(f"#results {n}", file=sys.stderr)
PY
  )
  count=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['runs'][0]['results']))" "$work/$name.sarif")
  results=$((results + count))
  checked=$((checked + 1))
  if [ -n "$problems" ]; then
    echo "FAIL: SARIF of $name: $problems"; fail=1
  fi
done
echo "sarif: $checked logs ($results results) validated"
[ "$results" -gt 0 ] || { echo "FAIL: no results were validated"; fail=1; }
exit $fail
