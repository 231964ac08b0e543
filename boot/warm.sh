# shellcheck shell=sh
# The boot runner's warm pool: in the bundle only when the recipe's policy has a warm_pool.
# Sourced after lib.sh. An instance of a group with a warm pool starts twice: once to warm (its
# target lifecycle state Warmed:*), when the warm part runs and nothing serves, and once to go in
# service (InService), when the boot part runs and the services start. An instance launched
# straight into service (no pool, or an empty one) runs both parts in one boot.

# pb_lifecycle_part prints which part this start runs, from IMDS's
# autoscaling/target-lifecycle-state: warm (Warmed:*), service (InService after a warm-up on an
# earlier start), or direct (InService without one, or no group at all: the path is missing).
# It fails when IMDS does not answer: guessing "direct" would start a warming instance's services.
pb_lifecycle_part() {
  pb_ts=$(pb_target_state) || return
  case $pb_ts in
    Warmed:*) echo warm ;;
    '') echo direct ;;
    *) if [ -f "$PB_STATE/warmed" ]; then echo service; else echo direct; fi ;;
  esac
}

# pb_target_state prints the target lifecycle state, or nothing outside a group (a 404). It fails
# when IMDS does not answer (pb_imds's 2), which is not the same as being outside a group.
pb_target_state() {
  pb_ts_rc=0
  pb_imds autoscaling/target-lifecycle-state 2>/dev/null || pb_ts_rc=$?
  case $pb_ts_rc in
    0 | 1) return 0 ;;
  esac
  echo "parbake: could not read autoscaling/target-lifecycle-state from IMDS at $PB_IMDS" >&2
  return "$pb_ts_rc"
}

# pb_wait_in_service polls the target lifecycle state until it is InService, every
# PB_WAIT_INTERVAL seconds (5 unless set): a pool that keeps its instances running (or hibernated)
# never starts them again, so nothing else would notice the scale-out.
pb_wait_in_service() {
  while :; do
    if pb_ws=$(pb_target_state 2>/dev/null); then
      case $pb_ws in
        InService | '') return 0 ;;
      esac
    fi
    sleep "${PB_WAIT_INTERVAL:-5}"
  done
}

# pb_warmed records that the warm part finished on this instance, and with which state its pool
# keeps it.
pb_warmed() {
  mkdir -p "$PB_STATE"
  pb_target_state >"$PB_STATE/warmed.new" && mv "$PB_STATE/warmed.new" "$PB_STATE/warmed" || return
  cp "$PB_DIR/record" "$PB_STATE/warm.record"
  cp "$PB_DIR/record.checks" "$PB_STATE/warm.record.checks"
}

# pb_in_service lets the services the recipe enables start from now on: their drop-ins wait for
# PB_HOLD_UNTIL, on this boot and every later one.
pb_in_service() {
  [ -n "${PB_HOLD_UNTIL:-}" ] || return 0
  mkdir -p "${PB_ROOT:-}${PB_HOLD_UNTIL%/*}" && : >"${PB_ROOT:-}$PB_HOLD_UNTIL"
}

# pb_held_start starts, at service entry, the services whose start or restart the warm part held
# back (services.sh's pb_start and pb_restart record them during warm-up), and says which waited.
pb_held_start() {
  [ -s "$PB_STATE/held-services" ] || return 0
  pb_held=$(sort -u "$PB_STATE/held-services" | tr '\n' ' ')
  echo "parbake: starting the services that waited for service entry: ${pb_held% }"
  for pb_svc in $pb_held; do
    pb_restart "$pb_svc" restart || return
  done
  rm -f "$PB_STATE/held-services"
}

# pb_await_service HOOK starts, after a warm part, the waiter of a pool that keeps its instances
# running or hibernated: a systemd unit that runs HOOK again once the instance goes in service.
# A stopped instance needs none: cloud-init runs HOOK at its next start.
pb_await_service() {
  pb_pool=$(cat "$PB_STATE/warmed" 2>/dev/null || :)
  case $pb_pool in
    Warmed:Running | Warmed:Hibernated) ;;
    *) echo "parbake: warm part done; the boot part runs when the instance starts to go in service"; return 0 ;;
  esac
  if ! command -v systemd-run >/dev/null 2>&1; then
    echo "parbake: no systemd-run here to wait for service entry ($pb_pool); run $1 with PB_WAIT=1 at service entry" >&2
    return 1
  fi
  # Its output goes to the console too, where GetConsoleOutput reads the service part's verdict.
  systemd-run --unit=parbake-in-service --description='parbake: the boot part at service entry' \
    -p StandardOutput=journal+console -p StandardError=journal+console --setenv=PB_WAIT=1 --setenv=PB_WAIT_INTERVAL="${PB_WAIT_INTERVAL:-5}" /bin/sh "$1" &&
    echo "parbake: warm part done ($pb_pool); unit parbake-in-service runs the boot part at service entry"
}
