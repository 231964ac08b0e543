# parbake runner library (POSIX sh). Both the bake runner and the boot runner source it, and so
# does every step script, so a step's actions behave the same in either phase.
#
# Markers are lines "::parbake:TOKEN::KIND ARGS…" on standard output, parsed by the provisioner.
# TOKEN is chosen per run and kept in a shell variable that is never exported, so nothing a step
# prints can pass for a marker. Everything else a step prints is its output.
#
# The runner sets, before sourcing this file: PB_DIR (the unpacked bundle), PB_STATE (where
# finished steps leave their markers), PB_RECORD (the run's record: a line per step event),
# PB_MANIFEST (the bake manifest's path on the machine), PB_STAGE (the staging directory name
# that pb_files uses next to each destination) and PB_LOCK (the lock that serialises file
# placement between runs on one machine). Every path of the machine itself is read under
# PB_ROOT, empty on a machine, so that tests can give the runner a file system of their own.

pb_marker() { printf '::parbake:%s::%s\n' "${PB_TOKEN:-}" "$*"; }

# The markers, one emitter a kind: generated from runner/grammar.go (go test ./runner -update).
# BEGIN generated emitters
# pb_emit_step_begin INDEX TOTAL NAME: a step starts.
pb_emit_step_begin() { pb_marker "step-begin $1 $2 $3"; }
# pb_emit_step_ok INDEX NAME SECONDS: a step ended well, in seconds.
pb_emit_step_ok() { pb_marker "step-ok $1 $2 $3"; }
# pb_emit_step_skip INDEX NAME SECONDS: a step an earlier run finished is skipped.
pb_emit_step_skip() { pb_marker "step-skip $1 $2 $3"; }
# pb_emit_step_fail INDEX NAME CODE SECONDS: a step failed with an exit code (194: it asked for a reboot).
pb_emit_step_fail() { pb_marker "step-fail $1 $2 $3 $4"; }
# pb_emit_step_retry INDEX NAME ATTEMPT CODE: a failed attempt is retried.
pb_emit_step_retry() { pb_marker "step-retry $1 $2 $3 $4"; }
# pb_emit_check_ok INDEX NAME N CODE SECONDS: check n of step index passed.
pb_emit_check_ok() { pb_marker "check-ok $1 $2 $3 $4 $5"; }
# pb_emit_check_failed INDEX NAME N CODE SECONDS: check n of step index failed.
pb_emit_check_failed() { pb_marker "check-failed $1 $2 $3 $4 $5"; }
# pb_emit_reboot INDEX NAME REASON BOOT_ID: a step needs a reboot; the boot id it ran in.
pb_emit_reboot() { pb_marker "reboot $1 $2 $3 $4"; }
# pb_emit_os ID VERSION: the machine's OS, from os-release.
pb_emit_os() { pb_marker "os $1 $2"; }
# pb_emit_base_image IMAGE_ID: the image the build started from.
pb_emit_base_image() { pb_marker "base-image $1"; }
# pb_emit_package TYPE NAME VERSION ARCH: a package the bake installed or changed.
pb_emit_package() { pb_marker "package $1 $2 $3 $4"; }
# pb_emit_tick: the bake's session is alive.
pb_emit_tick() { pb_marker "tick"; }
# pb_emit_wait_cloud_init: the bake waits for cloud-init to finish.
pb_emit_wait_cloud_init() { pb_marker "wait-cloud-init"; }
# pb_emit_bake_begin STEPS DIGEST: a bake starts.
pb_emit_bake_begin() { pb_marker "bake-begin $1 $2"; }
# pb_emit_bake_done: a bake ended.
pb_emit_bake_done() { pb_marker "bake-done"; }
# pb_emit_boot_begin STEPS: a boot part starts.
pb_emit_boot_begin() { pb_marker "boot-begin $1"; }
# pb_emit_boot_done: a boot part ended.
pb_emit_boot_done() { pb_marker "boot-done"; }
# pb_rec_step INDEX NAME HASH PHASE STATUS CODE SECONDS: a step's outcome, in $PB_RECORD.
pb_rec_step() { printf '%s %s %s %s %s %s %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7"; }
# pb_rec_check INDEX NAME N STATUS CODE SECONDS TEXT: a check's outcome, in $PB_RECORD.checks.
pb_rec_check() { printf '%s %s %s %s %s %s %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7"; }
# pb_rec_fetch SOURCE VALUES CALLS ATTEMPTS SECONDS: one batch of fetched values, in $PB_DIR/fetches.
pb_rec_fetch() { printf '%s %s %s %s %s\n' "$1" "$2" "$3" "$4" "$5"; }
# END generated emitters

# pb_clock sets pb_ms to a time in milliseconds. It reads /proc/uptime (centiseconds) with the
# shell's own read, so timing a step starts no process; date is the fallback, and the choice
# where PB_PRECISE_CLOCK=1 (the boot runner, whose steps are short and measured for planning).
pb_clock() {
  if [ "${PB_PRECISE_CLOCK:-0}" = 1 ]; then # the boot runner: few steps, worth a process each
    pb_ns=$(date +%s%N 2>/dev/null) || pb_ns=
    case $pb_ns in
      '' | *N*) ;;
      *) pb_ms=$((pb_ns / 1000000)); return 0 ;;
    esac
  fi
  if read -r pb_up _ <"${PB_ROOT:-}/proc/uptime" 2>/dev/null; then
    pb_cs=${pb_up#*.}
    pb_cs=${pb_cs#0}
    pb_ms=$((${pb_up%.*} * 1000 + ${pb_cs:-0} * 10))
  else
    pb_ms=$(($(date +%s) * 1000))
  fi
}

# pb_since T0 sets pb_dur to the seconds since pb_ms was T0, with three decimals, e.g. 1.250.
pb_since() {
  pb_clock
  pb_d=$((pb_ms - $1))
  [ "$pb_d" -ge 0 ] || pb_d=0
  pb_r=$((pb_d % 1000))
  case ${#pb_r} in 1) pb_r=00$pb_r ;; 2) pb_r=0$pb_r ;; esac
  pb_dur=$((pb_d / 1000)).$pb_r
}

pb_pkg_manager() {
  for pb_m in apt-get dnf yum apk zypper; do
    if command -v "$pb_m" >/dev/null 2>&1; then
      printf '%s\n' "$pb_m"
      return 0
    fi
  done
  return 1
}

# pb_apt ARGS... runs apt-get, retrying while another process holds the dpkg or apt lock
# (cloud-init or unattended-upgrades often do on a fresh instance).
pb_apt() {
  pb_try=0
  pb_out=$(mktemp)
  while :; do
    pb_try=$((pb_try + 1))
    { apt-get -o DPkg::Lock::Timeout=120 -q "$@" 2>&1 && echo 0 >"$pb_out.rc" || echo $? >"$pb_out.rc"; } | tee "$pb_out"
    pb_rc=$(cat "$pb_out.rc")
    if [ "$pb_rc" -ne 0 ] && [ "$pb_try" -lt 10 ] &&
      grep -q -e 'Could not get lock' -e 'Unable to acquire the dpkg' -e 'is locked by another process' "$pb_out"; then
      echo "parbake: the package database is locked; retrying in 5s"
      sleep 5
      continue
    fi
    rm -f "$pb_out" "$pb_out.rc"
    return "$pb_rc"
  done
}

# pb_packages PACKAGE... installs packages with whichever package manager the target has.
pb_packages() {
  pb_pm=$(pb_pkg_manager) || {
    echo "parbake: no supported package manager found (apt-get, dnf, yum, apk, zypper)" >&2
    return 127
  }
  case $pb_pm in
    apt-get)
      DEBIAN_FRONTEND=noninteractive
      export DEBIAN_FRONTEND
      # PB_ROOT (empty on a machine) lets tests give the runner a file system of their own.
      if ! ls "${PB_ROOT:-}"/var/lib/apt/lists/*_Packages >/dev/null 2>&1; then pb_apt update; fi
      pb_apt install -y --no-install-recommends "$@" ||
        { pb_apt update && pb_apt install -y --no-install-recommends "$@"; }
      ;;
    dnf | yum) "$pb_pm" install -y "$@" ;;
    apk) apk add --no-cache "$@" ;;
    zypper) zypper --non-interactive install "$@" ;;
  esac
}

# pb_imds PATH [TRIES] prints a value from the instance metadata service at $PB_IMDS (IMDSv2),
# byte for byte: a session token first, then the path under latest/meta-data/. It tries TRIES
# times (PB_IMDS_TRIES, else 30: while IMDS comes up at boot), a second apart, but not again
# after a 404. It returns
# 1 for a 404 (no such path) and 2 when IMDS did not answer.
pb_imds() {
  command -v curl >/dev/null 2>&1 || { echo "parbake: curl is needed to read from IMDS" >&2; return 127; }
  pb_try=0
  pb_body=$(mktemp)
  while :; do
    pb_try=$((pb_try + 1))
    pb_code=000
    if pb_token=$(curl -sS -f -X PUT --max-time 2 -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' "$PB_IMDS/latest/api/token" 2>/dev/null); then
      pb_code=$(curl -sS --max-time 2 -o "$pb_body" -w '%{http_code}' -H "X-aws-ec2-metadata-token: $pb_token" "$PB_IMDS/latest/meta-data/$1" 2>/dev/null) || pb_code=000
    fi
    case $pb_code in
      200) cat "$pb_body"; rm -f "$pb_body"; return 0 ;;
      404) rm -f "$pb_body"
        echo "parbake: IMDS has no such path (for instance tags, enable tags in instance metadata)" >&2
        return 1 ;;
    esac
    if [ "$pb_try" -ge "${2:-${PB_IMDS_TRIES:-30}}" ]; then
      rm -f "$pb_body"
      echo "parbake: could not read from IMDS at $PB_IMDS (last HTTP status $pb_code)" >&2
      return 2
    fi
    sleep 1
  done
}

# pb_owner USER[:GROUP] fails unless the named user and group exist here. Tar falls back to
# numeric ids for names it cannot find, so this check is what makes an unknown owner an error.
pb_owner() {
  pb_u=${1%%:*}
  case $1 in *:*) pb_g=${1#*:} ;; *) pb_g= ;; esac
  case $pb_u in '' | *[!0-9]*) id -u -- "$pb_u" >/dev/null 2>&1 || {
    echo "parbake: user $pb_u does not exist on this machine" >&2
    return 1
  } ;; esac
  case $pb_g in '' | *[!0-9]*)
    [ -z "$pb_g" ] || getent group "$pb_g" >/dev/null 2>&1 || grep -q "^$pb_g:" /etc/group || {
      echo "parbake: group $pb_g does not exist on this machine" >&2
      return 1
    } ;;
  esac
}

# pb_lock and pb_unlock serialise file placement between parbake runs on one machine, because
# runs share the staging directory next to each destination. The lock is a file created with
# noclobber, holding the holder's PID and the kernel's boot id, so taking it starts no process.
# A lock whose holder is gone (a run that was killed, or one from before a reboot, whose PID may
# since belong to another process) is taken over.
pb_lock() {
  pb_boot_id
  pb_lock_boot=$pb_boot
  while :; do
    set -C
    if { echo "$$ $pb_lock_boot" >"$PB_LOCK"; } 2>/dev/null; then
      set +C
      return 0
    fi
    set +C
    if pb_lock_stale; then
      pb_unstage_all
      rm -f -- "$PB_LOCK"
      continue
    fi
    sleep 1
  done
}

# pb_lock_stale reports whether the lock's holder is gone.
pb_lock_stale() {
  pb_holder=''
  pb_holder_boot=''
  read -r pb_holder pb_holder_boot <"$PB_LOCK" 2>/dev/null || true
  pb_boot_id
  [ -n "$pb_holder" ] || return 1 # being written just now
  [ "$pb_holder_boot" = "$pb_boot" ] || return 0
  ! kill -0 "$pb_holder" 2>/dev/null
}

pb_unlock() { rm -f -- "$PB_LOCK"; }

# pb_boot_id sets pb_boot to the kernel's id of this boot (a new one after every reboot), with
# the shell's own read: taking the file lock starts no process.
pb_boot_id() {
  pb_boot=
  read -r pb_boot <"${PB_ROOT:-}/proc/sys/kernel/random/boot_id" 2>/dev/null || true
}

# pb_files DESTS DIRS STAGED [TAR] places a step's files in one pass. DESTS lists every
# destination, DIRS every destination directory; STAGED/K holds the files of the K-th directory,
# with their modes and owners, as the bundle unpacked them; TAR holds the files whose owners are
# names, at DIR/$PB_STAGE/NAME (tar looks the names up now that earlier steps have run). Nothing
# is written when a destination is a directory. Each STAGED/K becomes its directory's 0700 staging
# directory (a rename, or a copy across file systems), the tar adds to those, and one mv per
# directory renames the files into place: each rename is atomic, so no other process ever sees a
# half-written file or one with the wrong mode. The files are moved, not copied, so they are
# written once: a step that runs again (a retry, or after a reboot) finds them placed and runs its
# commands over them, as a retried shell provisioner does after its file provisioner.
pb_files() {
  # Placed by an earlier attempt. One that failed while placing them leaves no marker, and this
  # attempt fails too: the files it moved are gone with its staging.
  [ ! -f "$3.placed" ] || return 0
  while IFS= read -r pb_p; do
    if [ -d "$pb_p" ]; then
      echo "parbake: cannot write file $pb_p: it is an existing directory" >&2
      return 1
    fi
  done <"$1"
  pb_lock
  pb_rc=0
  pb_stage_in "$2" "$3" || pb_rc=$?
  # Parents that don't exist yet were made under the runner's umask 022; files keep their modes.
  if [ "$pb_rc" -eq 0 ] && [ -n "${4:-}" ]; then
    tar -xpmf "$4" -C / || pb_rc=$?
  fi
  if [ "$pb_rc" -eq 0 ]; then
    pb_place "$2" || pb_rc=$?
  fi
  # Under SELinux a renamed file keeps the label of where it was made, the run directory's:
  # each placed file gets the one its path should have, as a file written there would.
  if [ "$pb_rc" -eq 0 ] && [ -e "${PB_ROOT:-}/sys/fs/selinux/enforce" ] && command -v restorecon >/dev/null 2>&1; then
    restorecon -F -f "$1" || pb_rc=$?
  fi
  if [ "$pb_rc" -ne 0 ]; then
    pb_unstage "$2"
    echo "parbake: could not place the step's files (exit code $pb_rc)" >&2
  else
    : >"$3.placed"
  fi
  pb_unlock
  return "$pb_rc"
}

# pb_stage_in DIRS STAGED makes every destination directory and moves STAGED/K to the K-th one's
# staging directory, then gives the files the time they are placed at, as tar -m does (the bundle
# holds them with a fixed time, so that it is the same bytes every time).
pb_stage_in() {
  pb_dirs=$1
  pb_staged=$2
  set --
  while IFS= read -r pb_d; do set -- "$@" "$pb_d"; done <"$pb_dirs"
  [ "$#" -gt 0 ] || return 0
  mkdir -p -- "$@" || return
  set --
  pb_k=0
  while IFS= read -r pb_d; do
    pb_k=$((pb_k + 1))
    [ -d "$pb_staged/$pb_k" ] || continue
    pb_s=${pb_d%/}/$PB_STAGE
    # Left by a run that was killed: we hold the lock, so no run is using it.
    [ ! -e "$pb_s" ] || rm -rf -- "$pb_s" || return
    mv -- "$pb_staged/$pb_k" "$pb_s" || return
    set -- "$@" "$pb_s"
  done <"$pb_dirs"
  [ "$#" -eq 0 ] || find "$@" -mindepth 1 -maxdepth 1 -exec touch -c -- {} +
}

# pb_place DIRS renames every staged file into its directory. With GNU find (PB_GNU_FIND=1, which
# the runner detects once) that is one find and one mv per directory; elsewhere (busybox) a find,
# a shell and an mv run per directory.
pb_place() {
  pb_dirs=$1
  if [ "${PB_GNU_FIND:-}" = 1 ]; then
    set --
    while IFS= read -r pb_d; do set -- "$@" "${pb_d%/}/$PB_STAGE"; done <"$pb_dirs"
    # Never without a path: find would default to the current directory.
    [ "$#" -gt 0 ] || return 0
    find "$@" -mindepth 1 -maxdepth 1 -execdir mv -f -t .. -- {} + || return
    rmdir -- "$@"
    return
  fi
  while IFS= read -r pb_d; do
    (cd "$pb_d/$PB_STAGE" && find . -mindepth 1 -maxdepth 1 -exec sh -c 'exec mv -f -- "$@" ..' sh {} +) || return
    rmdir -- "$pb_d/$PB_STAGE"
  done <"$pb_dirs"
}

# pb_unstage DIRS removes the staging directories a run may have left in DIRS' directories.
pb_unstage() {
  while IFS= read -r pb_d; do rm -rf -- "${pb_d%/}/${PB_STAGE:?}"; done <"$1"
}

# pb_unstage_all removes every step's staging directories.
pb_unstage_all() {
  # shellcheck disable=SC2153 # PB_DIR is set by the runner that sources this file
  for pb_list in "$PB_DIR"/steps/*.dirs; do
    [ -f "$pb_list" ] && pb_unstage "$pb_list"
  done
  return 0
}

# pb_file DEST MODE OWNER writes standard input to DEST atomically, for content that is only
# known on the machine (boot variables). The temporary file is created under umask 077, gets its
# owner and mode, then replaces DEST in one rename in the same directory.
pb_file() {
  if [ -d "$1" ]; then
    echo "parbake: cannot write file $1: it is an existing directory" >&2
    return 1
  fi
  pb_dir=$(dirname -- "$1")
  mkdir -p -- "$pb_dir"
  pb_tmp="$pb_dir/.parbake.$$.tmp"
  if ! { (umask 077 && cat >"$pb_tmp") && chown -- "$3" "$pb_tmp" && chmod -- "$2" "$pb_tmp" && mv -f -- "$pb_tmp" "$1"; }; then
    rm -f -- "$pb_tmp"
    echo "parbake: could not write $1" >&2
    return 1
  fi
}

# pb_script FILE runs a bundled script; its own shebang decides the interpreter.
pb_script() {
  chmod 0755 "$1"
  "$1"
}

# pb_run_step INDEX TOTAL NAME HASH TIMEOUT RETRIES FILE REBOOT PHASE is the step engine, the
# same in both phases: it skips a step an earlier run finished (its marker in $PB_STATE), runs
# it (pb_step: attempts, timeout, exit status 194), records the outcome in $PB_RECORD
# ("INDEX NAME HASH PHASE ok|failed|reboot|skipped CODE SECONDS"), marks it finished, and
# handles a reboot the step needs: at most 5 per step, each recorded, then pb_rebooting, which
# the phase defines (the bake ends its run for the provisioner to reboot; the boot exits 194 for
# its parent to). PHASE is where the plan placed the step, for the record.
pb_run_step() {
  pb_mark="$PB_STATE/$3-${4#sha256:}"
  if [ -f "$pb_mark" ]; then
    pb_emit_step_skip "$1" "$3" 0
    pb_record "$1" "$3" "$4" "$9" skipped 0 0
    return 0
  fi
  pb_rc=0
  pb_step "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" || pb_rc=$?
  case $pb_rc in
    0) pb_record "$1" "$3" "$4" "$9" ok 0 "$pb_dur" && mkdir -p "$PB_STATE" && : >"$pb_mark" ;;
    194) pb_record "$1" "$3" "$4" "$9" reboot 194 "$pb_dur" ;;
    *) pb_record "$1" "$3" "$4" "$9" failed "$pb_rc" "$pb_dur"; return "$pb_rc" ;;
  esac
  [ -n "$pb_reboot" ] || return 0
  mkdir -p "$PB_STATE"
  if [ -f "$pb_mark.reboots" ] && [ "$(wc -l <"$pb_mark.reboots")" -ge 5 ]; then
    pb_emit_step_fail "$1" "$3" 194 0
    echo "parbake: step $3 asked for a reboot 5 times; giving up" >&2
    return 1
  fi
  echo "$pb_reboot" >>"$pb_mark.reboots"
  pb_boot_id
  pb_emit_reboot "$1" "$3" "$pb_reboot" "$pb_boot"
  pb_rebooting "$3" "$pb_reboot"
}

pb_record() { pb_rec_step "$@" >>"$PB_RECORD"; }

# pb_step INDEX TOTAL NAME HASH TIMEOUT_SECONDS RETRIES FILE REBOOT runs one step script in a
# child shell, between begin and end markers. TIMEOUT_SECONDS limits each attempt; RETRIES more
# attempts follow a failure. pb_dur is then its duration. Exit status 194 from the script asks
# for a reboot and a second run of the step (EC2 Image Builder's convention): pb_step returns 194
# and pb_reboot is exit-194. After a finished step, pb_reboot holds why the machine must reboot
# now (REBOOT is never, if_required or always), or nothing.
pb_step() {
  pb_reboot=
  pb_emit_step_begin "$1" "$2" "$3"
  pb_clock
  pb_t0=$pb_ms
  pb_attempt=0
  if [ "$5" -gt 0 ] && ! command -v timeout >/dev/null 2>&1; then
    echo "parbake: warning: this machine has no timeout command; step $3 runs without its ${5}s limit"
  fi
  while :; do
    pb_attempt=$((pb_attempt + 1))
    pb_cks=0
    [ ! -f "$PB_RECORD.checks" ] || pb_cks=$(wc -l <"$PB_RECORD.checks")
    if [ "$5" -gt 0 ] && command -v timeout >/dev/null 2>&1; then
      timeout -k 10 "$5" sh -e "$7" 2>&1 && pb_rc=0 || pb_rc=$?
      [ "$pb_rc" -eq 124 ] && echo "parbake: step $3 timed out after $5s"
    else
      sh -e "$7" 2>&1 && pb_rc=0 || pb_rc=$?
    fi
    # This attempt's checks, as markers: only this shell holds the token, not the step's.
    [ ! -f "$PB_RECORD.checks" ] || awk -v n="$pb_cks" 'NR > n { print $4, $1, $2, $3, $5, $6 }' "$PB_RECORD.checks" |
      while read -r pb_ckst pb_ck1 pb_ck2 pb_ck3 pb_ck4 pb_ck5; do
        case $pb_ckst in
          ok) pb_emit_check_ok "$pb_ck1" "$pb_ck2" "$pb_ck3" "$pb_ck4" "$pb_ck5" ;;
          *) pb_emit_check_failed "$pb_ck1" "$pb_ck2" "$pb_ck3" "$pb_ck4" "$pb_ck5" ;;
        esac
      done
    [ "$pb_rc" -eq 0 ] && break
    if [ "$pb_rc" -eq 194 ]; then
      pb_since "$pb_t0"
      pb_reboot=exit-194
      echo "parbake: step $3 asked for a reboot (exit status 194); it runs again after it"
      return 194
    fi
    if [ "$pb_attempt" -gt "$6" ]; then
      pb_since "$pb_t0"
      pb_emit_step_fail "$1" "$3" "$pb_rc" "$pb_dur"
      echo "parbake: step $3 failed with exit code $pb_rc" >&2
      return "$pb_rc"
    fi
    pb_emit_step_retry "$1" "$3" "$pb_attempt" "$pb_rc"
    sleep 2
  done
  pb_since "$pb_t0"
  pb_emit_step_ok "$1" "$3" "$pb_dur"
  pb_reboot_reason "${8:-never}"
}

# pb_reboot_reason MODE sets pb_reboot to why a step with reboot = MODE needs a reboot now: always,
# or reboot-required when Debian's /var/run/reboot-required exists or Red Hat's needs-restarting
# says so; empty otherwise.
# shellcheck disable=SC2034 # the runners read pb_reboot
pb_reboot_reason() {
  pb_reboot=
  case $1 in
    always) pb_reboot=always ;;
    if_required)
      if [ -e "${PB_ROOT:-}/var/run/reboot-required" ]; then
        pb_reboot=reboot-required
      elif command -v needs-restarting >/dev/null 2>&1 && ! needs-restarting -r >/dev/null 2>&1; then
        pb_reboot=needs-restarting
      fi
      ;;
  esac
}

# pb_check STEP_INDEX STEP N TEXT COMMAND runs check N of a step, after its actions and the
# service restarts it triggers, from /, with the step's environment: COMMAND is the recipe's
# with boot values expanded, TEXT the check as the recipe wrote it. Its output is the step's,
# masked like any other. Its result and time go to $PB_RECORD.checks (a line a check: step index,
# step, N, status, exit code, seconds, text with \ and newlines escaped), which the runner turns
# into markers; a failing check fails the step, naming the check.
pb_check() {
  pb_clock
  pb_ck0=$pb_ms
  printf '+ check %s: %s\n' "$3" "$4"
  pb_ckc=0
  (cd / && eval "$5") || pb_ckc=$?
  pb_since "$pb_ck0"
  pb_ckst=ok
  [ "$pb_ckc" = 0 ] || pb_ckst=failed
  # The text keeps every byte but its line breaks' meaning: \ and newline are written \\ and \n,
  # so that one check is one line; the report's awk reads them back.
  pb_rec_check "$1" "$2" "$3" "$pb_ckst" "$pb_ckc" "$pb_dur" "$(printf '%s\n' "$4" | LC_ALL=C awk '{ if (NR > 1) printf "%s", "\\n"; n = length($0); for (i = 1; i <= n; i++) { c = substr($0, i, 1); printf "%s", (c == "\\" ? "\\\\" : c) } }')" >>"$PB_RECORD.checks"
  if [ "$pb_ckc" != 0 ]; then
    echo "parbake: check $3 of step $2 failed with exit code $pb_ckc: $4" >&2
    return "$pb_ckc"
  fi
}
