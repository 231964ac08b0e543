#!/usr/bin/env bash
# Boots a simulated instance: real cloud-init runs USER_DATA from a NoCloud seed over an overlay
# of the LOWER dirs (top first; default: the base), in private namespaces.
#
#   boot.sh USER_DATA RUN_DIR [LOWER…]
#
# The instance-id is fixed per RUN_DIR, and RUN_DIR/upper is kept, so a second call with the same
# RUN_DIR reboots the same instance. Afterwards RUN_DIR/upper holds the instance's file system
# diff and RUN_DIR/boot.json the stage timings and `cloud-init status --long`. The exit status is
# non-zero when cloud-init reports an error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

[ "$#" -ge 2 ] || die "usage: boot.sh USER_DATA RUN_DIR [LOWER…]"
user_data=$1
mkdir -p "$2"
run=$(cd "$2" && pwd)
shift 2
require_root
[ -f "$user_data" ] || die "no such user data file: $user_data"

lowers=("$@")
if [ "${#lowers[@]}" -eq 0 ]; then
  lowers=("$("$here/rootfs.sh" | tail -n1)")
fi
mapfile -t lowers < <(abs_dirs "${lowers[@]}")
lowerdir=$(IFS=:; echo "${lowers[*]}")

# The lower dirs of an existing instance can't change between boots: overlayfs would misread
# the upper dir. Record them on first boot and insist on them after.
if [ -f "$run/lowerdir" ] && [ "$(cat "$run/lowerdir")" != "$lowerdir" ]; then
  die "$run was first booted from other lower dirs; use a new RUN_DIR"
fi
echo "$lowerdir" >"$run/lowerdir"

instance_id="i-$(printf '%s' "$run" | sha256sum | cut -c1-17)"
mkdir -p "$run/upper" "$run/work" "$run/merged" "$run/seed" "$run/run"
rm -rf "$run/work"/* "$run/run"/*
cp "$user_data" "$run/seed/user-data"
printf 'instance-id: %s\nlocal-hostname: parbake-instance\n' "$instance_id" >"$run/seed/meta-data"
: >"$run/seed/vendor-data"

set +e
unshare --mount --pid --ipc --uts --fork --propagation private --kill-child=SIGKILL bash -euc '
  run=$1 lowerdir=$2
  . "$3"
  m=$run/merged
  mount_instance "$run" "$lowerdir"
  mkdir -p "$m/var/lib/cloud/seed/nocloud"
  mount --bind "$run/seed" "$m/var/lib/cloud/seed/nocloud"
  hostname parbake-instance
  timings=""
  rc=0
  for stage in init-local:"init --local" init:"init" modules-config:"modules --mode=config" modules-final:"modules --mode=final"; do
    key=${stage%%:*} stage=${stage#*:}
    start=$(date +%s.%N)
    # Each stage logs to the console, as on a real boot; a failing stage does not stop the boot.
    chroot "$m" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=en_US.UTF-8 \
      PARBAKE_SANDBOX=1 cloud-init $stage || rc=1
    end=$(date +%s.%N)
    timings="$timings$key=$(echo "$end - $start" | awk "{print \$1 - \$3}")
"
  done
  printf "%s" "$timings" >"$run/stage-times"
  chroot "$m" cloud-init status --long >"$run/status.txt" 2>&1 || rc=1
  exit $rc
' boot "$run" "$lowerdir" "$here/lib.sh" >"$run/console.log" 2>&1
rc=$?
set -e

# boot.json: stage timings in seconds, the status text, and whether cloud-init reported an error.
status_json=$(sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g' "$run/status.txt" 2>/dev/null | awk '{printf "%s\\n", $0}')
{
  echo "{"
  echo "  \"instance_id\": \"$instance_id\","
  echo "  \"stages\": {"
  awk -F= 'NF { printf "%s    \"%s\": %s", sep, $1, $2; sep=",\n" } END { print "" }' "$run/stage-times" 2>/dev/null
  echo "  },"
  echo "  \"status_long\": \"$status_json\","
  echo "  \"ok\": $([ "$rc" = 0 ] && echo true || echo false)"
  echo "}"
} >"$run/boot.json"
rmdir "$run/merged" 2>/dev/null || true

if [ "$rc" != 0 ]; then
  echo "boot: cloud-init reported an error:" >&2
  cat "$run/status.txt" >&2 2>/dev/null || true
  tail -n 30 "$run/console.log" >&2
  exit 1
fi
grep '^status:' "$run/status.txt" >&2 || true
