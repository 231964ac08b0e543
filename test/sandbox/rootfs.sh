#!/usr/bin/env bash
# Prepares the sandbox's base root filesystem once and caches it; prints its path on the last line.
#
# The base is a minimal Debian with what a cloud image has: sshd, sudo, curl, systemd (so
# `systemctl enable` works offline), cloud-init configured for the NoCloud seed, a UTF-8 locale
# and apt lists. Build targets and simulated boots lay an overlay over it, so the base is never
# written to after this script finishes.
#
# PARBAKE_SUITE picks the release: trixie (Debian 13, the default), bookworm (12) or bullseye
# (11). Each is cached on its own.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

# Bump when the contents below change, so that stale caches are rebuilt rather than reused.
ROOTFS_REVISION=3
suite=$(sandbox_suite)
base="$PARBAKE_CACHE/rootfs/$suite-r$ROOTFS_REVISION"

if [ -f "$base/.parbake-complete" ]; then
  echo "$base"
  exit 0
fi

require_root
mkdir -p "$PARBAKE_CACHE/rootfs"
exec 9>"$PARBAKE_CACHE/rootfs/.lock-$suite"
flock 9
if [ -f "$base/.parbake-complete" ]; then
  echo "$base"
  exit 0
fi

need_cmd debootstrap debootstrap

mirror="${PARBAKE_DEBIAN_MIRROR:-$(host_debian_mirror)}"
work="$base.tmp"
rm -rf "$work"
log "debootstrap $suite from $mirror into $work (once; a few minutes)"
debootstrap --variant=minbase \
  --include=openssh-server,sudo,curl,ca-certificates,systemd,cloud-init,python3-cffi-backend,locales,passwd,gzip,tar \
  "$suite" "$work" "$mirror" >&2

# Packages installed during a bake must never start daemons inside the build target.
printf '#!/bin/sh\nexit 101\n' >"$work/usr/sbin/policy-rc.d"
chmod 0755 "$work/usr/sbin/policy-rc.d"

echo 'en_US.UTF-8 UTF-8' >"$work/etc/locale.gen"
chroot "$work" locale-gen >&2
echo 'LANG=en_US.UTF-8' >"$work/etc/default/locale"

cat >"$work/etc/cloud/cloud.cfg.d/90-parbake-sandbox.cfg" <<'CFG'
# The sandbox has no cloud: user data comes from a NoCloud seed, and there is no network to set up.
datasource_list: [ NoCloud, None ]
network: {config: disabled}
CFG

printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$work/etc/hosts"
echo parbake-sandbox >"$work/etc/hostname"
cp /etc/resolv.conf "$work/etc/resolv.conf" 2>/dev/null || true

# Host keys are generated per target run, outside the overlay, so none are baked into the base.
rm -f "$work"/etc/ssh/ssh_host_*
# Package lists, so that recipes' `packages` work without an `apt-get update` of their own.
chroot "$work" apt-get update -qq >&2 || log "warning: apt-get update in the base failed"
chroot "$work" apt-get clean

touch "$work/.parbake-complete"
mv "$work" "$base"
echo "$base"
