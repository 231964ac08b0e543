# parbake session library (POSIX sh): what only the bake runner needs, to tie a run to its SSH
# session and to stop it completely. The boot runner leaves it out: every byte of user data counts.

# pb_sid PID sets pb_sid to the session id of process PID, from /proc, without starting a
# process: the one place /proc/PID/stat is parsed.
pb_sid() {
  read -r pb_sid <"${PB_ROOT:-}/proc/$1/stat" 2>/dev/null || return 1
  pb_sid=${pb_sid##*) } # after the command name, which may hold spaces
  pb_sid=${pb_sid#* }   # state
  pb_sid=${pb_sid#* }   # parent
  pb_sid=${pb_sid#* }   # process group
  pb_sid=${pb_sid%% *}
}

# pb_session PID prints the session id of process PID.
pb_session() { pb_sid "$1" && printf '%s\n' "$pb_sid"; }

# pb_kill_session SID SIGNAL EXCEPT signals every process of session SID but EXCEPT. A whole
# session, not one process group: a step under timeout runs in a group of its own.
pb_kill_session() {
  for pb_f in "${PB_ROOT:-}"/proc/[0-9]*/stat; do
    pb_pid=${pb_f%/stat}
    pb_pid=${pb_pid##*/}
    [ "$pb_pid" = "$3" ] && continue
    if pb_sid "$pb_pid" && [ "$pb_sid" = "$1" ]; then kill "-$2" "$pb_pid" 2>/dev/null || true; fi
  done
  return 0
}

# pb_stop RUN_DIR stops a bake: every process of its session, then its staging. It is what the
# provisioner runs on cancellation, and what the watchdog runs when the connection is gone.
pb_stop() {
  # Whoever stops the run must finish: a stop over SSH can lose its connection as Packer exits,
  # and the watchdog's is gone already.
  trap '' HUP INT TERM PIPE
  read -r pb_self <"${PB_ROOT:-}/proc/self/stat"
  pb_self=${pb_self%% *}
  pb_run_sid=$(cat "$1/session" 2>/dev/null) || pb_run_sid=
  if [ -n "$pb_run_sid" ]; then
    pb_kill_session "$pb_run_sid" TERM "$pb_self"
    sleep 1
    pb_kill_session "$pb_run_sid" KILL "$pb_self"
  fi
  PB_DIR=$1
  if [ -f "$PB_LOCK" ] && pb_lock_stale; then
    pb_unstage_all
    pb_unlock
  fi
  rm -rf -- "$1"
}

# pb_watchdog ties the run to its SSH session: a tick every second on standard output, and when
# that fails (Packer was interrupted and the connection is gone) it stops the whole run.
pb_watchdog() {
  trap '' PIPE
  # sleep must not hold standard output: the SSH session ends only when every holder is gone.
  while sleep 1 >/dev/null 2>&1; do
    # On standard error: a step's unfinished line on standard output must not be split.
    pb_emit_tick >&2 2>/dev/null || {
      pb_stop "$PB_DIR" >/dev/null 2>&1
      exit 0
    }
  done
}
