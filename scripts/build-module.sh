#!/usr/bin/env bash
# Builds a command from a Go module version into a cached binary, once, and prints its path.
#
#   scripts/build-module.sh MODULE VERSION PACKAGE DEST
#
# `go install MODULE@VERSION` refuses modules with replace directives (Packer has some), so the
# module is downloaded through the module proxy and built inside a writable copy of it, where its
# own go.mod applies. A lock keeps concurrent callers from building the same binary twice.
set -euo pipefail
module=$1 version=$2 package=$3 dest=$4

ok() { [ -x "$dest" ] && [ -s "$dest" ]; }
if ok; then echo "$dest"; exit 0; fi
mkdir -p "$(dirname "$dest")"
exec 9>"$dest.lock"
flock 9
if ok; then echo "$dest"; exit 0; fi

moddir=$(cd "$(dirname "$dest")" && GOFLAGS="" go mod download -json "$module@$version" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$moddir" ] || { echo "build-module: could not download $module@$version" >&2; exit 1; }
work=$(mktemp -d "$(dirname "$dest")/src.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$moddir/." "$work/"
chmod -R u+w "$work"
echo "build-module: building $module $version (once; it is cached)" >&2
(cd "$work" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -o "$dest.tmp" "$package") >&2
mv "$dest.tmp" "$dest"
echo "$dest"
