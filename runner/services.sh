# parbake services library (POSIX sh): what a step does to its services, with the guards every
# format shares. The runner's lib.sh carries it, and cloud-config's runcmd embeds it, so that a
# service behaves the same in all three formats.

# pb_show COMMAND echoes a command before it runs, as `sh -x` would.
pb_show() { printf '+ %s\n' "$1"; }

# pb_systemd reports whether systemd runs this machine.
pb_systemd() { [ -d "${PB_ROOT:-}/run/systemd/system" ]; }

# pb_enable SERVICE enables a service. With a warm pool (PB_HOLD_UNTIL), a drop-in makes it wait
# for that file, which the boot runner writes at service entry: systemd starts nothing the
# recipe enables while an instance warms.
pb_enable() {
  if [ -n "${PB_HOLD_UNTIL:-}" ]; then
    case $1 in *.*) pb_hold_unit "$1" ;; *) pb_hold_unit "$1.service" ;; esac || return
  fi
  if command -v systemctl >/dev/null 2>&1; then
    systemctl enable -- "$1"
  else
    echo "parbake: systemctl not found; cannot enable $1" >&2
    return 1
  fi
}

# pb_hold_unit UNIT writes the drop-in that keeps UNIT from starting until $PB_HOLD_UNTIL exists:
# on a warm-pool instance, until it goes in service.
pb_hold_unit() {
  mkdir -p "${PB_ROOT:-}/etc/systemd/system/$1.d" &&
    printf '[Unit]\n# parbake: a warm-pool instance starts this only once it goes in service.\nConditionPathExists=%s\n' "$PB_HOLD_UNTIL" \
      >"${PB_ROOT:-}/etc/systemd/system/$1.d/parbake-in-service.conf"
}

# pb_enabled_services lists the services enabled in the image (the links in
# /etc/systemd/system's *.wants and *.requires directories), one a line, sorted.
pb_enabled_services() {
  for pb_l in "${PB_ROOT:-}"/etc/systemd/system/*.wants/*.service "${PB_ROOT:-}"/etc/systemd/system/*.requires/*.service; do
    [ -L "$pb_l" ] || [ -e "$pb_l" ] || continue
    echo "${pb_l##*/}"
  done | sort -u
}

# pb_hold_new_services BEFORE holds, with a warm pool, every service enabled since BEFORE (a
# pb_enabled_services list) that the recipe did not declare: a package's postinst enables its
# daemon (nginx, apache2, a monitoring agent), and an instance warming in the pool must not
# serve with it.
pb_hold_new_services() {
  [ -n "${PB_HOLD_UNTIL:-}" ] || return 0
  pb_enabled_services | while read -r pb_u; do
    grep -qxF -- "$pb_u" "$1" && continue
    [ ! -f "${PB_ROOT:-}/etc/systemd/system/$pb_u.d/parbake-in-service.conf" ] || continue
    pb_hold_unit "$pb_u" || return
    echo "parbake: $pb_u, enabled by a package, waits for service entry on a warm-pool instance"
  done
}

# pb_hold SERVICE keeps a service from starting while the instance warms in a warm pool
# (PB_PART=warm): nothing serves before the instance is needed. The boot runner starts it at
# service entry.
pb_hold() {
  [ "${PB_PART:-}" = warm ] || return 1
  mkdir -p "$PB_STATE" && echo "$1" >>"$PB_STATE/held-services"
  echo "parbake: $1 waits for service entry (the instance is warming)"
}

# pb_start is only ever called by the boot runner: an image build must not leave daemons running.
pb_start() {
  pb_hold "$1" && return 0
  if pb_systemd; then
    systemctl start --no-block -- "$1"
  else
    echo "parbake: systemd is not running here; $1 will start with the next boot"
  fi
}

# pb_restart SERVICE ACTION restarts (or reloads, starting it if it is not running) a service
# once the boot steps that configure it are done: systemd started it with the image's
# configuration before the boot part ran. It waits, so a service that fails on its new
# configuration fails the step.
pb_restart() {
  pb_hold "$1" && return 0
  if ! pb_systemd; then
    echo "parbake: systemd is not running here; $1 picks up its configuration with the next boot"
    return 0
  fi
  case $2 in
    reload) systemctl reload-or-restart -- "$1" ;;
    *) systemctl restart -- "$1" ;;
  esac
  echo "parbake: ${2}ed $1 with its boot configuration"
}
