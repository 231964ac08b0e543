#!/usr/bin/env bash
# The main job: bake the example web recipe into a sandboxed target with a real `packer build`,
# render the boot part as user data, boot a simulated instance from the baked image under real
# systemd with real cloud-init and the EC2 metadata mock, show its nginx serving the boot-time
# config, and print where each step ran and how long it took. Then
# measure, then decide: plan again from what the bake and the boot measured, bake and boot once
# more, and print what the plan predicted against what was measured, both times.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packer_version=${PARBAKE_PACKER_VERSION:-1.9.4}

work=$(mktemp -d "${TMPDIR:-/tmp}/parbake-demo.XXXXXX")
cleanup() {
  test/sandbox/target.sh stop "$work/target" >/dev/null 2>&1 || true
  test/sandbox/target.sh stop "$work/target2" >/dev/null 2>&1 || true
  test/sandbox/boot.sh --stop "$work/instance" >/dev/null 2>&1 || true
  test/sandbox/imds.sh stop "$work/imds" >/dev/null 2>&1 || true
}
trap cleanup EXIT
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Building the plugin and installing it for Packer $packer_version"
go build -o "$work/packer-plugin-parbake" \
  -ldflags "-X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease=" .
packer=$(scripts/packer.sh "$packer_version")
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$work/packer-plugin-parbake")

say "Starting the EC2 metadata mock (IMDSv2), which the instance will read its Name tag from"
eval "$(test/sandbox/imds.sh start "$work/imds" | grep '^PARBAKE_IMDS_ENDPOINT=')"
echo "IMDS: $PARBAKE_IMDS_ENDPOINT"

# The instances share the host's network: their site listens on a free port.
. test/sandbox/lib.sh
http_port=$(free_port)

say "Starting the build target (a sandboxed Debian machine booted with systemd, reached over sshd)"
eval "$(test/sandbox/target.sh start "$work/target" | grep '^PARBAKE_SSH_')"
echo "target: $PARBAKE_SSH_USER@$PARBAKE_SSH_HOST:$PARBAKE_SSH_PORT"

say "packer build example/local"
start=$(date +%s.%N)
(cd example/local && "$packer" build -color=false \
  -var "ssh_port=$PARBAKE_SSH_PORT" -var "ssh_key=$PARBAKE_SSH_KEY" -var "ssh_user=$PARBAKE_SSH_USER" \
  -var "build_dir=$work/build" -var "imds_endpoint=$PARBAKE_IMDS_ENDPOINT" -var "http_port=$http_port" .) | tee "$work/build1.log"
bake_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
test/sandbox/target.sh stop "$work/target"

say "Booting an instance from the baked image with the rendered user data (systemd, cloud-init)"
base=$(test/sandbox/rootfs.sh)
user_data="$work/build/web.userdata"
echo "user data: $(wc -c <"$user_data") bytes"
boot_start=$(date +%s.%N)
test/sandbox/boot.sh --keep "$user_data" "$work/instance" "$work/target/upper" "$base"
echo "booted in $(awk -v a="$boot_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s (systemd-nspawn, until cloud-init finished)"

say "The baked nginx, restarted after the boot step that wrote its site"
echo "nginx: $(test/sandbox/exec.sh "$work/instance" systemctl is-active nginx)"
echo "\$ curl http://127.0.0.1:$http_port/whoami"
curl -sS --retry 5 --retry-connrefused --retry-delay 1 "http://127.0.0.1:$http_port/whoami"
test/sandbox/boot.sh --stop "$work/instance"
grep -v '^::parbake:' "$work/instance/upper/var/log/parbake-boot.log" | sed 's/^/  instance: /'
boot_runner=$(awk '$1 == "::parbake:boot::step-ok" { s += $4 } END { printf "%.3f", s }' "$work/instance/upper/var/log/parbake-boot.log")
cloud_init=$(awk -F': ' '/"(init|modules)/ { gsub(/,/, "", $2); s += $2 } END { printf "%.2f", s }' "$work/instance/boot.json")

say "What the plan decided, and where each step ran"
manifest="$work/build/web.bake.json"
printf '%-8s %-6s %s\n' STEP PHASE "WHERE IT RAN"
sed -n 's/.*{"name": "\([^"]*\)", "hash": "[^"]*", "duration_seconds": \([0-9.]*\),.*/\1 \2/p' "$manifest" |
  while read -r name dur; do printf '%-8s %-6s %s\n' "$name" bake "in the image build (${dur}s, measured)"; done
sed -n 's/.*"boot_steps": \[\(.*\)\].*/\1/p' "$manifest" | tr -d '"' | tr ',' '\n' |
  while read -r name; do
    [ -n "$name" ] || continue
    d=$(awk -v n="$name" '$1 == "::parbake:boot::step-ok" && $3 == n { print $4 }' "$work/instance/upper/var/log/parbake-boot.log")
    printf '%-8s %-6s %s\n' "$name" boot "at instance boot, from user data (${d}s)"
  done
echo
printf '%-34s %s\n' "bake (packer build, whole):" "${bake_seconds}s" \
  "boot (parbake runner, steps):" "${boot_runner}s" \
  "boot (cloud-init, all four stages):" "${cloud_init}s"

# predicted LOG: the data source's prediction printed by the example; measured MANIFEST REPORT.
predicted() { sed -n "s/.*predicted: bake \([0-9.]*\)s, boot \([0-9.]*\)s.*/\1 \2/p" "$1" | tail -n1; }
measured() {
  awk -F'"duration_seconds": ' 'NF > 1 { split($2, a, "}"); s += a[1] } END { printf "%.3f ", s }' "$1"
  sed -n 's/.*"total_seconds": \([0-9.]*\).*/\1/p' "$2"
}
read -r guess_bake guess_boot < <(predicted "$work/build1.log")
read -r meas_bake meas_boot < <(measured "$manifest" "$work/instance/upper/var/lib/parbake/boot-report.json")

say "Measure, then decide: plan again from what was measured, then bake and boot a fresh instance"
eval "$(test/sandbox/target.sh start "$work/target2" | grep '^PARBAKE_SSH_')"
(cd example/local && "$packer" build -color=false \
  -var "ssh_port=$PARBAKE_SSH_PORT" -var "ssh_key=$PARBAKE_SSH_KEY" -var "ssh_user=$PARBAKE_SSH_USER" \
  -var "build_dir=$work/build" -var "imds_endpoint=$PARBAKE_IMDS_ENDPOINT" -var "http_port=$http_port" \
  -var "boot_reports=[\"$work/instance/upper/var/lib/parbake/boot-report.json\"]" .) >"$work/build2.log"
grep -E 'measured|predicted:' "$work/build2.log" | sed 's/^/  /'
test/sandbox/target.sh stop "$work/target2"
test/sandbox/boot.sh "$user_data" "$work/instance2" "$work/target2/upper" "$base" >/dev/null 2>&1
read -r pred_bake pred_boot < <(predicted "$work/build2.log")
read -r meas2_bake meas2_boot < <(measured "$manifest" "$work/instance2/upper/var/lib/parbake/boot-report.json")
echo
printf '%-30s %10s %10s %8s\n' "" PREDICTED MEASURED RATIO
ratio() { awk -v p="$1" -v m="$2" 'BEGIN { if (m > 0) printf "%.2fx", p / m; else print "-" }'; }
printf '%-30s %9ss %9ss %8s\n' "bake, first (guessed)" "$guess_bake" "$meas_bake" "$(ratio "$guess_bake" "$meas_bake")" \
  "boot, first (guessed)" "$guess_boot" "$meas_boot" "$(ratio "$guess_boot" "$meas_boot")" \
  "bake, second (from measured)" "$pred_bake" "$meas2_bake" "$(ratio "$pred_bake" "$meas2_bake")" \
  "boot, second (from measured)" "$pred_boot" "$meas2_boot" "$(ratio "$pred_boot" "$meas2_boot")"
echo "timings file: $work/build/parbake-timings.json"
echo
echo "image (upper dir): $work/target/upper"
echo "instance (upper dir): $work/instance/upper"
echo "bake manifest: $manifest; user data: $user_data"
echo "picture of the plan: $work/build/web.plan.svg"
