# parbake session library (POSIX sh): what only the bake runner needs, to tie a run to its SSH
# session and to stop it completely. The boot runner leaves it out: every byte of user data counts.

# pb_session prints the session id of process $1, from /proc, without starting a process.
pb_session() {
  read -r pb_stat <"/proc/$1/stat" 2>/dev/null || return 1
  pb_stat=${pb_stat##*) }     # after the command name, which may hold spaces
  pb_stat=${pb_stat#* }       # state
  pb_stat=${pb_stat#* }       # parent
  pb_stat=${pb_stat#* }       # process group
  printf '%s\n' "${pb_stat%% *}"
}

# pb_kill_session SID SIGNAL EXCEPT signals every process of session SID but EXCEPT. A whole
# session, not one process group: a step under timeout runs in a group of its own.
pb_kill_session() {
  for pb_f in /proc/[0-9]*/stat; do
    pb_pid=${pb_f#/proc/}
    pb_pid=${pb_pid%/stat}
    [ "$pb_pid" = "$3" ] && continue
    read -r pb_stat <"$pb_f" 2>/dev/null || continue
    pb_stat=${pb_stat##*) }
    pb_stat=${pb_stat#* }
    pb_stat=${pb_stat#* }
    pb_stat=${pb_stat#* }
    if [ "${pb_stat%% *}" = "$1" ]; then kill "-$2" "$pb_pid" 2>/dev/null || true; fi
  done
  return 0
}

# pb_stop RUN_DIR stops a bake: every process of its session, then its staging. It is what the
# provisioner runs on cancellation, and what the watchdog runs when the connection is gone.
pb_stop() {
  read -r pb_self </proc/self/stat
  pb_self=${pb_self%% *}
  pb_sid=$(cat "$1/session" 2>/dev/null) || pb_sid=
  if [ -n "$pb_sid" ]; then
    pb_kill_session "$pb_sid" TERM "$pb_self"
    sleep 1
    pb_kill_session "$pb_sid" KILL "$pb_self"
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
    pb_marker tick >&2 2>/dev/null || {
      pb_stop "$PB_DIR" >/dev/null 2>&1
      exit 0
    }
  done
}
