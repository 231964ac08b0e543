#!/bin/sh
# parbake bake runner: generated, do not edit. Recipe 'web', role 'web'.
set -eu
umask 022
case $0 in
  /*) PB_DIR=${0%/*} ;;
  *) PB_DIR=$(cd -- "$(dirname -- "$0")" && pwd) ;;
esac
# The marker token stays in this shell: no step can read it, so no step can forge a marker.
PB_TOKEN=${PARBAKE_TOKEN:-}
unset PARBAKE_TOKEN
PB_STATE="$PB_DIR/state"
PB_RECORD=$PB_DIR/record
PB_MANIFEST='/etc/parbake/manifest.json'
PB_STAGE='.parbake-stage'
PB_LOCK='/var/tmp/.parbake-files.lock'
# GNU find places each directory's files with one mv; detected once per run.
PB_GNU_FIND=0
if find / -maxdepth 0 -execdir true {} + >/dev/null 2>&1; then PB_GNU_FIND=1; fi
export PB_DIR PB_STATE PB_RECORD PB_MANIFEST PB_STAGE PB_LOCK PB_GNU_FIND
. "$PB_DIR/lib.sh"
. "$PB_DIR/session.sh"
. "$PB_DIR/inventory.sh"
cd "$PB_DIR"
# A step that reboots the machine ends the run; the provisioner reboots it and runs this script
# again, which skips the steps already finished (their markers in $PB_STATE) and goes on.
pb_rebooting() { : >"$PB_DIR/reboot-pending"; exit 0; }
PB_RESUMED=0
if [ -f "$PB_DIR/reboot-pending" ]; then
  PB_RESUMED=1
  rm -f "$PB_DIR/reboot-pending"
fi
pb_session $$ >"$PB_DIR/session"
PB_WATCHDOG=
if [ -n "$PB_TOKEN" ]; then
  pb_watchdog &
  PB_WATCHDOG=$!
fi
pb_exit() {
  [ -z "$PB_WATCHDOG" ] || kill "$PB_WATCHDOG" 2>/dev/null || true
  if [ "${PARBAKE_SKIP_CLEAN:-0}" != 1 ] && [ ! -f "$PB_DIR/reboot-pending" ]; then
    cd / && rm -rf -- "$PB_DIR"
    rmdir -- "${PB_DIR%/*}" 2>/dev/null || true # only when no other run uses it
  fi
}
trap pb_exit EXIT
# Wait for a cloud-init that is running (it created /run/cloud-init), so packages don't race it.
# Not `cloud-init status --wait`: on a machine an earlier bake cleaned, cloud-init says "not run"
# for good, and that would wait forever.
if [ "${PARBAKE_WAIT_CLOUD_INIT:-0}" = 1 ] && [ -d "${PB_ROOT:-}/run/cloud-init" ] && command -v cloud-init >/dev/null 2>&1; then
  pb_emit_wait_cloud_init
  pb_i=0
  while [ "$pb_i" -lt 1800 ] && cloud-init status 2>/dev/null | grep -q '^status: running'; do
    sleep 1
    pb_i=$((pb_i + 1))
  done
fi
[ "${PARBAKE_INVENTORY:-1}" != 1 ] || [ "$PB_RESUMED" = 1 ] || pb_inventory_start
pb_emit_bake_begin 2 'sha256:0914965d0647b3b46b3328a474520bc9b6e724cbac0018219d4a5473202b9373'
pb_run_step 1 2 'base' 'sha256:faf984c83c103ff81fdd92b5b96b5a54b33fbcc118a66ea8277b04460837649a' 0 0 "$PB_DIR"/'steps/01-base.sh' never bake
pb_run_step 2 2 'nginx' 'sha256:64fa4e54f736bb711c2868218b492151468816d70e5a636df06acfcdb2245d52' 0 0 "$PB_DIR"/'steps/02-nginx.sh' never bake
[ "${PARBAKE_INVENTORY:-1}" != 1 ] || pb_describe_machine
pb_emit_bake_done
