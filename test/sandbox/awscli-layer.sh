#!/usr/bin/env bash
# Prepares, once, a layer over the sandbox's base root file system with Debian's AWS CLI (package
# awscli) installed, and prints its path on the last line. The EC2 box's source AMI is the base
# with this layer: a Debian cloud image that has the AWS CLI, as Amazon Linux's images do.
#
# Why: every recipe whose instances complete a lifecycle hook or read ssm: values bakes the AWS
# CLI, and installing it byte-compiles botocore (about a minute of one core). The suite bakes
# with amazon-ebs on the box some fifteen times, on a machine whose cores its instances already
# keep busy; with the CLI in the source image, the plan's awscli step still runs (apt finds it
# installed) and the rest of the bake is the same. The tests on build targets (not the box)
# still install it from nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

# Bump when the contents below change.
LAYER_REVISION=1
base=$("$here/rootfs.sh" | tail -n1)
layer="$base-awscli-r$LAYER_REVISION"

if [ -f "$layer/.parbake-awscli-complete" ]; then
  echo "$layer"
  exit 0
fi
require_root
exec 9>"$base.awscli.lock"
flock 9
if [ -f "$layer/.parbake-awscli-complete" ]; then
  echo "$layer"
  exit 0
fi
log "installing the AWS CLI into a layer over $base (once; about a minute)"
work="$layer.tmp"
rm -rf "$work"
mkdir -p "$work"
# The overlay's upper directory is the layer: only what the installation wrote.
unshare --mount --pid --fork --propagation private bash -euc '
  . "$1"
  mount_instance "$2" "$3"
  chroot "$2/merged" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    sh -euc "apt-get -q install -y --no-install-recommends awscli >/dev/null || { apt-get -q update >/dev/null && apt-get -q install -y --no-install-recommends awscli >/dev/null; }; apt-get clean"
' layer "$here/lib.sh" "$work" "$base" >&2
rm -rf "$work/upper/var/log" "$work/upper/var/cache/apt" "$work/upper/run" "$work/upper/tmp"
mv "$work/upper" "$layer"
rm -rf "$work"
: >"$layer/.parbake-awscli-complete"
echo "$layer"
