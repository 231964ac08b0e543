# parbake runner library (POSIX sh). Both the bake runner and the boot runner source it, and so
# does every step script, so a step's actions behave the same in either phase.
#
# Markers: lines starting with "::parbake::" on standard output, parsed by the provisioner.
# Everything else a step prints is its output.

pb_marker() { printf '::parbake::%s\n' "$*"; }

# pb_now prints the time in seconds, with nanoseconds where date supports them.
pb_now() {
  pb_t=$(date +%s.%N 2>/dev/null) || pb_t=
  case $pb_t in '' | *N*) date +%s ;; *) printf '%s\n' "$pb_t" ;; esac
}

# pb_elapsed START END prints END-START in seconds with three decimals.
pb_elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { d = b - a; if (d < 0) d = 0; printf "%.3f\n", d }'; }

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
      if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then pb_apt update; fi
      pb_apt install -y --no-install-recommends "$@" ||
        { pb_apt update && pb_apt install -y --no-install-recommends "$@"; }
      ;;
    dnf | yum) "$pb_pm" install -y "$@" ;;
    apk) apk add --no-cache "$@" ;;
    zypper) zypper --non-interactive install "$@" ;;
  esac
}

# pb_file SOURCE DEST MODE OWNER writes DEST atomically: the content goes to a temporary file in
# the same directory, gets its owner and mode, then replaces DEST in one rename. SOURCE is a
# bundle file, or - for standard input.
pb_file() {
  pb_dir=$(dirname -- "$2")
  mkdir -p -- "$pb_dir"
  pb_tmp="$pb_dir/.parbake.$$.tmp"
  if [ "$1" = - ]; then cat >"$pb_tmp"; else cat -- "$1" >"$pb_tmp"; fi &&
    chown -- "$4" "$pb_tmp" && chmod -- "$3" "$pb_tmp" && mv -f -- "$pb_tmp" "$2" || {
    pb_rc=$?
    rm -f -- "$pb_tmp"
    echo "parbake: could not write $2" >&2
    return "$pb_rc"
  }
}

# pb_script FILE runs a bundled script; its own shebang decides the interpreter.
pb_script() {
  chmod 0755 "$1"
  "$1"
}

# pb_run COMMAND runs one of the recipe's commands; any failing command in it fails the step.
pb_run() {
  printf '+ %s\n' "$1"
  sh -ec "$1"
}

pb_enable() {
  if command -v systemctl >/dev/null 2>&1; then
    systemctl enable -- "$1"
  else
    echo "parbake: systemctl not found; cannot enable $1" >&2
    return 1
  fi
}

# pb_start is only ever called by the boot runner: an image build must not leave daemons running.
pb_start() {
  if [ -d /run/systemd/system ]; then
    systemctl start --no-block -- "$1"
  else
    echo "parbake: systemd is not running here; $1 will start with the next boot"
  fi
}

# pb_step INDEX TOTAL NAME HASH TIMEOUT_SECONDS RETRIES FILE runs one step script in a child
# shell, with its timeout and retries, between begin and end markers. It records the finished
# step and its duration in $PB_DONE.
pb_step() {
  pb_marker "step-begin $1 $2 $3"
  pb_start=$(pb_now)
  pb_attempt=0
  while :; do
    pb_attempt=$((pb_attempt + 1))
    if [ "$5" -gt 0 ] && command -v timeout >/dev/null 2>&1; then
      timeout -k 10 "$5" sh -e "$7" 2>&1 && pb_rc=0 || pb_rc=$?
      [ "$pb_rc" -eq 124 ] && echo "parbake: step $3 timed out after $5s"
    else
      sh -e "$7" 2>&1 && pb_rc=0 || pb_rc=$?
    fi
    [ "$pb_rc" -eq 0 ] && break
    if [ "$pb_attempt" -gt "$6" ]; then
      pb_marker "step-fail $1 $3 $pb_rc $(pb_elapsed "$pb_start" "$(pb_now)")"
      echo "parbake: step $3 failed with exit code $pb_rc" >&2
      return "$pb_rc"
    fi
    pb_marker "step-retry $1 $3 $pb_attempt $pb_rc"
    sleep 2
  done
  pb_dur=$(pb_elapsed "$pb_start" "$(pb_now)")
  printf '%s %s %s\n' "$1" "$3" "$pb_dur" >>"$PB_DONE"
  pb_marker "step-ok $1 $3 $pb_dur"
}

# pb_fill_manifest TEMPLATE DEST writes the manifest, replacing each @DURATION_n@ with step n's
# measured duration, atomically.
pb_fill_manifest() {
  pb_sed=""
  while read -r pb_i pb_n pb_d; do
    pb_sed="$pb_sed s/@DURATION_${pb_i}@/${pb_d}/;"
  done <"$PB_DONE"
  mkdir -p -- "$(dirname -- "$2")"
  sed "$pb_sed" "$1" >"$2.parbake.tmp" && chmod 0644 "$2.parbake.tmp" && mv -f "$2.parbake.tmp" "$2"
}
