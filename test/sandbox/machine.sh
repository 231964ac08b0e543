# shellcheck shell=bash
# A machine with real systemd: systemd-nspawn --boot over an overlay, restarted when it reboots.
# Sourced by target.sh, boot.sh and exec.sh, never run.
#
# RUN_DIR layout: upper/ (what the machine wrote; kept across reboots), work/, merged/,
# units/ (runtime units, bound at /run/systemd/system), machine.pid (the supervisor),
# nspawn.pid (the current boot), boots (boots since machine_start), console.log.

# The host's PID 1 is not systemd here: nspawn must neither register the machine nor ask for a
# scope. resolv.conf and the time zone come from the base, so nothing of the host lands in upper.
NSPAWN_FLAGS=(--boot --register=no --keep-unit -q --resolv-conf=off --timezone=off --link-journal=no)

# machine_units RUN_DIR MASKED… writes the runtime unit directory with MASKED units masked.
machine_units() {
  local units=$1/units u
  shift
  rm -rf "$units"
  mkdir -p "$units/multi-user.target.wants"
  for u in "$@"; do ln -s /dev/null "$units/$u"; done
}

# machine_start RUN_DIR LOWERDIR HOSTNAME [NSPAWN_ARG…] boots the machine in the background. A
# supervisor in its own session and mount namespace mounts the overlay and runs nspawn; nspawn's
# exit status 133 is a reboot (what systemd-nspawn@.service restarts on), so it boots again over
# the same upper dir, with a fresh /run. SIGTERM to the supervisor shuts the machine down cleanly.
machine_start() {
  local run=$1 lowerdir=$2 name=$3
  shift 3
  need_cmd systemd-nspawn systemd-container
  mkdir -p "$run/upper" "$run/work" "$run/merged"
  rm -rf "$run/work"/* "$run/nspawn.pid"
  echo 0 >"$run/boots"
  setsid unshare --mount --propagation private bash -uc '
    run=$1 lowerdir=$2 name=$3
    shift 3
    mount -t overlay overlay -o "lowerdir=$lowerdir,upperdir=$run/upper,workdir=$run/work" "$run/merged"
    child= stopping=
    trap "stopping=1; [ -z \"\$child\" ] || kill -TERM \"\$child\" 2>/dev/null" TERM INT
    while :; do
      echo $(( $(cat "$run/boots") + 1 )) >"$run/boots"
      systemd-nspawn -D "$run/merged" --hostname="$name" "$@" &
      child=$!
      echo "$child" >"$run/nspawn.pid"
      rc=0
      wait "$child" || rc=$?
      while kill -0 "$child" 2>/dev/null; do rc=0; wait "$child" || rc=$?; done
      rm -f "$run/nspawn.pid"
      [ "$rc" = 133 ] && [ -z "$stopping" ] || break
      echo "sandbox: the machine rebooted; booting it again"
    done
    exit "$rc"
  ' machine "$run" "$lowerdir" "$name" "${NSPAWN_FLAGS[@]}" "$@" </dev/null >>"$run/console.log" 2>&1 &
  echo $! >"$run/machine.pid"
}

# machine_alive RUN_DIR: is the supervisor still there?
machine_alive() { [ -f "$1/machine.pid" ] && kill -0 "$(cat "$1/machine.pid")" 2>/dev/null; }

# machine_init RUN_DIR prints the PID (on the host) of the running boot's systemd, waiting up to
# 20 s for it; fails when the machine is gone.
machine_init() {
  local pid child
  for _ in $(seq 1 200); do
    machine_alive "$1" || return 1
    pid=$(cat "$1/nspawn.pid" 2>/dev/null) || pid=
    if [ -n "$pid" ]; then
      child=$(pgrep -P "$pid" | head -n1) || child=
      if [ -n "$child" ] && [ "$(cat "/proc/$child/comm" 2>/dev/null)" = systemd ]; then
        echo "$child"
        return 0
      fi
    fi
    sleep 0.1
  done
  return 1
}

# machine_exec RUN_DIR COMMAND… runs COMMAND inside the running machine, as a login would: in its
# namespaces, its network included (an EC2 box instance reaches its own 127.0.0.1 and metadata).
machine_exec() {
  local init
  init=$(machine_init "$1") || { echo "sandbox: the machine in $1 is not running" >&2; return 1; }
  shift
  # nsenter keeps the host's working directory, which means nothing inside: start from /.
  nsenter --target "$init" --mount --uts --ipc --net --pid --root -- /bin/sh -c 'cd / && exec "$@"' sh \
    env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=en_US.UTF-8 "$@" <&0 &
  local pid=$! watcher rc=0
  # A machine that shuts down or reboots while the command runs freezes it (systemd stops every
  # process before it kills them), and nsenter then stops itself to pass the stop on, for good.
  # Waking nsenter lets it collect its child and return.
  (
    while kill -0 "$pid" 2>/dev/null; do
      case $(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) in T) kill -CONT "$pid" 2>/dev/null ;; esac
      sleep 0.5
    done
  ) &
  watcher=$!
  wait "$pid" || rc=$?
  kill "$watcher" 2>/dev/null || true
  wait "$watcher" 2>/dev/null || true
  return "$rc"
}

# machine_stop RUN_DIR shuts the machine down (SIGTERM makes nspawn stop systemd cleanly), by
# the supervisor's own PID, and waits for it and its mount namespace to go.
machine_stop() {
  local f=$1/machine.pid pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      pkill -KILL -s "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
  rm -f "$f" "$1/nspawn.pid"
  rmdir "$1/merged" 2>/dev/null || true
}
