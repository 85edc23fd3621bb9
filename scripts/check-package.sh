#!/usr/bin/env bash
# Packaging check: `npm pack` gives a tarball that, installed with
# `npm install -g` into a temporary prefix, puts a working `pakt` on PATH
# (the bundle and the fact pack included, no runtime dependencies to fetch).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
npm install -g --silent --no-audit --no-fund --prefix "$work/prefix" "$work/$tarball"
export PATH="$work/prefix/bin:$PATH"
cd "$work"
fail() { echo "check-package: $*" >&2; exit 1; }
[ "$(command -v pakt)" = "$work/prefix/bin/pakt" ] || fail "pakt is not on PATH after npm install -g"
state=$(pakt status --date 1945-06-01 --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).state))')
[ "$state" = "denounced" ] || fail "status answered '$state', expected 'denounced'"
pakt validate --format tsv | grep -q '^coverage' || fail "validate of the bundled pack failed"
[ "$(pakt export ntriples | grep -c '<http://www.w3.org/ns/oa#exact>')" -gt 0 ] || fail "export wrote no quotes (the RDF writer must be in the bundle)"
[ "$(pakt --version)" = "$(node -p 'require(process.argv[1]).version' "$OLDPWD/package.json")" ] || fail "--version differs from package.json"
set +e
pakt status --date 1945-02-30 2>/dev/null
code=$?
set -e
[ "$code" -eq 2 ] || fail "an impossible date exited $code, expected 2"
[ -f "$work/prefix/share/man/man1/pakt.1" ] || fail "the manual page man/pakt.1 is not installed"
tar -tzf "$work/$tarball" > "$work/contents"
grep -qx 'package/NOTICE' "$work/contents" || fail "NOTICE is not in the package"
grep -qx 'package/LICENSE' "$work/contents" || fail "LICENSE is not in the package"
echo "check-package: $tarball installs and runs ($(tar -tzf "$work/$tarball" | wc -l) files)"
