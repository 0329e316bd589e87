#!/usr/bin/env bash
# Validates contentc's SARIF for one folder holding sources/ (a golden case, or the repository)
# with Microsoft's SARIF Multitool (installed by `tools/setup --test`): any error or warning
# from the validator fails. CTest runs one of these per case, side by side.
# usage: sarif_validate.sh CONTENTC REPO_ROOT CASE_DIR [absolute]
#   absolute: name the sources by their absolute path (file:// URIs, no uriBaseId); otherwise
#   relatively (URIs relative to SRCROOT, which originalUriBaseIds gives)
set -u
contentc=$1 repo=$2 case_dir=$3 form=${4:-relative}
multitool=$repo/tools/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ]; then
  echo "FAIL: the SARIF Multitool is not installed; run tools/setup --test" >&2
  exit 1
fi
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=sources
[ "$form" = absolute ] && sources=$(cd "$case_dir" && pwd)/sources
(cd "$case_dir" && "$contentc" check "$sources" --format sarif >"$work/log.sarif" 2>/dev/null)
python3 - "$work/log.sarif" "$form" <<'PY' || exit 1
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
for r in run["results"]:
    for loc in r["locations"] + r.get("relatedLocations", []):
        a = loc["physicalLocation"]["artifactLocation"]
        if sys.argv[2] == "absolute":
            ok = a["uri"].startswith("file:///") and "uriBaseId" not in a
        else:
            ok = not a["uri"].startswith(("/", "file:")) and a.get("uriBaseId") == "SRCROOT"
        if not ok:
            sys.exit(f"FAIL: {sys.argv[2]} sources give artifactLocation {a}")
if sys.argv[2] == "relative" and run["results"] and not run["originalUriBaseIds"]["SRCROOT"]["uri"].endswith("/"):
    sys.exit("FAIL: originalUriBaseIds.SRCROOT does not end in a slash")
PY
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
