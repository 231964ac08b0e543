#!/usr/bin/env bash
# Benchmarks the bake against Packer's file + shell provisioners and against a raw transfer, in
# one run against one sandboxed target, and prints the ratios measured side by side.
#
# The workload: a recipe of 200 files (mixed sizes and modes) and 30 commands, and the
# equivalent template of 200 `file` provisioners plus one `shell` provisioner that sets modes and
# runs the same 30 commands. Each variant runs ROUNDS times, interleaved; medians are compared.
# "Provisioning time" is a build's time minus an empty build's (Packer start-up and the SSH
# handshake), which is what the provisioners themselves cost.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rounds=${ROUNDS:-3}
packer=$(scripts/packer.sh 1.9.4)

work=$(mktemp -d "${TMPDIR:-/tmp}/parbake-bench.XXXXXX")
trap 'test/sandbox/target.sh stop "$work/target" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# --- the workload -------------------------------------------------------------------------
mkdir -p "$work/recipe/files" "$work/filesh"
{
  echo 'step "bench" {'
  echo '  phase = "bake"'
  for i in $(seq -w 1 200); do
    head -c $(( (10#$i % 7 + 1) * 700 )) /dev/urandom | base64 >"$work/recipe/files/f$i"
    mode=$([ $((10#$i % 3)) = 0 ] && echo 0600 || echo 0644)
    printf '  file "/opt/bench/dir %s/f%s" {\n    source = "files/f%s"\n    mode = "%s"\n  }\n' $((10#$i % 10)) "$i" "$i" "$mode"
  done
  printf '  run = ['
  for i in $(seq 1 30); do printf '"echo command %s >> /opt/bench/log"%s' "$i" "$([ "$i" = 30 ] || echo ', ')"; done
  echo ']'
  echo '}'
} >"$work/recipe/bench.hcl"

common='
variable "ssh_port" { type = number }
variable "ssh_key" { type = string }
source "null" "t" {
  communicator         = "ssh"
  ssh_host             = "127.0.0.1"
  ssh_port             = var.ssh_port
  ssh_username         = "root"
  ssh_private_key_file = var.ssh_key
}'
mkdir -p "$work/empty" "$work/parbake"
printf '%s\nbuild {\n  sources = ["source.null.t"]\n}\n' "$common" >"$work/empty/t.pkr.hcl"
printf '%s\nbuild {\n  sources = ["source.null.t"]\n  provisioner "parbake" {\n    recipe = "%s"\n  }\n}\n' \
  "$common" "$work/recipe" >"$work/parbake/t.pkr.hcl"
{
  printf '%s\nbuild {\n  sources = ["source.null.t"]\n' "$common"
  printf '  provisioner "shell" {\n    inline = ["for i in 0 1 2 3 4 5 6 7 8 9; do mkdir -p \\"/opt/bench/dir $i\\"; done"]\n  }\n'
  for i in $(seq -w 1 200); do
    printf '  provisioner "file" {\n    source = "%s/recipe/files/f%s"\n    destination = "/opt/bench/dir %s/f%s"\n  }\n' "$work" "$i" $((10#$i % 10)) "$i"
  done
  printf '  provisioner "shell" {\n    inline = [\n'
  for i in $(seq -w 1 200); do
    mode=$([ $((10#$i % 3)) = 0 ] && echo 0600 || echo 0644)
    printf '      "chmod %s \\"/opt/bench/dir %s/f%s\\"",\n' "$mode" $((10#$i % 10)) "$i"
  done
  for i in $(seq 1 30); do printf '      "echo command %s >> /opt/bench/log",\n' "$i"; done
  printf '    ]\n  }\n}\n'
} >"$work/filesh/t.pkr.hcl"
go run ./internal/tools/bakebundle "$work/recipe" >"$work/bundle.tar.gz"

# --- the target and the plugin ------------------------------------------------------------
go build -o "$work/packer-plugin-parbake" -ldflags "-X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease=" .
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$work/packer-plugin-parbake")
eval "$(test/sandbox/target.sh start "$work/target" | grep '^PARBAKE_SSH_')"
ssh_opts=(-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=error -i "$PARBAKE_SSH_KEY" -p "$PARBAKE_SSH_PORT")

now() { date +%s.%N; }
run_packer() { (cd "$work/$1" && "$packer" build -var "ssh_port=$PARBAKE_SSH_PORT" -var "ssh_key=$PARBAKE_SSH_KEY" . >"$work/$1.log" 2>&1) ||
  { tail -20 "$work/$1.log" >&2; exit 1; }; }
run_raw() { ssh "${ssh_opts[@]}" root@127.0.0.1 \
  'd=/var/tmp/parbake-raw && rm -rf $d && mkdir -p $d && tar -xzf - -C $d && sh $d/run.sh >/dev/null' <"$work/bundle.tar.gz"; }

declare -A times
for r in $(seq 1 "$rounds"); do
  for v in empty parbake filesh raw; do
    s=$(now)
    if [ "$v" = raw ]; then run_raw; else run_packer "$v"; fi
    times[$v]+="$(awk -v a="$s" -v b="$(now)" 'BEGIN { printf "%.3f ", b - a }')"
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
e=$(median "${times[empty]}") p=$(median "${times[parbake]}") f=$(median "${times[filesh]}") w=$(median "${times[raw]}")

echo "bench-bake: 200 files + 30 commands, $rounds rounds, medians (seconds)"
printf '  %-28s %8s\n' "empty packer build" "$e" "parbake build" "$p" "file+shell build" "$f" "raw ssh tar x && sh run.sh" "$w"
awk -v e="$e" -v p="$p" -v f="$f" -v w="$w" 'BEGIN {
  pp = p - e; fp = f - e
  printf "  provisioning time (build minus empty build): parbake %.3fs, file+shell %.3fs\n", pp, fp
  printf "ratio file+shell / parbake (provisioning): %.1fx   (goal >= 5x)\n", fp / pp
  printf "ratio parbake / raw transfer (provisioning): %.2fx  (goal <= 1.3x)\n", pp / w
  printf "ratio file+shell / parbake (whole builds): %.1fx\n", f / p
}'
