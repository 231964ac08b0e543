# parbake inventory library (POSIX sh): what the bake runner reports for the bill of materials.

# pb_inventory FILE lists the installed OS packages as "TYPE NAME VERSION ARCH", sorted.
pb_inventory() {
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='deb ${Package} ${Version} ${Architecture}\n' 2>/dev/null
  elif command -v rpm >/dev/null 2>&1; then
    rpm -qa --qf 'rpm %{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n' 2>/dev/null
  fi | LC_ALL=C sort >"$1" || true
}

# pb_describe_machine BEFORE AFTER prints markers for the bill of materials: the OS, the image
# the build started from (on EC2 only, where IMDS answers), and each package the bake installed
# or changed (in AFTER, not in BEFORE).
pb_describe_machine() {
  if [ -r /etc/os-release ]; then
    (
      . /etc/os-release
      pb_marker "os ${ID:-unknown} ${VERSION_ID:-none}"
    )
  fi
  pb_vendor=
  read -r pb_vendor </sys/class/dmi/id/sys_vendor 2>/dev/null || true
  if [ "$pb_vendor" = "Amazon EC2" ] && command -v curl >/dev/null 2>&1; then
    pb_tok=$(curl -sf -X PUT --max-time 1 -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token) &&
      pb_ami=$(curl -sf --max-time 1 -H "X-aws-ec2-metadata-token: $pb_tok" http://169.254.169.254/latest/meta-data/ami-id) &&
      pb_marker "base-image $pb_ami"
  fi
  LC_ALL=C comm -13 "$1" "$2" | while read -r pb_t pb_n pb_v pb_a; do
    pb_marker "package $pb_t $pb_n $pb_v $pb_a"
  done
}
