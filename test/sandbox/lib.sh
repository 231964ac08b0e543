# Shared helpers for the sandbox scripts. Sourced, never run.
PARBAKE_CACHE="${PARBAKE_CACHE:-$HOME/.cache/parbake}"
export PARBAKE_CACHE

log() { echo "sandbox: $*" >&2; }
die() { echo "sandbox: $*" >&2; exit 1; }

require_root() { [ "$(id -u)" = 0 ] || die "must run as root (mounts and namespaces)"; }

# need_cmd CMD PACKAGE installs PACKAGE through apt when CMD is missing.
need_cmd() {
  command -v "$1" >/dev/null 2>&1 && return 0
  log "installing $2"
  if [ ! -f /var/lib/apt/.parbake-updated ] && [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
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
