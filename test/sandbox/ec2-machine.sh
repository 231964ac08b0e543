#!/usr/bin/env bash
# One instance of the EC2 box (ec2.sh): a machine with real systemd over its image's layers, in a
# network namespace of its own, with the instance metadata mock at 169.254.169.254 in a second
# namespace linked to it alone.
# Called by the box, never by hand:
#
#   ec2-machine.sh boot DIR          DIR/spec.env, DIR/seed/, DIR/imds.json written by the box
#   ec2-machine.sh shutdown DIR      shuts the machine down cleanly; its disk (DIR/upper) stays
#   ec2-machine.sh remove DIR        shuts it down and removes everything it had
#   ec2-machine.sh freeze DIR LAYER  copies a stopped machine's changes to LAYER (a new image layer)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/machine.sh"

usage() { die "usage: ec2-machine.sh boot|shutdown|remove DIR | freeze DIR LAYER"; }
[ "$#" -ge 2 ] || usage
cmd=$1 dir=$2
if [ ! -d "$dir" ]; then
  [ "$cmd" = remove ] && exit 0
  die "no instance directory $dir"
fi
dir=$(cd "$dir" && pwd)
id=$(basename "$dir")
# Interface names have at most 15 characters: the id's last 9 hex digits keep them unique.
short=${id: -9}
ns=pbx-$short
# The metadata service has a namespace of its own, linked to the instance's alone: on EC2 it is
# off the instance, so an instance's own server can take port 80 on every address.
md_ns=pbm-$short
host_if=pbh$short

net_up() {
  # shellcheck disable=SC1091
  . "$dir/spec.env"
  if ! ip netns list | grep -qw "$ns"; then
    ip netns add "$ns"
  fi
  ip link show "$host_if" >/dev/null 2>&1 || ip link add "$host_if" type veth peer name eth0 netns "$ns"
  ip link set "$host_if" master "$BRIDGE" up
  ip -n "$ns" link set lo up
  if ! ip netns list | grep -qw "$md_ns"; then
    ip netns add "$md_ns"
    ip link add "pbi$short" type veth peer name eth0 netns "$md_ns"
    ip link set "pbi$short" netns "$ns" name imds0
    ip -n "$md_ns" addr add 169.254.169.254/30 dev eth0
    ip -n "$md_ns" link set eth0 up
    ip -n "$md_ns" link set lo up
    ip -n "$ns" addr add 169.254.169.253/30 dev imds0
    ip -n "$ns" link set imds0 up
  fi
  ip -n "$ns" addr replace "$ADDRESS" dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" route replace default via "$GATEWAY"
}

net_down() {
  ip link del "$host_if" 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  ip netns del "$md_ns" 2>/dev/null || true
}

# The instance reaches 169.254.169.254:80, where the box's IMDS front serves the instance's tags
# and target lifecycle state (which the mock cannot follow as they change) and passes the rest
# to amazon-ec2-metadata-mock on the metadata namespace's loopback.
imds_start() {
  local bin
  bin=$("$here/imds.sh" bin)
  # shellcheck disable=SC1091 # IMDS_FRONT, written by the box
  . "$dir/spec.env"
  # IMDSv2 only, as EC2's launch default for new AMIs and as hardened fleets run.
  ip netns exec "$md_ns" setsid "$bin" -n 127.0.0.1 -p 1338 -I -c "$dir/imds.json" </dev/null >"$dir/imds.log" 2>&1 &
  echo $! >"$dir/imds.pid"
  ip netns exec "$md_ns" setsid "$IMDS_FRONT" imds-front -listen 169.254.169.254:80 -upstream http://127.0.0.1:1338 \
    -extra "$dir/imds-front.json" </dev/null >"$dir/imds-front.log" 2>&1 &
  echo $! >"$dir/imds-front.pid"
  for _ in $(seq 1 100); do
    if ip netns exec "$md_ns" bash -c 'exec 3<>/dev/tcp/127.0.0.1/1338' 2>/dev/null &&
      ip netns exec "$ns" bash -c 'exec 3<>/dev/tcp/169.254.169.254/80' 2>/dev/null; then
      return 0
    fi
    sleep 0.05
  done
  cat "$dir/imds.log" "$dir/imds-front.log" >&2
  die "the metadata service of $id did not come up"
}

imds_stop() {
  stop_pidfile "$dir/imds-front.pid"
  stop_pidfile "$dir/imds.pid"
}

boot() {
  require_root
  # shellcheck disable=SC1091 # BRIDGE, ADDRESS, GATEWAY, HOSTNAME, LOWERDIR, written by the box
  . "$dir/spec.env"
  machine_alive "$dir" && die "$id is already running"
  net_up
  imds_stop
  imds_start
  machine_units "$dir"
  [ -f "$dir/console.log" ] || : >"$dir/console.log"
  # shellcheck disable=SC2153 # from spec.env
  machine_start "$dir" "$LOWERDIR" "$HOSTNAME" --network-namespace-path="/run/netns/$ns" \
    --bind="$dir/units:/run/systemd/system" --bind-ro="$dir/seed:/var/lib/cloud/seed/nocloud"
  machine_init "$dir" >/dev/null || { tail -n 30 "$dir/console.log" >&2; die "$id did not boot"; }
}

case "$cmd" in
  boot) boot ;;
  shutdown)
    machine_stop "$dir"
    imds_stop
    net_down
    ;;
  remove)
    machine_stop "$dir"
    imds_stop
    net_down
    rm -rf "$dir"
    ;;
  freeze)
    [ "$#" -eq 3 ] || usage
    machine_alive "$dir" && die "$id is running: stop it before freezing its disk"
    rm -rf "$3.tmp"
    mkdir -p "$(dirname "$3")"
    # cp -a keeps what makes an upper dir a layer: whiteouts (0/0 character devices) and the
    # trusted.overlay.* attributes of opaque directories.
    cp -a "$dir/upper" "$3.tmp"
    mv "$3.tmp" "$3"
    ;;
  *) usage ;;
esac
