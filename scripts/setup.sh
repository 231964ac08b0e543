#!/usr/bin/env bash
# Installs what the demo and the test suite need on a fresh Debian or Ubuntu machine, as root,
# (shellcheck for `make lint` among them) and warms the cache in ${PARBAKE_CACHE:-${HOME:-/root}/.cache/parbake}: the Packer binaries, the sandbox
# root file system and the metadata mock. Safe to run again; cached work is skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

[ "$(id -u)" = 0 ] || { echo "setup: run as root (the sandbox needs namespaces and mounts)" >&2; exit 1; }
command -v go >/dev/null || { echo "setup: Go is required (https://go.dev/doc/install)" >&2; exit 1; }

packages=()
need() { command -v "$1" >/dev/null 2>&1 || packages+=("$2"); }
need make make
need debootstrap debootstrap
need ssh-keygen openssh-client
need curl curl
need pgrep procps
need unshare util-linux
need systemd-nspawn systemd-container
need nsenter util-linux
need git git
need zip zip
need unzip unzip
need shellcheck shellcheck
need script bsdutils     # a terminal for the progress-bar test
need busybox busybox     # one of the /bin/sh implementations the runner's unit tests run under
need chromium chromium   # renders the plan's picture in the e2e suite
need ip iproute2         # the EC2 box's bridge and network namespaces
# Debian's AWS CLI v2 drives the EC2 box; another `aws` on PATH (a pip one, v1) does not count.
[ -x /usr/bin/aws ] || packages+=(awscli)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
if [ "${#packages[@]}" -gt 0 ]; then
  echo "setup: installing ${packages[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" >/dev/null
fi

"$root/scripts/packer.sh" 1.9.4 >/dev/null
"$root/scripts/packer.sh" 1.11.2 >/dev/null
# The sandbox's Debian releases: trixie is the default; the e2e suite boots its core on all three.
for suite in trixie bookworm bullseye; do
  PARBAKE_SUITE=$suite "$root/test/sandbox/rootfs.sh" >/dev/null
done
"$root/test/sandbox/awscli-layer.sh" >/dev/null # the EC2 box's source AMI has the AWS CLI
"$root/test/sandbox/imds.sh" bin >/dev/null
"$root/scripts/amazon-plugin.sh" >/dev/null
echo "setup: ready (cache: ${PARBAKE_CACHE:-${HOME:-/root}/.cache/parbake})" >&2
