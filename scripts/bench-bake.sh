#!/usr/bin/env bash
# Benchmarks the bake side by side, in one run against one sandboxed target, and prints the
# ratios against each goal. Three workloads:
#
#   bulk   200 files (mixed sizes and modes, 10 directories, spaces in names) and 30 commands:
#          parbake vs one `file` provisioner per file plus a `shell`; vs one `file` directory
#          upload plus a `shell`; vs the true limit, `ssh 'tar -xzpf - -C /'` of the same files
#          plus the same commands.
#   large  one 1 GiB incompressible file: parbake vs one `file` provisioner, and the peak RSS of
#          packer-plugin-parbake during the bake (VmHWM from /proc).
#   many   20,000 small files in one step vs 200 in one step: the time per file.
#   size   2,000 files of 8 KB and 30 commands: parbake vs one `file` directory upload
#          plus a `shell`, whole builds; vs the true limit. And planning that recipe, and planning
#          and rendering 1,000 steps, before anything is sent (internal/cmd/plan-bench): the
#          first time in a process, cold, and again in the same process, as Packer's second
#          Prepare of a build does; and hcl/v2's parse of the recipe alone, the floor.
#
# The size workload also runs through internal/cmd/delay-link, which holds every piece of data
# 0.5 ms each way (a 1 ms round trip, like two availability zones of one AWS region): scp
# answers every file, one stream does not. LINK_DELAY changes the delay.
#
# The size workload runs on a target of its own whose writable layer is in memory, and every
# build of it starts with its destination gone, as on a fresh image. On this project's machines
# the disk is ext4 without a journal, where creating a file scans past every inode deleted in
# the last seconds to minutes (perf: recently_deleted and find_inode_bit, a third of all CPU
# time), so thousands of files created after thousands were deleted measure that scan, which
# differs run to run, and a build that overwrites files in place (scp does) skips it: neither is
# the tools' own work.
#
# "Provisioning time" is a build's time minus an empty build's (Packer start-up and the SSH
# handshake). Each variant runs ROUNDS times (LARGE_ROUNDS for the 1 GiB one), interleaved;
# medians are compared. Set LARGE_MIB to change the large file's size, and WORKLOADS to run only
# some of them (for example WORKLOADS=size while working on it; the default is all four).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rounds=${ROUNDS:-3}
large_rounds=${LARGE_ROUNDS:-2}
large_mib=${LARGE_MIB:-1024}
link_delay=${LINK_DELAY:-500us}
workloads=" ${WORKLOADS:-bulk large many size} "
# wants WORKLOAD says whether this run measures it.
wants() { [[ $workloads == *" $1 "* ]]; }
packer=$(scripts/packer.sh 1.9.4)

work=$(mktemp -d "${TMPDIR:-/var/tmp}/parbake-bench.XXXXXX")
cleanup() {
  [ -z "${link_PID:-}" ] || kill "$link_PID" 2>/dev/null || true
  test/sandbox/target.sh stop "$work/target" >/dev/null 2>&1 || true
  if [ -d "$work/size-target" ]; then
    test/sandbox/target.sh stop "$work/size-target" >/dev/null 2>&1 || true
    umount "$work/size-target" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

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
# template NAME BODY writes a build of the null source with BODY as its provisioners.
template() { mkdir -p "$work/$1" && printf '%s\nbuild {\n  sources = ["source.null.t"]\n%s\n}\n' "$common" "$2" >"$work/$1/t.pkr.hcl"; }
# The parbake builds leave cloud-init and the image's identity alone (clean_cloud_init and
# generalize = false): that is image hygiene the file and shell provisioners don't do, and it
# costs a Python start and a command. They don't wait for cloud-init either: the target's
# cloud-init has finished before the first build (see below).
parbake_template() { template "$1" "$(printf '  provisioner "parbake" {\n    recipe = "%s"\n    clean_cloud_init = false\n    generalize = false\n    wait_for_cloud_init = false\n%b  }' "$2" "${3:-}")"; }

# --- bulk: 200 files + 30 commands -------------------------------------------------------------
mkdir -p "$work/bulk/files" "$work/stage"
commands=()
for i in $(seq 1 30); do commands+=("echo command $i >> /var/log/parbake-bench.log"); done
{
  echo 'step "bench" {'
  echo '  phase = "bake"'
  for i in $(seq -w 1 200); do
    head -c $(((10#$i % 7 + 1) * 700)) /dev/urandom | base64 >"$work/bulk/files/f$i"
    mode=$([ $((10#$i % 3)) = 0 ] && echo 0600 || echo 0644)
    d="/opt/bench/dir $((10#$i % 10))"
    mkdir -p "$work/stage$d"
    cp "$work/bulk/files/f$i" "$work/stage$d/f$i" && chmod "$mode" "$work/stage$d/f$i"
    printf '  file "%s/f%s" {\n    source = "files/f%s"\n    mode = "%s"\n  }\n' "$d" "$i" "$i" "$mode"
  done
  printf '  run = ['
  for i in "${!commands[@]}"; do printf '"%s"%s' "${commands[$i]}" "$([ "$i" = 29 ] || echo ', ')"; done
  echo ']'
  echo '}'
} >"$work/bulk/bench.hcl"
template empty ''
template empty-size ''
parbake_template parbake "$work/bulk"
# The same without the bill of materials (skip_sbom): what the file and shell builds compare with.
parbake_template parbake-nosbom "$work/bulk" "    skip_sbom = true\n"
chmods=$(for i in $(seq -w 1 200); do
  mode=$([ $((10#$i % 3)) = 0 ] && echo 0600 || echo 0644)
  printf '      "chmod %s \\"/opt/bench/dir %s/f%s\\"",\n' "$mode" $((10#$i % 10)) "$i"
done)
cmds=$(for c in "${commands[@]}"; do printf '      "%s",\n' "$c"; done)
template filesh "$(
  printf '  provisioner "shell" {\n    inline = ["for i in 0 1 2 3 4 5 6 7 8 9; do mkdir -p \\"/opt/bench/dir $i\\"; done"]\n  }\n'
  for i in $(seq -w 1 200); do
    printf '  provisioner "file" {\n    source = "%s/bulk/files/f%s"\n    destination = "/opt/bench/dir %s/f%s"\n  }\n' "$work" "$i" $((10#$i % 10)) "$i"
  done
  printf '  provisioner "shell" {\n    inline = [\n%s\n%s\n    ]\n  }\n' "$chmods" "$cmds"
)"
template filedir "$(
  printf '  provisioner "file" {\n    source = "%s/stage/opt/bench/"\n    destination = "/opt/bench"\n  }\n' "$work"
  printf '  provisioner "shell" {\n    inline = [\n%s\n%s\n    ]\n  }\n' "$chmods" "$cmds"
)"
raw_commands=$(printf '%s; ' "${commands[@]}")

# --- size: 2,000 files of 8 KB + 30 commands ---------------------------------------------------
mkdir -p "$work/size/files" "$work/size-stage/opt/size"
{
  echo 'step "size" {'
  echo '  phase = "bake"'
  for i in $(seq -w 1 2000); do
    d="/opt/size/d$((10#$i % 20))"
    mkdir -p "$work/size-stage$d"
    head -c 6144 /dev/urandom | base64 -w 0 | head -c 8192 >"$work/size/files/f$i"
    cp "$work/size/files/f$i" "$work/size-stage$d/f$i"
    printf '  file "%s/f%s" {\n    source = "files/f%s"\n  }\n' "$d" "$i" "$i"
  done
  printf '  run = ['
  for i in "${!commands[@]}"; do printf '"%s"%s' "${commands[$i]}" "$([ "$i" = 29 ] || echo ', ')"; done
  echo ']'
  echo '}'
} >"$work/size/size.hcl"
parbake_template parbake-size "$work/size"
template filedir-size "$(
  printf '  provisioner "file" {\n    source = "%s/size-stage/opt/size/"\n    destination = "/opt/size"\n  }\n' "$work"
  printf '  provisioner "shell" {\n    inline = [\n%s\n    ]\n  }\n' "$cmds"
)"
# 1,000 steps, for planning and rendering alone.
mkdir -p "$work/steps1000"
for i in $(seq 1 1000); do printf 'step "s%s" {\n  phase = "bake"\n  run = ["echo %s"]\n}\n' "$i" "$i"; done >"$work/steps1000/steps.hcl"

# --- large: one incompressible file ------------------------------------------------------------
mkdir -p "$work/large"
if wants large; then head -c "$((large_mib << 20))" /dev/urandom >"$work/large/big.bin"; fi
printf 'step "large" {\n  phase = "bake"\n  file "/opt/large/big.bin" {\n    source = "big.bin"\n  }\n}\n' >"$work/large/large.hcl"
parbake_template parbake-large "$work/large"
template file-large "$(printf '  provisioner "file" {\n    source = "%s/large/big.bin"\n    destination = "/opt/large-file.bin"\n  }' "$work")"

# --- many: 20,000 files vs 200 files in one step -----------------------------------------------
many_recipe() { # DIR COUNT
  mkdir -p "$1/files"
  {
    echo 'step "many" {'
    echo '  phase = "bake"'
    for i in $(seq 1 "$2"); do
      printf 'file %s\n' "$i" >"$1/files/f$i"
      printf '  file "/opt/many/d%s/f%s" {\n    source = "files/f%s"\n  }\n' $((i % 100)) "$i" "$i"
    done
    echo '}'
  } >"$1/many.hcl"
}
many_recipe "$work/many200" 200
many_recipe "$work/many20000" 20000
parbake_template parbake-many200 "$work/many200"
parbake_template parbake-many20000 "$work/many20000"

# --- the target and the plugin -----------------------------------------------------------------
go build -o "$work/packer-plugin-parbake" -ldflags "-X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease=" .
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$work/packer-plugin-parbake")
eval "$(test/sandbox/target.sh start "$work/target" | grep '^PARBAKE_SSH_')"
target_port=$PARBAKE_SSH_PORT target_key=$PARBAKE_SSH_KEY
if wants size; then
  mkdir -p "$work/size-target"
  mount -t tmpfs -o size=2g,mode=0755 tmpfs "$work/size-target"
  eval "$(test/sandbox/target.sh start "$work/size-target" | grep '^PARBAKE_SSH_')"
  size_port=$PARBAKE_SSH_PORT size_key=$PARBAKE_SSH_KEY
  test/sandbox/exec.sh "$work/size-target" cloud-init status --wait >/dev/null || true
  go build -o "$work/delay-link" ./internal/cmd/delay-link
  coproc link { exec "$work/delay-link" -to "127.0.0.1:$size_port" -delay "$link_delay"; }
  read -r link_port <&"${link[0]}"
fi
# The target boots with cloud-init, as a build instance does; no build is timed while it runs.
test/sandbox/exec.sh "$work/target" cloud-init status --wait >/dev/null || true
ssh_opts=(-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=error -i "$target_key" -p "$target_port")
size_ssh() { ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=error -i "$size_key" -p "$size_port" root@127.0.0.1 "$@"; }

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }
run_packer() {
  local port=$target_port key=$target_key
  case $1 in *-size) port=${2:-$size_port} key=$size_key ;; esac
  (cd "$work/$1" && "$packer" build -var "ssh_port=$port" -var "ssh_key=$key" . >"$work/$1.log" 2>&1) ||
    { tail -20 "$work/$1.log" >&2; exit 1; }
}
run_raw() {
  # shellcheck disable=SC2029 # the commands are meant to run on the target, as one string
  tar -czf - -C "$work/stage" opt | ssh "${ssh_opts[@]}" root@127.0.0.1 "tar -xzpf - -C / && $raw_commands"
}
run_raw_size() {
  # shellcheck disable=SC2029 # the commands are meant to run on the target, as one string
  tar -czf - -C "$work/size-stage" opt | size_ssh "tar -xzpf - -C / && $raw_commands"
}
# peak_rss PID prints the largest VmHWM (KiB) of any packer-plugin-parbake process while PID runs.
peak_rss() {
  local peak=0 v p
  while kill -0 "$1" 2>/dev/null; do
    # Only the installed plugin: compilers and linters also have "packer-plugin-parbake" in
    # their command lines.
    for p in $(pgrep -f "^$work/plugins/.*/packer-plugin-parbake_" || true); do
      v=$(awk '/^VmHWM/ { print $2 }' "/proc/$p/status" 2>/dev/null || true)
      [ -n "$v" ] && [ "$v" -gt "$peak" ] && peak=$v
    done
    sleep 0.05
  done
  echo "$peak"
}

declare -A times
record() { times[$1]+="$2 "; }
timed() { local s; s=$(now); "$@"; since "$s"; }

for _ in $(seq 1 "$rounds"); do
  record empty "$(timed run_packer empty)"
  if wants bulk; then
    for v in parbake parbake-nosbom filesh filedir; do record "$v" "$(timed run_packer "$v")"; done
    record raw "$(timed run_raw)"
  fi
  if wants size; then
    # Each from a fresh destination, removed before the clock starts.
    for v in empty-size parbake-size filedir-size; do
      size_ssh 'rm -rf /opt/size'
      record "$v" "$(timed run_packer "$v")"
    done
    size_ssh 'rm -rf /opt/size'
    record raw-size "$(timed run_raw_size)"
    for v in parbake-size filedir-size; do
      size_ssh 'rm -rf /opt/size'
      record "link-$v" "$(timed run_packer "$v" "$link_port")"
    done
  fi
  if wants many; then
    for v in parbake-many200 parbake-many20000; do record "$v" "$(timed run_packer "$v")"; done
  fi
done
rss=0
wants large || large_rounds=0
for _ in $(seq 1 "$large_rounds"); do
  record file-large "$(timed run_packer file-large)"
  s=$(now)
  run_packer parbake-large &
  pid=$!
  r=$(peak_rss "$pid")
  wait "$pid"
  record parbake-large "$(since "$s")"
  [ "$r" -gt "$rss" ] && rss=$r
done

# Planning before anything is sent: the size recipe, and 1,000 steps planned and rendered.
go build -o "$work/plan-bench" ./internal/cmd/plan-bench
# plan_times ARGS… runs plan-bench in 9 processes and prints the medians of its first run and of
# its later ones.
plan_times() {
  local out
  out=$(for _ in 1 2 3 4 5 6 7 8 9; do "$work/plan-bench" "$@" -n 5; done)
  echo "$(cut -d' ' -f1 <<<"$out" | sort -n | sed -n 5p) $(cut -d' ' -f2 <<<"$out" | sort -n | sed -n 5p)"
}
read -r plan_size plan_size_warm < <(plan_times -recipe "$work/size/size.hcl")
read -r parse_size _ < <(plan_times -recipe "$work/size/size.hcl" -parse)
read -r plan_steps plan_steps_warm < <(plan_times -recipe "$work/steps1000" -render)
read -r parse_steps _ < <(plan_times -recipe "$work/steps1000" -parse)

median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
m() { median "${times[$1]:-0}"; }
echo "bench-bake: medians in seconds; $rounds rounds ($large_rounds for large), one target"
for v in empty parbake parbake-nosbom filesh filedir raw empty-size parbake-size filedir-size raw-size link-parbake-size link-filedir-size parbake-many200 parbake-many20000 file-large parbake-large; do
  [ -z "${times[$v]:-}" ] || printf '  %-20s %8s\n' "$v" "$(m "$v")"
done
awk -v e="$(m empty)" -v p="$(m parbake)" -v q="$(m parbake-nosbom)" -v f="$(m filesh)" -v d="$(m filedir)" -v w="$(m raw)" \
  -v m2="$(m parbake-many200)" -v m20="$(m parbake-many20000)" -v fl="$(m file-large)" -v pl="$(m parbake-large)" \
  -v rss="$rss" -v mib="$large_mib" -v ps="$(m parbake-size)" -v ds="$(m filedir-size)" -v ws="$(m raw-size)" \
  -v es="$(m empty-size)" -v lps="$(m link-parbake-size)" -v lds="$(m link-filedir-size)" -v delay="$link_delay" -v plan_size="$plan_size" -v plan_steps="$plan_steps" -v workloads="$workloads" \
  -v plan_size_warm="$plan_size_warm" -v plan_steps_warm="$plan_steps_warm" -v parse_size="$parse_size" -v parse_steps="$parse_steps" 'BEGIN {
  pp = p - e; fp = f - e
  if (index(workloads, " bulk ")) {
  printf "bulk:  file+shell per file / parbake (provisioning):    %5.1fx  (goal >= 5x)\n", fp / pp
  printf "bulk:  parbake speed / file dir + shell (whole builds): %5.2fx  (goal >= 0.8x)\n", d / p
  printf "bulk:  parbake / true limit ssh tar x + commands:        %5.2fx  (goal <= 1.3x)\n", pp / w
  printf "bulk:    the same with skip_sbom (no bill of materials):  %5.2fx\n", (q - e) / w
  }
  if (index(workloads, " large ")) {
  printf "large: parbake / file provisioner, %d MiB:             %5.2fx  (goal <= 1.25x)\n", mib, pl / fl
  printf "large: peak RSS of packer-plugin-parbake:              %5.0f MiB (goal <= 150 MiB)\n", rss / 1024
  }
  if (index(workloads, " many ")) {
  a = (m2 - e) / 200; b = (m20 - e) / 20000
  printf "many:  per file, 20,000 files %.3fms vs 200 files %.3fms: %4.2fx  (goal <= 2x)\n", b * 1000, a * 1000, b / a
  }
  if (index(workloads, " size ")) {
  printf "size:  parbake speed / file dir + shell, loopback:     %5.2fx  (goal >= 0.9x) %s\n", ds / ps, verdict(ds / ps >= 0.9)
  printf "size:  parbake speed / file dir + shell, %s each way: %5.2fx  (goal >= 1.2x) %s (%.2fs vs %.2fs)\n", delay, lds / lps, verdict(lds / lps >= 1.2), lps, lds
  printf "size:  parbake / true limit ssh tar x + commands:        %5.2fx  (goal <= 1.3x) %s\n", (ps - es) / ws, verdict((ps - es) / ws <= 1.3)
  }
  printf "size:  planning 2,000 files of 8 KB, first in a process: %5.1f ms\n", plan_size
  printf "size:    hcl/v2 parse of the recipe alone, first:         %5.1f ms\n", parse_size
  printf "size:    planning / the parse alone, first in a process:  %5.2fx  (goal <= 2x) %s\n", plan_size / parse_size, verdict(plan_size / parse_size <= 2)
  printf "size:    again in that process (Packer prepares twice):   %5.1f ms (goal <= 50 ms) %s\n", plan_size_warm, verdict(plan_size_warm <= 50)
  printf "plan:  plan and render 1,000 steps, first in a process:  %5.1f ms (goal <= 50 ms) %s\n", plan_steps, verdict(plan_steps <= 50)
  printf "plan:    again in that process:                           %5.1f ms\n", plan_steps_warm
  printf "plan:    hcl/v2 parse of the recipe alone, first:         %5.1f ms\n", parse_steps
}
function verdict(ok) { return ok ? "ok" : "SHORT" }'
