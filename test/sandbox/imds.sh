#!/usr/bin/env bash
# An instance metadata service for simulated boots: AWS's amazon-ec2-metadata-mock, IMDSv2 only.
#
#   imds.sh start RUN_DIR [CONFIG_JSON]   last line: PARBAKE_IMDS_ENDPOINT=http://127.0.0.1:PORT
#   imds.sh stop RUN_DIR
#   imds.sh bin                            prints the cached binary's path, building it if needed
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

MOCK_VERSION=v1.13.0

mock_bin() {
  "$here/../../scripts/build-module.sh" github.com/aws/amazon-ec2-metadata-mock "$MOCK_VERSION" ./cmd/ec2-metadata-mock \
    "$PARBAKE_CACHE/ec2-metadata-mock/$MOCK_VERSION/ec2-metadata-mock"
}

start() {
  [ "$#" -ge 1 ] || die "usage: imds.sh start RUN_DIR [CONFIG_JSON]"
  mkdir -p "$1"
  local run bin port cfg=()
  run=$(cd "$1" && pwd)
  [ -f "$run/imds.pid" ] && die "an IMDS already runs for $run; stop it first"
  [ "$#" -ge 2 ] && cfg=(-c "$2")
  bin=$(mock_bin)
  port=$(free_port)
  # -I: IMDSv2 only, as hardened instances are configured; the runner must fetch a token first.
  setsid "$bin" -n 127.0.0.1 -p "$port" -I "${cfg[@]}" </dev/null >"$run/imds.log" 2>&1 &
  echo $! >"$run/imds.pid"
  if ! wait_port "$port" 20; then
    cat "$run/imds.log" >&2
    stop "$run"
    die "ec2-metadata-mock did not come up"
  fi
  echo "PARBAKE_IMDS_ENDPOINT=http://127.0.0.1:$port" | tee "$run/imds.env"
}

stop() {
  local run
  run=$(cd "$1" 2>/dev/null && pwd) || return 0
  stop_pidfile "$run/imds.pid"
}

cmd=${1:-}
shift || true
case "$cmd" in
  start) start "$@" ;;
  stop) stop "$@" ;;
  bin) mock_bin ;;
  *) die "usage: imds.sh start RUN_DIR [CONFIG_JSON] | stop RUN_DIR | bin" ;;
esac
