#!/usr/bin/env bash
# The EC2 box: a local EC2 (and SSM) that the real clients drive — amazon-ebs, the AWS CLI,
# aws-sdk-go-v2 — whose instances are sandbox machines (see README.md).
#
#   ec2.sh start RUN_DIR [--manners real|ideal]
#                                         prints PARBAKE_EC2_ENDPOINT=…, PARBAKE_EC2_SOURCE_AMI=…,
#                                         PARBAKE_EC2_SSM_ENDPOINT=…, AWS_ACCESS_KEY_ID=…, …
#   ec2.sh exec RUN_DIR INSTANCE_ID CMD…  runs a command inside a running instance
#   ec2.sh stop RUN_DIR                   terminates every instance and stops it all
#
# --manners real (or PARBAKE_EC2_MANNERS=real) gives the box EC2's manners (README.md): new
# resources NotFound for up to 3 s, throttling, Xen consoles; the seed is printed as
# PARBAKE_EC2_SEED, and PARBAKE_EC2_SEED=N at start repeats a run's windows. PARBAKE_EC2_NO_CAPACITY
# lists instance types that answer InsufficientInstanceCapacity. The default is ideal.
# PARBAKE_EC2_LAUNCH_DELAY (default 3s) is how long a new instance stays pending before it boots,
# as on EC2, so that tags set right after run-instances are there when the boot reads them.
# PARBAKE_EC2_SSM_RATE and PARBAKE_EC2_SSM_BURST throttle SSM as Parameter Store does (a token
# bucket; ThrottlingException past it), and PARBAKE_EC2_SSM_THROTTLE_FIRST throttles the first
# requests whatever the rate.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/machine.sh"

usage() { die "usage: ec2.sh start RUN_DIR [--manners real|ideal] | exec RUN_DIR INSTANCE_ID COMMAND… | stop RUN_DIR"; }

# suite_version prints the Debian version number of a suite, for the source AMI's name.
suite_version() {
  case $1 in trixie) echo 13 ;; bookworm) echo 12 ;; bullseye) echo 11 ;; esac
}

# source_layer RUN_DIR GATEWAY PROXY writes the layer that makes the base a Debian cloud image
# for the box: cloud-init's default user is admin (sudo without a password, as Debian's AMIs),
# /etc/hosts names the instance, apt goes through the box's mirror proxy, and there is no DNS.
source_layer() {
  local layer=$1/source-layer
  rm -rf "$layer"
  mkdir -p "$layer/etc/cloud/cloud.cfg.d" "$layer/etc/apt/apt.conf.d"
  cat >"$layer/etc/cloud/cloud.cfg.d/91-parbake-ec2box.cfg" <<'CFG'
# The EC2 box's source AMI: Debian's cloud images log in as admin.
system_info:
  default_user:
    name: admin
    lock_passwd: true
    gecos: Debian
    groups: [adm, sudo]
    sudo: ["ALL=(ALL) NOPASSWD:ALL"]
    shell: /bin/bash
manage_etc_hosts: true
ssh_pwauth: false
CFG
  # Seen on this project's machines, about one instance in ten when ten boot at once: systemd
  # fails to spawn a cloud-init stage ("Failed to spawn executor: No such file or directory",
  # result 'resources'), and cloud-final then waits for that stage forever, so the user data
  # never runs. EC2's instances don't do that; the box's retry a stage that failed that way
  # (on-abnormal: not one that ran and failed, whose scripts must not run twice).
  local stage
  for stage in cloud-init-local cloud-init-network cloud-init cloud-config cloud-final; do
    mkdir -p "$layer/etc/systemd/system/$stage.service.d"
    printf '[Unit]\nStartLimitIntervalSec=120\nStartLimitBurst=5\n[Service]\n# The EC2 box: retry a stage systemd failed to spawn (test/sandbox/ec2.sh).\nRestart=on-abnormal\nRestartSec=2\n' \
      >"$layer/etc/systemd/system/$stage.service.d/90-parbake-ec2box-retry.conf"
  done
  printf 'Acquire::http::Proxy "%s/";\n' "$3" >"$layer/etc/apt/apt.conf.d/80parbake-ec2box-proxy"
  printf '# The EC2 box has no DNS: apt reaches the mirror through the box proxy.\n' >"$layer/etc/resolv.conf"
  echo "$layer"
}

start() {
  local manners=${PARBAKE_EC2_MANNERS:-ideal}
  if [ "$#" -eq 3 ] && [ "$2" = --manners ]; then
    manners=$3
    set -- "$1"
  fi
  [ "$#" -eq 1 ] || usage
  case $manners in real | ideal) ;; *) die "--manners $manners: real or ideal" ;; esac
  require_root
  mkdir -p "$1"
  local run
  run=$(cd "$1" && pwd)
  [ -f "$run/ec2box.pid" ] && kill -0 "$(cat "$run/ec2box.pid")" 2>/dev/null && die "an EC2 box already runs in $run"
  need_cmd systemd-nspawn systemd-container
  need_cmd ip iproute2
  local base awscli bin n bridge subnet gateway
  base=$("$here/rootfs.sh" | tail -n1)
  awscli=$("$here/awscli-layer.sh" | tail -n1)
  bin="$run/ec2box"
  (cd "$here/../.." && go build -o "$bin" ./test/ec2box/cmd/ec2box)
  "$here/imds.sh" bin >/dev/null

  # A /24 of 10.213.0.0/16 and a bridge of its own, so that two boxes can run side by side.
  exec 8>"$PARBAKE_CACHE/.ec2box-net.lock"
  flock 8
  for n in $(seq 1 250); do
    ip link show "pbxbr$n" >/dev/null 2>&1 || break
  done
  bridge=pbxbr$n subnet=10.213.$n.0/24 gateway=10.213.$n.1
  ip link add "$bridge" type bridge
  ip addr add "$gateway/24" dev "$bridge"
  ip link set "$bridge" up
  flock -u 8
  echo "$bridge" >"$run/bridge"

  # The source AMI's layer names the proxy, so its port is chosen here, before the box binds it.
  local proxy_port
  proxy_port=$(free_port)
  source_layer "$run" "$gateway" "http://$gateway:$proxy_port" >/dev/null

  rm -f "$run/ec2.env"
  local mirror_host
  mirror_host=$(host_debian_mirror | sed -E 's#^https?://([^/:]+).*#\1#')
  setsid "$bin" -dir "$run" -machine-script "$here/ec2-machine.sh" -bridge "$bridge" -subnet "$subnet" \
    -source-layers "$run/source-layer:$awscli:$base" \
    -source-name "debian-$(suite_version "$(sandbox_suite)")-amd64-$(date -u +%Y%m%d)-1" \
    -region "${AWS_DEFAULT_REGION:-eu-west-1}" -access-key AKIAEC2BOX0000000001 -secret-key "$(head -c 30 /dev/urandom | base64 | tr -d '/+=')" \
    -mirror-hosts "$mirror_host" -proxy-port "$proxy_port" -launch-delay "${PARBAKE_EC2_LAUNCH_DELAY:-3s}" \
    -manners "$manners" -seed "${PARBAKE_EC2_SEED:-0}" -no-capacity "${PARBAKE_EC2_NO_CAPACITY:-}" \
    -ssm-rate "${PARBAKE_EC2_SSM_RATE:-0}" -ssm-burst "${PARBAKE_EC2_SSM_BURST:-0}" -ssm-throttle-first "${PARBAKE_EC2_SSM_THROTTLE_FIRST:-0}" </dev/null >>"$run/ec2box.log" 2>&1 &
  echo $! >"$run/ec2box.pid"
  for _ in $(seq 1 200); do
    [ -f "$run/ec2.env" ] && break
    kill -0 "$(cat "$run/ec2box.pid")" 2>/dev/null || { cat "$run/ec2box.log" >&2; stop "$run"; die "the EC2 box did not start"; }
    sleep 0.05
  done
  [ -f "$run/ec2.env" ] || { stop "$run"; die "the EC2 box did not get ready"; }
  cat "$run/ec2.env"
}

stop() {
  [ "$#" -eq 1 ] || usage
  local run pid
  run=$(cd "$1" 2>/dev/null && pwd) || return 0
  if [ -f "$run/ec2box.pid" ]; then
    pid=$(cat "$run/ec2box.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for _ in $(seq 1 3000); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$run/ec2box.pid"
  fi
  # Whatever the box could not take down itself.
  local d
  for d in "$run"/instances/*/; do
    if [ -d "$d" ]; then "$here/ec2-machine.sh" remove "$d" || true; fi
  done
  if [ -f "$run/bridge" ]; then
    ip link del "$(cat "$run/bridge")" 2>/dev/null || true
    rm -f "$run/bridge"
  fi
  rm -rf "$run/layers" "$run/source-layer" "$run/consoles"
}

exec_in() {
  [ "$#" -ge 3 ] || usage
  local run
  run=$(cd "$1" && pwd)
  [ -d "$run/instances/$2" ] || die "no instance $2 in $run"
  local dir=$run/instances/$2
  shift 2
  machine_exec "$dir" "$@"
}

cmd=${1:-}
shift || true
case "$cmd" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  exec) exec_in "$@" ;;
  *) usage ;;
esac
