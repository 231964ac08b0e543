# parbake inventory library (POSIX sh): what the bake runner reports for the bill of materials.
# It costs a bake almost nothing when no package changes: a copy of the package database before,
# a comparison after, and a parse only when they differ.

# pb_inventory_start keeps what the package database says before the bake.
pb_inventory_start() {
  if [ -f "${PB_DPKG_STATUS:=${PB_ROOT:-}/var/lib/dpkg/status}" ]; then
    cp "$PB_DPKG_STATUS" "$PB_DIR/dpkg.before"
  elif command -v rpm >/dev/null 2>&1; then
    pb_rpm_list >"$PB_DIR/rpm.before"
  fi
}

pb_rpm_list() { rpm -qa --qf 'rpm %{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n' 2>/dev/null | LC_ALL=C sort; }

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
  pb_marker "os $pb_os_id $pb_os_version"
  pb_vendor=
  # Not every machine has it (containers don't); the redirections' order keeps the shell quiet.
  read -r pb_vendor 2>/dev/null <"${PB_ROOT:-}/sys/class/dmi/id/sys_vendor" || true
  if [ "$pb_vendor" = "Amazon EC2" ] && command -v curl >/dev/null 2>&1; then
    # Three tries: a build instance's IMDS is up, or turned off, and a bake must not wait for it.
    pb_ami=$(PB_IMDS=${PB_IMDS:-http://169.254.169.254} pb_imds ami-id 3 2>/dev/null) && pb_marker "base-image $pb_ami"
  fi
  if [ -f "$PB_DIR/dpkg.before" ]; then
    cmp -s "${PB_DPKG_STATUS:=${PB_ROOT:-}/var/lib/dpkg/status}" "$PB_DIR/dpkg.before" && return 0
    # Installed packages of both databases; print those that are new or changed.
    awk -v token="${PB_TOKEN:-}" '
      FNR == 1 { record(); file++ }
      /^Package: / { name = $2 }
      /^Version: / { version = $2 }
      /^Architecture: / { arch = $2 }
      /^Status: / { installed = ($4 == "installed") }
      /^$/ { record() }
      END { record(); for (i = 1; i <= n; i++) if (before[order[i]] != after[order[i]]) printf "::parbake:%s::package deb %s\n", token, after[order[i]] }
      function record() {
        if (name != "" && installed) {
          key = name ":" arch
          if (file == 1) before[key] = name " " version " " arch
          else { after[key] = name " " version " " arch; order[++n] = key }
        }
        name = ""; version = ""; arch = ""; installed = 0
      }' "$PB_DIR/dpkg.before" "$PB_DPKG_STATUS"
  elif [ -f "$PB_DIR/rpm.before" ]; then
    pb_rpm_list | LC_ALL=C comm -13 "$PB_DIR/rpm.before" - | while read -r pb_t pb_n pb_v pb_a; do
      pb_marker "package $pb_t $pb_n $pb_v $pb_a"
    done
  fi
}
