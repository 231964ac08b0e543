#!/usr/bin/env bash
# Prints the path of a cached Packer binary, building it first when it is missing.
#
#   scripts/packer.sh [VERSION]     (default 1.9.4)
#
# `go install github.com/hashicorp/packer@VERSION` does not work through the module proxy alone
# (replace directives), so the module is downloaded and built in a writable copy instead. The
# result is kept in ${PARBAKE_CACHE:-$HOME/.cache/parbake}/packer/VERSION/packer, outside the
# checkout, so fresh clones on the same machine reuse it.
set -euo pipefail

version="${1:-1.9.4}"
cache="${PARBAKE_CACHE:-$HOME/.cache/parbake}"
dest="$cache/packer/$version"
bin="$dest/packer"

if [ -x "$bin" ] && "$bin" version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi

mkdir -p "$dest"
# One builder at a time per version: parallel test runs would otherwise race on the copy.
exec 9>"$dest/.lock"
flock 9
if [ -x "$bin" ] && "$bin" version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi

export GOFLAGS="${GOFLAGS:-} -mod=mod"
moddir=$(cd "$dest" && GOFLAGS= go mod download -json "github.com/hashicorp/packer@v$version" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -n "$moddir" ] || { echo "packer.sh: could not download packer v$version" >&2; exit 1; }

work=$(mktemp -d "$dest/src.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$moddir/." "$work/"
chmod -R u+w "$work"
echo "packer.sh: building Packer $version (takes a few minutes, once)" >&2
(cd "$work" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -o "$bin.tmp" .) >&2
mv "$bin.tmp" "$bin"
echo "$bin"
