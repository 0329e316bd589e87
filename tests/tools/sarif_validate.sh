#!/usr/bin/env bash
# Validates contentc's SARIF for one folder holding sources/ (a golden case, or the repository)
# with Microsoft's SARIF Multitool (installed by `tools/setup --test`): any error or warning
# from the validator fails. CTest runs one of these per case, side by side.
# usage: sarif_validate.sh CONTENTC REPO_ROOT CASE_DIR
set -u
contentc=$1 repo=$2 case_dir=$3
multitool=$repo/tools/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ]; then
  echo "FAIL: the SARIF Multitool is not installed; run tools/setup --test" >&2
  exit 1
fi
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$case_dir" && "$contentc" check sources --format sarif >"$work/log.sarif" 2>/dev/null)
if ! "$multitool" validate -o "$work/result.sarif" "$work/log.sarif" >"$work/out" 2>&1; then
  echo "FAIL: the validator did not run:"; head -8 "$work/out"; exit 1
fi
python3 - "$work/result.sarif" "$work/log.sarif" <<'PY'
import json, sys
problems = [r for r in json.load(open(sys.argv[1]))["runs"][0].get("results", [])
            if r.get("level", "warning") in ("error", "warning")]
for r in problems:
    print("FAIL:", r.get("ruleId"), r.get("message", {}).get("arguments"))
results = len(json.load(open(sys.argv[2]))["runs"][0]["results"])
print(f"sarif: {results} results validated")
sys.exit(1 if problems else 0)
PY
