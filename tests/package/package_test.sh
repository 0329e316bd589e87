#!/usr/bin/env bash
# The Debian package, through the real clients: cpack builds it from BUILD_DIR, dpkg-deb reads
# its fields, lintian judges it, dpkg installs it (or, when contentc is already installed from
# elsewhere or we are not root, dpkg-deb unpacks it into a temporary root), and the installed
# contentc runs: --version, man -l, init, check, build, the xml-model schema hrefs, completion.
#   tests/package/package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
tmp=$(mktemp -d)
installed_here=no
cleanup() {
  if [ "$installed_here" = yes ]; then dpkg -r contentc >/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Build the package (cpack works in BUILD_DIR/_CPack_Packages; the .deb lands in BUILD_DIR).
(cd "$build" && cpack -G DEB >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack failed"; }
deb="$build/contentc_${version}_amd64.deb"
[ -f "$deb" ] || fail "cpack wrote no $deb"

# Its fields: the runtime libraries it links, and nothing else.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libpugixml1v5 libboost-program-options1.74.0 libfmt9 libespeak-ng1 libstemmer0d libgumbo1 libzip4 zlib1g libhunspell-1.7-0 libsqlite3-0 hunspell-en-us hunspell-en-med; do
  [[ $depends == *"$lib "* || $depends == *"$lib,"* || $depends == *"$lib" ]] || fail "Depends lacks $lib"
done
for name in $(echo "$depends" | tr ',' '\n' | sed 's/(.*//; s/ //g'); do
  case $name in
    libpugixml1v5 | libboost-program-options1.74.0 | libfmt9 | libespeak-ng1 | libstemmer0d | libgumbo1 | libzip4 | zlib1g | libhunspell-1.7-0 | libsqlite3-0 | hunspell-en-us | hunspell-en-med | libssl3 | libc6 | libstdc++6 | libgcc-s1) ;;
    *) fail "Depends names $name, which contentc neither links nor reads" ;;
  esac
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
dpkg-deb -c "$deb" >"$tmp/contents"
for f in ./usr/bin/contentc ./usr/bin/contentc-gen ./usr/share/man/man1/contentc.1.gz \
         ./usr/share/bash-completion/completions/contentc ./usr/share/contentc/schema/content.xsd \
         ./usr/share/contentc/schema/policy.xsd ./usr/share/contentc/schema/bundle.schema.json \
         ./usr/share/contentc/schema/changes.schema.json ./usr/share/contentc/policies/prenatal-movement.xml \
         ./usr/share/doc/contentc/copyright; do
  grep -q " $f\$" "$tmp/contents" || fail "the package lacks $f"
done

# lintian: no error and no warning.
lintian "$deb" 2>/dev/null | tee "$tmp/lintian" || true
if grep -E '^(E|W):' "$tmp/lintian"; then fail "lintian reports errors or warnings"; fi

# Install it for real when we may, else unpack it. (Outputs are captured before grep reads
# them: grep -q on a pipe stops reading at the first match, and the writer's EPIPE would fail
# the pipeline.)
status=$(dpkg-query -W -f='${Status}' contentc 2>/dev/null || true)
if [ "$(id -u)" -eq 0 ] && [ "$status" != "install ok installed" ]; then
  dpkg -i "$deb" >/dev/null
  installed_here=yes
  root=""
else
  dpkg-deb -x "$deb" "$tmp/root"
  root="$tmp/root"
fi
contentc="$root/usr/bin/contentc"
[ "$("$contentc" --version)" = "contentc $version" ] || fail "--version does not say $version"

# The man page renders without a warning and holds the commands and every rule.
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/usr/share/man/man1/contentc.1.gz" 2>"$tmp/man.err")
[ ! -s "$tmp/man.err" ] || { cat "$tmp/man.err"; fail "man -l warned"; }
zcat "$root/usr/share/man/man1/contentc.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>"$tmp/groff.err"
[ ! -s "$tmp/groff.err" ] || { cat "$tmp/groff.err"; fail "groff warned"; }
grep -q "contentc $version" <<<"$man_text" || fail "the man page does not give the version"
for rule in $("$contentc" rules | cut -d' ' -f1); do
  grep -q "^   $rule\$" <<<"$man_text" || fail "the man page lacks rule $rule"
done
for command in build check diff init new rules explain policy; do
  grep -Eq "^       $command( |\$)" <<<"$man_text" || fail "the man page lacks command $command"
done
LC_ALL=C.UTF-8 man -l "$root/usr/share/man/man1/contentc-gen.1.gz" >/dev/null 2>"$tmp/man-gen.err"
[ ! -s "$tmp/man-gen.err" ] || fail "man -l contentc-gen.1 warned"

# A repository from the installed binary checks clean and builds; its schema hrefs point at
# the installed schemas, which validate its files.
"$contentc" init "$tmp/repo" >/dev/null
(cd "$tmp/repo" && "$contentc" check) 2>"$tmp/check.err" || { cat "$tmp/check.err"; fail "check of a new repository failed"; }
grep -q ": 0 errors, 0 warnings" "$tmp/check.err" || fail "a new repository draws findings: $(cat "$tmp/check.err")"
"$contentc" build "$tmp/repo" 2>/dev/null && [ -f "$tmp/repo/out/bundle.json" ] || fail "build of a new repository failed"
grep -q "\"tool_version\": *\"$version\"" "$tmp/repo/out/manifest.json" || fail "manifest.json lacks the version"
for xml in $(cd "$tmp/repo" && find sources -name '*.xml'); do
  href=$(sed -n 's/.*<?xml-model href="\([^"]*\)".*/\1/p' "$tmp/repo/$xml")
  [ "$href" = "$root/usr/share/contentc/schema/$(basename "$href")" ] || fail "$xml: xml-model href '$href' is not the installed schema"
  xmllint --noout --schema "$href" "$tmp/repo/$xml" 2>/dev/null || fail "$xml does not validate against $href"
done
# Its policy includes the installed one by name: policy show names each element's file, the
# merged policy validates against the installed schema, and a finding of an included house rule
# says where the rule is defined.
shared="$root/usr/share/contentc/policies/prenatal-movement.xml"
grep -q '<include href="prenatal-movement"/>' "$tmp/repo/sources/policy.xml" || fail "a new repository's policy does not include prenatal-movement"
xmllint --noout --schema "$root/usr/share/contentc/schema/policy.xsd" "$shared" 2>/dev/null || fail "the installed policy does not validate"
(cd "$tmp/repo" && "$contentc" policy show) >"$tmp/merged.xml" 2>"$tmp/show.err" || fail "policy show failed: $(cat "$tmp/show.err")"
xmllint --noout --schema "$root/usr/share/contentc/schema/policy.xsd" "$tmp/merged.xml" 2>/dev/null || fail "policy show's output does not validate"
grep -q "house-stop-says-stop.*<!-- $shared:[0-9]* -->" "$tmp/merged.xml" || fail "policy show does not say house-stop-says-stop comes from $shared"
grep -q '<limit what="reps" max="30"/>  <!-- sources/policy.xml:[0-9]* -->' "$tmp/merged.xml" || fail "policy show lost the repository's own limit"
cp "$tmp/repo/sources/exercises.xml" "$tmp/exercises.xml"
sed -i 's|<position>standing</position>|<position>supine</position>|' "$tmp/repo/sources/exercises.xml"
(cd "$tmp/repo" && "$contentc" check --format json 2>/dev/null) >"$tmp/supine.json" || true  # findings: exit 1
python3 - "$tmp/supine.json" "$shared" <<'PY' || fail "house-supine-support from the installed policy: $(cat "$tmp/supine.json")"
import json, sys
found = [f for f in json.load(open(sys.argv[1])) if f["rule"] == "house-supine-support"]
assert found and any(r["file"] == sys.argv[2] for r in found[0]["related"]), found
PY
cp "$tmp/exercises.xml" "$tmp/repo/sources/exercises.xml"
# A second release of it, built over the first: a change set that validates against the
# installed schema, a content version, and the same change set from diff.
cp -r "$tmp/repo/out" "$tmp/release-1"
sed -i 's|against a wall.</step>|against a wall. Go slowly.</step>|' "$tmp/repo/sources/exercises.xml"
"$contentc" build "$tmp/repo" 2>"$tmp/build2.err" || { cat "$tmp/build2.err"; fail "second build failed"; }
grep -q "content version 1.0.0 → 1.0.1 (patch)" "$tmp/build2.err" || fail "second build: $(cat "$tmp/build2.err")"
python3 -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' \
  "$root/usr/share/contentc/schema/changes.schema.json" "$tmp/repo/out/changes.json" || fail "changes.json does not validate"
"$contentc" diff "$tmp/release-1" "$tmp/repo/out" --format json | cmp -s - "$tmp/repo/out/changes.json" || fail "diff differs from changes.json"
sarif=$(cd "$tmp/repo" && "$contentc" check --format sarif)
grep -q "\"version\": *\"$version\"" <<<"$sarif" || fail "SARIF lacks the version"

# The installed completion script completes.
words=$(bash -c 'source "$1"; COMP_WORDS=(contentc exp); COMP_CWORD=1; _contentc; echo "${COMPREPLY[*]}"' _ \
        "$root/usr/share/bash-completion/completions/contentc")
[ "$words" = "explain" ] || fail "installed completion gave '$words'"
echo "package test passed: $deb (installed with $([ -z "$root" ] && echo dpkg -i || echo dpkg-deb -x))"
