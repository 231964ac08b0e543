#!/usr/bin/env bash
# Boots a simulated instance with real systemd (systemd-nspawn --boot): cloud-init runs through
# its own units and takes USER_DATA from a NoCloud seed, over an overlay of the LOWER dirs (top
# first; default: the base).
#
#   boot.sh [--keep] USER_DATA RUN_DIR [LOWER…]
#   boot.sh --stop RUN_DIR
#
# The instance-id is fixed per RUN_DIR, and RUN_DIR/upper is kept, so a second call with the same
# RUN_DIR boots the same instance again. A reboot inside the instance (nspawn exits 133) boots it
# again over the same upper dir, with a fresh /run, and the wait goes on until a boot finishes
# cloud-init without rebooting. Then the instance is shut down, unless --keep leaves it running
# (exec.sh runs commands in it; --stop shuts it down).
#
# Afterwards RUN_DIR/upper holds the instance's file system diff, RUN_DIR/console.log its console
# and RUN_DIR/boot.json the last boot's stage timings (from cloud-init's status.json), the number
# of boots and `cloud-init status --long`. The exit status is non-zero when cloud-init reports an
# error.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/machine.sh"

usage() { die "usage: boot.sh [--keep] USER_DATA RUN_DIR [LOWER…] | boot.sh --stop RUN_DIR"; }
if [ "${1:-}" = --stop ]; then
  [ "$#" -eq 2 ] || usage
  require_root
  machine_stop "$(cd "$2" && pwd)"
  exit 0
fi
keep=0
if [ "${1:-}" = --keep ]; then keep=1; shift; fi
[ "$#" -ge 2 ] || usage
user_data=$1
mkdir -p "$2"
run=$(cd "$2" && pwd)
shift 2
require_root
[ -f "$user_data" ] || die "no such user data file: $user_data"
machine_alive "$run" && die "the instance in $run is running; boot.sh --stop it first"

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
mkdir -p "$run/seed"
cp "$user_data" "$run/seed/user-data"
printf 'instance-id: %s\nlocal-hostname: parbake-instance\n' "$instance_id" >"$run/seed/meta-data"
: >"$run/seed/vendor-data"
rm -f "$run/status.txt" "$run/stage-times"
: >"$run/console.log"

# The stock sshd would take the host's port 22: an instance here is reached with exec.sh.
machine_units "$run" ssh.service ssh.socket
# Interrupted, the harness takes the instance down with it.
trap 'machine_stop "$run"; exit 130' INT TERM
machine_start "$run" "$lowerdir" parbake-instance \
  --bind="$run/units:/run/systemd/system" --bind-ro="$run/seed:/var/lib/cloud/seed/nocloud"

# wait_boot waits until a boot of the instance has finished cloud-init (its final stage wrote
# result.json, read through the init's /proc root) without starting to shut down: a step may
# have asked for a reboot. Only short commands run inside: a process of the harness left inside
# would hold the instance's shutdown up.
wait_boot() {
  local deadline=$((SECONDS + ${PARBAKE_BOOT_TIMEOUT:-600})) n init state
  while [ "$SECONDS" -lt "$deadline" ]; do
    machine_alive "$run" || return 1
    n=$(cat "$run/boots")
    if init=$(machine_init "$run") && [ -f "/proc/$init/root/run/cloud-init/result.json" ]; then
      state=$(machine_exec "$run" systemctl is-system-running 2>/dev/null) || true
      case $state in
        "" | stopping | offline)
          # The boot is ending: wait for the next one, or for the machine to be gone.
          while machine_alive "$run" && [ "$(cat "$run/boots")" = "$n" ]; do sleep 0.1; done
          ;;
        *) [ "$(cat "$run/boots")" != "$n" ] || return 0 ;;
      esac
    fi
    sleep 0.2
  done
  log "no boot finished within ${PARBAKE_BOOT_TIMEOUT:-600}s"
  return 1
}

rc=0
wait_boot >/dev/null || rc=$?
if [ "$rc" = 0 ]; then
  machine_exec "$run" cloud-init status --long >"$run/status.txt" 2>&1 || true
  grep -q '^status: done' "$run/status.txt" || rc=1
  # Stage timings from cloud-init's own record of this boot: finished minus start, per stage.
  machine_exec "$run" python3 -c '
import json
v1 = json.load(open("/run/cloud-init/status.json"))["v1"]
for k in ("init-local", "init", "modules-config", "modules-final"):
    s = v1.get(k) or {}
    if s.get("start") and s.get("finished"):
        print("%s=%.3f" % (k, s["finished"] - s["start"]))
' >"$run/stage-times" 2>/dev/null || true
else
  echo "the instance stopped before cloud-init finished" >"$run/status.txt"
fi
if [ "$keep" != 1 ] || [ "$rc" != 0 ]; then machine_stop "$run"; fi

# boot.json: stage timings in seconds, the boots, the status text, and whether cloud-init
# reported an error.
status_json=$(sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g' "$run/status.txt" 2>/dev/null | awk '{printf "%s\\n", $0}')
{
  echo "{"
  echo "  \"instance_id\": \"$instance_id\","
  echo "  \"boots\": $(cat "$run/boots" 2>/dev/null || echo 0),"
  echo "  \"stages\": {"
  awk -F= 'NF { printf "%s    \"%s\": %s", sep, $1, $2; sep=",\n" } END { print "" }' "$run/stage-times" 2>/dev/null
  echo "  },"
  echo "  \"status_long\": \"$status_json\","
  echo "  \"ok\": $([ "$rc" = 0 ] && echo true || echo false)"
  echo "}"
} >"$run/boot.json"

if [ "$rc" != 0 ]; then
  echo "boot: cloud-init reported an error:" >&2
  cat "$run/status.txt" >&2 2>/dev/null || true
  # cloud-init's own lines on the console, not systemd's shutdown, nor the host keys' fingerprints
  # and pictures, which newer cloud-init prints after the user data's output.
  grep -a 'cloud-init\[' "$run/console.log" |
    grep -a -v -E 'cloud-init\[[0-9]+\]: ([|+]|The key|Your (identification|public key)|Generating public/private|SHA256:|ci-info:)' |
    tail -n 30 >&2
  exit 1
fi
grep '^status:' "$run/status.txt" >&2 || true
