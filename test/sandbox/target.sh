#!/usr/bin/env bash
# A sandboxed build target: sshd in a chroot over a fresh overlay, in private namespaces.
#
#   target.sh start RUN_DIR [--user NAME] [LOWER…]   LOWER dirs top first, as overlayfs orders them
#   target.sh stop RUN_DIR
#
# Whatever a build writes lands in RUN_DIR/upper, which is exactly what it baked. All mounts live
# in the target's own mount namespace and all processes in its PID namespace, so stopping it (or
# its death) leaves nothing behind on the host. The last lines of `start` are
# PARBAKE_SSH_HOST/PORT/USER/KEY=…, ready for `eval`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

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
  [ -f "$run/target.pid" ] && die "a target already runs in $run; stop it first"

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
  # The inner script runs as PID 1 of the new PID namespace; when it exits every process in the
  # namespace is killed and the namespace's mounts disappear with it.
  setsid unshare --mount --pid --ipc --uts --fork --propagation private --kill-child=SIGKILL \
    bash -euc '
      run=$1 lowerdir=$2 port=$3
      m=$run/merged
      mount -t overlay overlay -o "lowerdir=$lowerdir,upperdir=$run/upper,workdir=$run/work" "$m"
      mount -t proc proc "$m/proc"
      mount --rbind /dev "$m/dev"
      mount -t tmpfs -o mode=0755 tmpfs "$m/run"
      mkdir -p "$m/run/sshd" "$m/run/parbake-ssh" "$m/run/lock" && chmod 1777 "$m/run/lock"
      mount --bind "$run/ssh" "$m/run/parbake-ssh"
      hostname parbake-target
      # sshd is not PID 1: its process title overwrites its environment, which tools that read
      # /proc/1/environ (cloud-init among them) cannot parse. This shell stays as a small init.
      env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 chroot "$m" /usr/sbin/sshd -D -e -p "$port" \
        -o ListenAddress=127.0.0.1 -o HostKey=/run/parbake-ssh/host_key \
        -o AuthorizedKeysFile=/run/parbake-ssh/authorized_keys -o StrictModes=no \
        -o PermitRootLogin=prohibit-password -o PasswordAuthentication=no -o UsePAM=no \
        -o PidFile=/run/sshd.pid -o MaxStartups=100 -o MaxSessions=100 -o UseDNS=no &
      wait
    ' target "$run" "$lowerdir" "$port" </dev/null >"$run/sshd.log" 2>&1 &
  echo $! >"$run/target.pid"

  if ! wait_port "$port" 20; then
    cat "$run/sshd.log" >&2
    stop "$run"
    die "sshd did not come up on 127.0.0.1:$port"
  fi
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
  stop_pidfile "$run/target.pid"
  rmdir "$run/merged" 2>/dev/null || true
}

cmd=${1:-}
shift || true
case "$cmd" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  *) usage ;;
esac
