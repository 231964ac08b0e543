#!/usr/bin/env bash
# The main job: bake the example web recipe into a sandboxed target with a real `packer build`,
# render the boot part as user data, boot a simulated instance from the baked image with real
# cloud-init and the EC2 metadata mock, and print where each step ran and how long it took.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packer_version=${PARBAKE_PACKER_VERSION:-1.9.4}

work=$(mktemp -d "${TMPDIR:-/tmp}/parbake-demo.XXXXXX")
cleanup() {
  test/sandbox/target.sh stop "$work/target" >/dev/null 2>&1 || true
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

say "Starting the build target (sshd in a sandboxed Debian root file system)"
eval "$(test/sandbox/target.sh start "$work/target" | grep '^PARBAKE_SSH_')"
echo "target: $PARBAKE_SSH_USER@$PARBAKE_SSH_HOST:$PARBAKE_SSH_PORT"

say "packer build example/local"
start=$(date +%s.%N)
(cd example/local && "$packer" build -color=false \
  -var "ssh_port=$PARBAKE_SSH_PORT" -var "ssh_key=$PARBAKE_SSH_KEY" -var "ssh_user=$PARBAKE_SSH_USER" \
  -var "build_dir=$work/build" -var "imds_endpoint=$PARBAKE_IMDS_ENDPOINT" .)
bake_seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
test/sandbox/target.sh stop "$work/target"

say "Booting an instance from the baked image with the rendered user data (real cloud-init)"
base=$(test/sandbox/rootfs.sh)
user_data="$work/build/web.userdata"
echo "user data: $(wc -c <"$user_data") bytes"
test/sandbox/boot.sh "$user_data" "$work/instance" "$work/target/upper" "$base"
grep -v '^::parbake:' "$work/instance/upper/var/log/parbake-boot.log" | sed 's/^/  instance: /'
boot_runner=$(awk '$1 == "::parbake:boot::step-ok" { s += $4 } END { printf "%.3f", s }' "$work/instance/upper/var/log/parbake-boot.log")
cloud_init=$(awk -F': ' '/"(init|modules)/ { gsub(/,/, "", $2); s += $2 } END { printf "%.2f", s }' "$work/instance/boot.json")

say "What the plan decided, and where each step ran"
manifest="$work/build/web.bake.json"
printf '%-8s %-6s %s\n' STEP PHASE "WHERE IT RAN"
sed -n 's/.*{"name": "\([^"]*\)".*"duration_seconds": \([0-9.]*\)}.*/\1 \2/p' "$manifest" |
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
echo
echo "image (upper dir): $work/target/upper"
echo "instance (upper dir): $work/instance/upper"
echo "bake manifest: $manifest; user data: $user_data"
