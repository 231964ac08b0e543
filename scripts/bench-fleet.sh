#!/usr/bin/env bash
# make bench-fleet: a burst of instances that all read their ssm: values at boot.
#
# 1. A simulation of 1,000 instances against Parameter Store's 40 TPS, with the boot runner's own
#    retry policy (boot.SSM*), batched against one call per value.
# 2. Real instances on the EC2 box: amazon-ebs bakes an image with the AWS CLI; one instance
#    boots alone with 1 and then with 12 sensitive ssm: values; then one RunInstances launches
#    20 at once with the 12, while the box's SSM throttles at 40 requests a second (a token
#    bucket, ThrottlingException past it). Every figure is measured in this one run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fleet=${PARBAKE_FLEET:-20}
values=12
aws=/usr/bin/aws

echo "== simulation"
go run ./internal/cmd/fleet-sim -instances 1000 -values "$values" -tps 40

work=$(mktemp -d "${TMPDIR:-/tmp}/parbake-bench-fleet.XXXXXX")
cleanup() { test/sandbox/ec2.sh stop "$work/ec2" >/dev/null 2>&1 || true; }
trap cleanup EXIT

go build -o "$work/packer-plugin-parbake" -ldflags "-X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease=" .
packer=$(scripts/packer.sh 1.11.2)
amazon=$(scripts/amazon-plugin.sh | tail -n1)
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$amazon" github.com/hashicorp/amazon)
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$work/packer-plugin-parbake")

set -a
eval "$(PARBAKE_EC2_LAUNCH_DELAY=1s PARBAKE_EC2_SSM_RATE=40 PARBAKE_EC2_SSM_BURST=40 test/sandbox/ec2.sh start "$work/ec2")"
set +a
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_REGION=$AWS_DEFAULT_REGION
ec2() { "$aws" --endpoint-url "$PARBAKE_EC2_ENDPOINT" --output text ec2 "$@"; }

# Two recipes with the same bake (the AWS CLI): the app reads 12 values, or 1.
mkdir -p "$work/project/many" "$work/project/one"
for n in "$values" 1; do
  dir=$work/project/$([ "$n" = 1 ] && echo one || echo many)
  {
    echo 'policy {'
    echo '  launches_per_day = 5000 # a fleet that scales out in bursts'
    echo '}'
    echo 'step "app" {'
    echo '  phase = "boot"'
    for i in $(seq -w 1 "$n"); do
      printf '  file "/etc/app/s%s" {\n    content = var.s%s\n    mode    = "0600"\n  }\n' "$i" "$i"
    done
    echo '}'
    for i in $(seq -w 1 "$n"); do
      printf 'variable "s%s" {\n  boot      = true\n  sensitive = true\n  from      = "ssm:/fleet/s%s"\n}\n' "$i" "$i"
    done
  } >"$dir/app.hcl"
done
for i in $(seq -w 1 "$values"); do
  "$aws" --endpoint-url "$PARBAKE_EC2_ENDPOINT" ssm put-parameter --name "/fleet/s$i" --type SecureString --value "value-$i" >/dev/null
done
cat >"$work/project/fleet.pkr.hcl" <<HCL
source "amazon-ebs" "fleet" {
  region                     = "$AWS_DEFAULT_REGION"
  instance_type              = "t3.micro"
  ssh_username               = "admin"
  ami_name                   = "fleet-{{timestamp}}"
  source_ami                 = "$PARBAKE_EC2_SOURCE_AMI"
  custom_endpoint_ec2        = "$PARBAKE_EC2_ENDPOINT"
  skip_credential_validation = true
  skip_region_validation     = true
  skip_metadata_api_check    = true
}
data "parbake" "fleet" {
  recipe       = "\${path.root}/many"
  ssm_endpoint = "$PARBAKE_EC2_SSM_ENDPOINT"
  output_file  = "\${path.root}/fleet.userdata"
}
data "parbake" "many" {
  recipe       = "\${path.root}/many"
  ssm_endpoint = "$PARBAKE_EC2_SSM_ENDPOINT"
  fetch_jitter = "0s" # one instance alone: no burst to spread
  output_file  = "\${path.root}/many.userdata"
}
data "parbake" "one" {
  recipe       = "\${path.root}/one"
  ssm_endpoint = "$PARBAKE_EC2_SSM_ENDPOINT"
  fetch_jitter = "0s"
  output_file  = "\${path.root}/one.userdata"
}
build {
  sources = ["source.amazon-ebs.fleet"]
  provisioner "parbake" { recipe = "\${path.root}/many" }
}
HCL
echo "== baking the image (amazon-ebs on the EC2 box; the AWS CLI is baked)"
(cd "$work/project" && "$packer" build -color=false . >"$work/build.log" 2>&1) || { tail -n 40 "$work/build.log"; exit 1; }
ami=$(ec2 describe-images --owners self --query 'Images[0].ImageId')

now_ms() { echo $(($(date +%s%N) / 1000000)); }
ssm_reads() { grep -c '"action":"GetParameters"' "$work/ec2/requests.log" || true; }
ssm_throttled() { grep '"action":"GetParameters"' "$work/ec2/requests.log" | grep -c ThrottlingException || true; }

# launch USER_DATA COUNT: launches COUNT instances, waits for every parbake-boot line, and sets
# ids, ok (boots that said ok), last_ms (launch to the last line).
launch() {
  local start line id
  start=$(now_ms)
  ids=$(ec2 run-instances --count "$2" --image-id "$ami" --instance-type t3.micro --user-data "file://$1" \
    --iam-instance-profile Name=fleet --metadata-options HttpTokens=required --query 'Instances[].InstanceId' | tr '\t' ' ')
  ok=0 last_ms=0
  local pending=" $ids "
  local deadline=$(($(date +%s) + 600))
  while [ -n "${pending// /}" ] && [ "$(date +%s)" -lt "$deadline" ]; do
    for id in $pending; do
      line=$(grep -a -o 'parbake-boot: [a-z(0-9)]*' "$work/ec2/instances/$id/console.log" 2>/dev/null | tail -n1) || true
      [ -n "$line" ] || continue
      pending=${pending/ $id / }
      [ "$line" = "parbake-boot: ok" ] && ok=$((ok + 1))
      last_ms=$(($(now_ms) - start))
    done
    sleep 0.2
  done
}

# fetch_seconds ID prints the fetch phase's time from the instance's boot report.
fetch_seconds() {
  test/sandbox/ec2.sh exec "$work/ec2" "$1" cat /var/lib/parbake/boot-report.json |
    python3 -c 'import json,sys; print(sum(f["seconds"] for f in json.load(sys.stdin)["fetches"]))'
}

echo "== one instance alone, 1 value, then 12"
launch "$work/project/one.userdata" 1
one_fetch=$(fetch_seconds "$ids")
# shellcheck disable=SC2086 # one word per instance id
ec2 terminate-instances --instance-ids $ids >/dev/null
launch "$work/project/many.userdata" 1
many_fetch=$(fetch_seconds "$ids")
single_ms=$last_ms single_ok=$ok
# shellcheck disable=SC2086 # one word per instance id
ec2 terminate-instances --instance-ids $ids >/dev/null
sleep 3

echo "== $fleet instances at once, $values values each"
reads_before=$(ssm_reads) throttled_before=$(ssm_throttled)
launch "$work/project/fleet.userdata" "$fleet"
reads=$(($(ssm_reads) - reads_before)) throttled=$(($(ssm_throttled) - throttled_before))
minimum=$((fleet * ((values + 9) / 10)))
# shellcheck disable=SC2086 # one word per instance id
ec2 terminate-instances --instance-ids $ids >/dev/null

verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g ? "ok" : "SHORT") }'; }
echo
printf 'real instances (EC2 box, SSM at 40 TPS):\n'
printf '  boots finished: %d/%d  (goal %d/%d) %s\n' "$ok" "$fleet" "$fleet" "$fleet" "$([ "$ok" = "$fleet" ] && echo ok || echo SHORT)"
ratio=$(awk -v a="$reads" -v b="$minimum" 'BEGIN { printf "%.2f", a / b }')
printf '  SSM calls: %d made (%d throttled) / %d minimum = %s×  (goal ≤ 1.2×) %s\n' "$reads" "$throttled" "$minimum" "$ratio" "$(verdict "$ratio" 1.2)"
printf '  launch to the last parbake-boot ok: %d instances %.1fs, one alone %.1fs (%s×; the box runs them on %d cores)\n' \
  "$fleet" "$(awk -v m="$last_ms" 'BEGIN { print m / 1000 }')" "$(awk -v m="$single_ms" 'BEGIN { print m / 1000 }')" \
  "$(awk -v a="$last_ms" -v b="$single_ms" 'BEGIN { printf "%.1f", a / b }')" "$(nproc)"
fratio=$(awk -v a="$many_fetch" -v b="$one_fetch" 'BEGIN { printf "%.2f", a / b }')
printf '  one instance'"'"'s fetch phase: %s values %.3fs, 1 value %.3fs = %s×  (goal ≤ 1.5×) %s\n' "$values" "$many_fetch" "$one_fetch" "$fratio" "$(verdict "$fratio" 1.5)"
[ "$single_ok" = 1 ] || echo "  (the single instance's boot did not say ok)"
