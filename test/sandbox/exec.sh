#!/usr/bin/env bash
# Runs a command inside a simulated instance that boot.sh booted, or a running target, as if
# logged in on it. A running machine (a target, or boot.sh --keep) runs it among its services; a
# stopped instance in a chroot over the same overlay (its upper dir keeps what the command
# writes), in private namespaces.
#
#   exec.sh RUN_DIR COMMAND [ARG…]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/machine.sh"

[ "$#" -ge 2 ] || die "usage: exec.sh RUN_DIR COMMAND [ARG…]"
run=$(cd "$1" && pwd)
shift
require_root
if machine_alive "$run"; then
  machine_exec "$run" "$@"
  exit
fi
[ -f "$run/lowerdir" ] || die "$run is not running, and was never booted with boot.sh"
rm -rf "$run/work"/*
unshare --mount --pid --ipc --uts --fork --propagation private --kill-child=SIGKILL bash -euc '
  . "$1"
  mount_instance "$2" "$3"
  hostname parbake-instance
  m=$2/merged
  shift 3
  chroot "$m" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=en_US.UTF-8 "$@"
' exec "$here/lib.sh" "$run" "$(cat "$run/lowerdir")" "$@"
