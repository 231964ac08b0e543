#!/usr/bin/env bash
# A sandboxed build target: a machine booted with real systemd (systemd-nspawn) over a fresh
# overlay, reached through sshd on a loopback port.
#
#   target.sh start RUN_DIR [--user NAME] [LOWER…]   LOWER dirs top first, as overlayfs orders them
#   target.sh stop RUN_DIR
#
# Whatever a build writes lands in RUN_DIR/upper, which is exactly what it baked (with what
# systemd itself writes on a boot: its journal, machine-id, timer stamps). The overlay lives in
# the target's own mount namespace and its processes in the container, so stopping it (or its
# death) leaves nothing behind on the host. A reboot inside the target boots it again. The last lines of `start` are
# PARBAKE_SSH_HOST/PORT/USER/KEY=…, ready for `eval`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
. "$here/machine.sh"

usage() { die "usage: target.sh start RUN_DIR [--user NAME] [LOWER…] | stop RUN_DIR"; }

start() {
  local run user=root lowers=()
  [ "$#" -ge 1 ] || usage
  mkdir -p "$1"
  run=$(cd "$1" && pwd)
  shift
  while [ "$#" -gt 0 ]; do
    case "$1" in
      --user) user=$2; shift 2 ;;
      *) lowers+=("$1"); shift ;;
    esac
  done
  require_root
  need_cmd ssh-keygen openssh-client
  machine_alive "$run" && die "a target already runs in $run; stop it first"

  local lowerdir
  if [ "${#lowers[@]}" -eq 0 ]; then
    lowers=("$("$here/rootfs.sh" | tail -n1)")
  fi
  mapfile -t lowers < <(abs_dirs "${lowers[@]}")
  if [ "$user" != root ]; then
    lowers=("$(user_layer "$user")" "${lowers[@]}")
  fi
  lowerdir=$(IFS=:; echo "${lowers[*]}")

  rm -rf "$run/upper" "$run/work" "$run/ssh"
  mkdir -p "$run/upper" "$run/work" "$run/merged" "$run/ssh"
  ssh-keygen -q -t ed25519 -N '' -C parbake-target-host -f "$run/ssh/host_key"
  ssh-keygen -q -t ed25519 -N '' -C parbake-target-client -f "$run/ssh/id_ed25519"
  cp "$run/ssh/id_ed25519.pub" "$run/ssh/authorized_keys"
  chmod 0644 "$run/ssh/authorized_keys"

  local port
  port=$(free_port)
  # sshd is the machine's own service on a high loopback port (the host network is shared), with
  # this run's host key. The harness's key is authorized from outside the image; like cloud-init
  # on EC2, the build's key also goes into the user's authorized_keys, where an image keeps it
  # unless the build removes it. The stock ssh units are masked: port 22 belongs to the host.
  # cloud-init runs as on a build instance, from a seed with empty user data.
  machine_units "$run" ssh.service ssh.socket
  mkdir -p "$run/seed"
  printf 'instance-id: i-target%s\nlocal-hostname: parbake-target\n' "$(printf '%s' "$run" | sha256sum | cut -c1-10)" >"$run/seed/meta-data"
  : >"$run/seed/user-data"
  : >"$run/seed/vendor-data"
  cat >"$run/units/parbake-sshd.service" <<UNIT
[Unit]
Description=sshd for the parbake sandbox
[Service]
ExecStartPre=/bin/mkdir -p /run/sshd
ExecStart=/usr/sbin/sshd -D -e -p $port -o ListenAddress=127.0.0.1 -o HostKey=/run/parbake-ssh/host_key -o "AuthorizedKeysFile=/run/parbake-ssh/authorized_keys .ssh/authorized_keys" -o StrictModes=no -o PermitRootLogin=prohibit-password -o PasswordAuthentication=no -o UsePAM=no -o PidFile=none -o MaxStartups=100 -o MaxSessions=100 -o UseDNS=no
UNIT
  ln -s ../parbake-sshd.service "$run/units/multi-user.target.wants/parbake-sshd.service"
  : >"$run/console.log"
  machine_start "$run" "$lowerdir" parbake-target --bind="$run/units:/run/systemd/system" --bind-ro="$run/ssh:/run/parbake-ssh" \
    --bind-ro="$run/seed:/var/lib/cloud/seed/nocloud"

  if ! wait_port "$port" 30; then
    tail -n 40 "$run/console.log" >&2
    stop "$run"
    die "sshd did not come up on 127.0.0.1:$port"
  fi
  machine_exec "$run" sh -euc 'home=$(getent passwd "$1" | cut -d: -f6)
    install -d -m 0700 -o "$1" -g "$(id -gn "$1")" "$home/.ssh"
    cat >>"$home/.ssh/authorized_keys"
    chown "$1:$(id -gn "$1")" "$home/.ssh/authorized_keys" && chmod 0600 "$home/.ssh/authorized_keys"' sh "$user" <"$run/ssh/id_ed25519.pub"
  cat >"$run/target.env" <<ENV
PARBAKE_SSH_HOST=127.0.0.1
PARBAKE_SSH_PORT=$port
PARBAKE_SSH_USER=$user
PARBAKE_SSH_KEY=$run/ssh/id_ed25519
ENV
  cat "$run/target.env"
}

stop() {
  [ "$#" -eq 1 ] || usage
  local run
  run=$(cd "$1" 2>/dev/null && pwd) || return 0
  machine_stop "$run"
}

cmd=${1:-}
shift || true
case "$cmd" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  *) usage ;;
esac
