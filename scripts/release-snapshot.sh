#!/usr/bin/env bash
# Writes release archives as GoReleaser would (see .goreleaser.yml), using go build alone, since
# GoReleaser itself cannot be downloaded everywhere:
#
#   dist/packer-plugin-parbake_v{version}_x5.0_{os}_{arch}.zip   (holding the binary of that name)
#   dist/packer-plugin-parbake_v{version}_SHA256SUMS
#
#   scripts/release-snapshot.sh [all | OS_ARCH…]     default: this machine's platform
#
# VERSION overrides the version in version/version.go. The archives are reproducible: fixed
# times, no extra attributes, a trimmed build path.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
api=x5.0
version=${VERSION:-$(sed -n 's/^[[:space:]]*Version = "\(.*\)"$/\1/p' version/version.go)}
dist=${DIST:-dist}
all="linux_amd64 linux_arm64 darwin_amd64 darwin_arm64 windows_amd64 windows_arm64 freebsd_amd64 freebsd_arm64"
case "${1:-}" in
  "") platforms="$(go env GOOS)_$(go env GOARCH)" ;;
  all) platforms=$all ;;
  *) platforms="$*" ;;
esac
command -v zip >/dev/null || { echo "release-snapshot: zip is needed (apt-get install zip)" >&2; exit 1; }

rm -rf "$dist"
mkdir -p "$dist/bin"
ldflags="-s -w -X github.com/parbake/packer-plugin-parbake/version.Version=$version -X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease="
for p in $platforms; do
  os=${p%_*} arch=${p#*_}
  name="packer-plugin-parbake_v${version}_${api}_${os}_${arch}"
  bin=$name
  [ "$os" = windows ] && bin=$name.exe
  CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath -ldflags "$ldflags" -o "$dist/bin/$bin" .
  touch -d @0 "$dist/bin/$bin"
  (cd "$dist/bin" && zip -q -X -D "../$name.zip" "$bin")
  echo "$dist/$name.zip"
done
(cd "$dist" && sha256sum ./*.zip | sed 's| \./| |' >"packer-plugin-parbake_v${version}_SHA256SUMS")
rm -rf "${dist:?}/bin"
echo "$dist/packer-plugin-parbake_v${version}_SHA256SUMS"
