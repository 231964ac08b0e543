# parbake bake reboot library (POSIX sh): steps that reboot the machine. The run ends at the
# reboot with a marker; the provisioner reboots the machine, waits for it, and runs run.sh again,
# which goes on after the last finished step. The bundle stays in the staging directory (on
# /var/tmp, which survives a reboot) until the bake is over.

# pb_bake_step INDEX TOTAL NAME HASH TIMEOUT RETRIES FILE REBOOT runs one step, unless a run
# before the reboot finished it.
pb_bake_step() {
  if [ "${PB_RESUMED:-0}" = 1 ] && pb_finished "$1"; then
    pb_marker "step-skip $1 $3 0"
    return 0
  fi
  pb_rc=0
  pb_step "$@" || pb_rc=$?
  [ "$pb_rc" -eq 0 ] || [ "$pb_rc" -eq 194 ] || exit "$pb_rc"
  # shellcheck disable=SC2154 # pb_step sets pb_reboot
  [ -n "$pb_reboot" ] || return 0
  pb_n=0
  if [ -f "$PB_DIR/reboots" ]; then
    while read -r pb_i _; do [ "$pb_i" != "$1" ] || pb_n=$((pb_n + 1)); done <"$PB_DIR/reboots"
  fi
  if [ "$pb_n" -ge 5 ]; then
    pb_marker "step-fail $1 $3 194 0"
    echo "parbake: step $3 asked for a reboot 5 times; giving up" >&2
    exit 1
  fi
  printf '%s %s\n' "$1" "$pb_reboot" >>"$PB_DIR/reboots"
  : >"$PB_DIR/reboot-pending"
  read -r pb_boot </proc/sys/kernel/random/boot_id
  pb_marker "reboot $1 $3 $pb_reboot $pb_boot"
  exit 0
}

# pb_finished INDEX: did an earlier run of this bake finish step INDEX?
pb_finished() {
  while read -r pb_i _; do [ "$pb_i" != "$1" ] || return 0; done <"$PB_DONE"
  return 1
}
