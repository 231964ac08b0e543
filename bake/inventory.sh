# parbake inventory library (POSIX sh): what the bake runner reports for the bill of materials.
# It costs a bake almost nothing when no package changes: a copy of the package database before,
# a comparison after, and a query only when they differ. The package tools read the databases
# (dpkg-query, rpm); the machine's root is ${PB_ROOT:-/} (tests use a stand-in tree).

# pb_inventory_start keeps what the package database says before the bake.
pb_inventory_start() {
  if [ -f "${PB_ROOT:-}/var/lib/dpkg/status" ]; then
    mkdir -p "$PB_DIR/dpkg.before" && cp "${PB_ROOT:-}/var/lib/dpkg/status" "$PB_DIR/dpkg.before/status"
  elif command -v rpm >/dev/null 2>&1; then
    pb_rpm_list >"$PB_DIR/rpm.before"
  fi
}

# pb_dpkg_list ADMINDIR lists the installed packages of a dpkg database, one "deb NAME VERSION
# ARCH" line each, sorted; installed means the status letter of dpkg's abbreviation is i (held
# packages too, not those with only their configuration left).
pb_dpkg_list() {
  dpkg-query --admindir="$1" -W -f '${db:Status-Abbrev} ${Package} ${Version} ${Architecture}\n' 2>/dev/null |
    awk 'substr($1, 2, 1) == "i" { print "deb", $2, $3, $4 }' | LC_ALL=C sort
}

pb_rpm_list() { rpm -qa ${PB_ROOT:+--root "$PB_ROOT"} --qf 'rpm %{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n' 2>/dev/null | LC_ALL=C sort; }

# pb_describe_machine prints markers for the bill of materials: the OS, the image the build
# started from (on EC2 only, where IMDS answers), and each package the bake installed or changed.
pb_describe_machine() {
  pb_os_id=unknown pb_os_version=none
  if [ -r "${PB_ROOT:-}/etc/os-release" ]; then
    while IFS='=' read -r pb_k pb_v; do
      pb_v=${pb_v#\"}
      pb_v=${pb_v%\"}
      case $pb_k in ID) pb_os_id=$pb_v ;; VERSION_ID) pb_os_version=$pb_v ;; esac
    done <"${PB_ROOT:-}/etc/os-release"
  fi
  pb_emit_os "$pb_os_id" "$pb_os_version"
  pb_vendor=
  # Not every machine has it (containers don't); the redirections' order keeps the shell quiet.
  read -r pb_vendor 2>/dev/null <"${PB_ROOT:-}/sys/class/dmi/id/sys_vendor" || true
  if [ "$pb_vendor" = "Amazon EC2" ] && command -v curl >/dev/null 2>&1; then
    # Three tries: a build instance's IMDS is up, or turned off, and a bake must not wait for it.
    pb_ami=$(PB_IMDS=${PB_IMDS:-http://169.254.169.254} pb_imds ami-id 3 2>/dev/null) && pb_emit_base_image "$pb_ami"
  fi
  if [ -f "$PB_DIR/dpkg.before/status" ]; then
    cmp -s "${PB_ROOT:-}/var/lib/dpkg/status" "$PB_DIR/dpkg.before/status" && return 0
    # New or changed: the lines of the database after that were not there before.
    pb_dpkg_list "$PB_DIR/dpkg.before" >"$PB_DIR/dpkg.before/list"
    pb_dpkg_list "${PB_ROOT:-}/var/lib/dpkg" | LC_ALL=C comm -13 "$PB_DIR/dpkg.before/list" - | while read -r pb_t pb_n pb_v pb_a; do
      pb_emit_package "$pb_t" "$pb_n" "$pb_v" "$pb_a"
    done
  elif [ -f "$PB_DIR/rpm.before" ]; then
    pb_rpm_list | LC_ALL=C comm -13 "$PB_DIR/rpm.before" - | while read -r pb_t pb_n pb_v pb_a; do
      pb_emit_package "$pb_t" "$pb_n" "$pb_v" "$pb_a"
    done
  fi
}
