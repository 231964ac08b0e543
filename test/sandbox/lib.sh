# shellcheck shell=bash
# Shared helpers for the sandbox scripts. Sourced, never run.
PARBAKE_CACHE="${PARBAKE_CACHE:-${HOME:-/root}/.cache/parbake}"
export PARBAKE_CACHE

log() { echo "sandbox: $*" >&2; }

# sandbox_suite prints the Debian release the sandbox runs: PARBAKE_SUITE, trixie by default.
sandbox_suite() {
  case "${PARBAKE_SUITE:-trixie}" in
    trixie | bookworm | bullseye) echo "${PARBAKE_SUITE:-trixie}" ;;
    *) die "PARBAKE_SUITE=$PARBAKE_SUITE: give trixie, bookworm or bullseye" ;;
  esac
}
die() { echo "sandbox: $*" >&2; exit 1; }

require_root() { [ "$(id -u)" = 0 ] || die "must run as root (mounts and namespaces)"; }

# need_cmd CMD PACKAGE installs PACKAGE through apt when CMD is missing.
need_cmd() {
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2"
  if [ ! -f /var/lib/apt/.parbake-updated ] && ! find /var/lib/apt/lists -mindepth 1 -maxdepth 1 ! -name 'lock*' 2>/dev/null | grep -q .; then
    apt-get update -qq >&2
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2 || {
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2
  }
}

# host_debian_mirror prints the Debian mirror the host's apt uses, so the sandbox fetches from the
# same place.
host_debian_mirror() {
  local m
  m=$(sed -n 's/^URIs:[[:space:]]*\(http[^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
  [ -n "$m" ] || m=$(sed -n 's/^deb[[:space:]]\+\(http[^ ]*\/debian\)[[:space:]].*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n1)
  echo "${m:-http://deb.debian.org/debian}"
}

# free_port prints a TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  die "no free port found"
}

# overlay_lowers joins LOWER dirs (top first) for overlayfs, defaulting to the cached base.
overlay_lowers() {
  if [ "$#" -eq 0 ]; then "$(dirname "${BASH_SOURCE[0]}")/rootfs.sh" | tail -n1; return; fi
  local IFS=:
  echo "$*"
}

# abs_dirs prints each argument as an absolute path, one per line, failing on a missing one.
abs_dirs() {
  local d
  for d in "$@"; do
    [ -d "$d" ] || die "no such directory: $d"
    (cd "$d" && pwd)
  done
}

# user_layer NAME prints a cached overlay layer, over the base, that adds a login user NAME with
# passwordless sudo, as a cloud image's default user has. Kept as its own layer so that a
# build's upper dir holds only what the build wrote.
user_layer() {
  local name=$1 base layer tmp
  base=$("$(dirname "${BASH_SOURCE[0]}")/rootfs.sh" | tail -n1)
  layer="$PARBAKE_CACHE/layers/$(basename "$base")-user-$name"
  if [ -f "$layer.complete" ]; then echo "$layer"; return; fi
  mkdir -p "$PARBAKE_CACHE/layers"
  tmp=$(mktemp -d "$PARBAKE_CACHE/layers/tmp.XXXXXX")
  mkdir -p "$tmp/upper" "$tmp/work" "$tmp/merged"
  unshare --mount --propagation private sh -euc '
    mount -t overlay overlay -o "lowerdir=$1,upperdir=$2/upper,workdir=$2/work" "$2/merged"
    chroot "$2/merged" useradd --create-home --shell /bin/bash "$3"
    chroot "$2/merged" usermod -p "*" "$3"
    printf "%s ALL=(ALL) NOPASSWD:ALL\n" "$3" >"$2/merged/etc/sudoers.d/90-$3"
    chmod 0440 "$2/merged/etc/sudoers.d/90-$3"
  ' sh "$base" "$tmp" "$name" >&2
  rm -rf "$layer"
  mv "$tmp/upper" "$layer"
  rm -rf "$tmp"
  touch "$layer.complete"
  echo "$layer"
}

# wait_port PORT SECONDS waits until something accepts connections on 127.0.0.1:PORT.
wait_port() {
  for _ in $(seq 1 $(( $2 * 10 ))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

# stop_pidfile FILE kills the process group leader in FILE and waits for it to go.
stop_pidfile() {
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -f "$f"
}

# mount_instance RUN_DIR LOWERDIR mounts a stopped instance's file system at RUN_DIR/merged, for
# exec.sh's chroot: its overlay, /proc, /dev and a /run of its own. Call it inside a private mount
# namespace; the mounts die with it. (Running machines are systemd-nspawn's: machine.sh.)
mount_instance() {
  local run=$1 m=$1/merged
  mkdir -p "$run/upper" "$run/work" "$run/merged" "$run/run"
  mount -t overlay overlay -o "lowerdir=$2,upperdir=$run/upper,workdir=$run/work" "$m"
  mount -t proc proc "$m/proc"
  mount --rbind /dev "$m/dev"
  mount --bind "$run/run" "$m/run"
  # As systemd-tmpfiles makes it on a real boot: apache2ctl and others take locks there.
  mkdir -p "$m/run/lock" && chmod 1777 "$m/run/lock"
}
