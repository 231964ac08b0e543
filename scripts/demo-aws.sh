#!/usr/bin/env bash
# The launch, on the EC2 box (test/sandbox/ec2.sh): the real amazon-ebs builder bakes
# example/aws into an AMI, the parbake post-processor proves it with a test launch (its result
# table: each step and check) and hands it to the launch template "web" and an SSM parameter;
# the AWS CLI launches three instances from the template, each with a Name tag, every instance
# finishes its boot part and serves its own name, and measure {} learns the boot's durations
# from their consoles. Then the image's life goes on: a group of 2 behind a launching hook runs
# it, a second build rolls its new image out to the group (an instance refresh) and retires the
# first image, which nothing uses any more (the retirement's table). Prints what it did.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packer_version=${PARBAKE_PACKER_VERSION:-1.11.2}
aws=/usr/bin/aws # Debian's AWS CLI v2, whatever else is on PATH

work=$(mktemp -d "${TMPDIR:-/tmp}/parbake-demo-aws.XXXXXX")
cleanup() { test/sandbox/ec2.sh stop "$work/ec2" >/dev/null 2>&1 || true; }
trap cleanup EXIT
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Building the plugin; installing it and packer-plugin-amazon for Packer $packer_version"
go build -o "$work/packer-plugin-parbake" \
  -ldflags "-X github.com/parbake/packer-plugin-parbake/version.VersionPrerelease=" .
packer=$(scripts/packer.sh "$packer_version")
amazon=$(scripts/amazon-plugin.sh | tail -n1)
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$amazon" github.com/hashicorp/amazon)
while IFS= read -r kv; do export "${kv?}"; done < <(scripts/install-plugin.sh "$packer" "$work/plugins" "$work/packer-plugin-parbake")

say "Starting the EC2 box: a local EC2 whose instances are sandbox machines, with EC2's manners"
set -a
eval "$(PARBAKE_EC2_LAUNCH_DELAY=8s test/sandbox/ec2.sh start "$work/ec2" --manners "${PARBAKE_EC2_MANNERS:-real}")"
set +a
echo "manners: ${PARBAKE_EC2_MANNERS:-ideal} (eventual consistency, throttling, Xen consoles), seed ${PARBAKE_EC2_SEED:-none}"
export AWS_PAGER='' AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_REGION=$AWS_DEFAULT_REGION
ec2() { "$aws" --endpoint-url "$PARBAKE_EC2_ENDPOINT" --output text ec2 "$@"; }
echo "EC2: $PARBAKE_EC2_ENDPOINT; source AMI: $PARBAKE_EC2_SOURCE_AMI ($(ec2 describe-images --image-ids "$PARBAKE_EC2_SOURCE_AMI" --query 'Images[0].Name'))"

say "aws ec2 create-launch-template --launch-template-name web (once; each proven AMI gets a version)"
ec2 create-launch-template --launch-template-name web --query 'LaunchTemplate.LaunchTemplateId' --launch-template-data \
  '{"InstanceType":"t3.small","IamInstanceProfile":{"Name":"web"},"MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}'

say "packer build example/aws (amazon-ebs, the parbake provisioner as admin with sudo, the parbake post-processor)"
mkdir -p "$work/project"
cp -a example/aws example/recipes "$work/project/"
# Behind a group, the ready block completes the launching hook, as the example's comment says.
sed -i 's/^ready {$/ready {\n  lifecycle_hook = "web-launching"/' "$work/project/recipes/web/web.hcl"
vars=(-var "ec2_endpoint=$PARBAKE_EC2_ENDPOINT" -var "ssm_endpoint=$PARBAKE_EC2_ENDPOINT" -var "autoscaling_endpoint=$PARBAKE_EC2_ENDPOINT"
  -var "instance_endpoint=$PARBAKE_EC2_INSTANCE_ENDPOINT")
(cd "$work/project/aws" && "$packer" build -color=false "${vars[@]}" .) | tee "$work/build.log"
ami=$(ec2 describe-images --owners self --filters Name=tag-key,Values=parbake:digest --query 'Images[0].ImageId')
echo "AMI $ami, tagged parbake:digest=$(ec2 describe-images --image-ids "$ami" --query "Images[0].Tags[?Key=='parbake:digest']|[0].Value")"

say "The test launch's verdict (from the build's output above)"
grep -a '(parbake): ' "$work/build.log" | sed 's/^.*(parbake): //'
echo "launch template web, default version: $(ec2 describe-launch-template-versions --launch-template-name web --versions '$Default' \
  --query 'LaunchTemplateVersions[0].[VersionNumber,LaunchTemplateData.ImageId]')"
echo "SSM /images/web/latest: $("$aws" --endpoint-url "$PARBAKE_EC2_ENDPOINT" --output text ssm get-parameter --name /images/web/latest --query 'Parameter.Value')"

say "aws ec2 run-instances --launch-template LaunchTemplateName=web (the AMI and the user data), three times, each with its Name tag"
ids=
for n in 1 2 3; do
  # Tagged at launch: a tag added afterwards may come after the boot read it.
  ids="$ids $(ec2 run-instances --launch-template LaunchTemplateName=web --query 'Instances[].InstanceId' \
    --tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=web$n.example.com}]")"
done
# shellcheck disable=SC2086 # one word per instance id
ec2 wait instance-exists --instance-ids $ids # new instances are NotFound for a moment, as on AWS

say "Each instance's boot part, from its console (GetConsoleOutput), and what it serves"
for id in $ids; do
  line=
  for _ in $(seq 1 90); do
    line=$(ec2 get-console-output --instance-id "$id" --query Output | grep -a -o 'parbake-boot: .*' | tail -n1) || true
    [ -n "$line" ] && break
    sleep 2
  done
  ip=$(ec2 describe-instances --instance-ids "$id" --query 'Reservations[0].Instances[0].PrivateIpAddress')
  printf '%s %-12s %s\n  curl http://%s/whoami -> %s\n' "$id" "$ip" "${line:-no summary line}" "$ip" \
    "$(curl -sS -m 5 "http://$ip/whoami" || echo unreachable)"
done

say "measure {}: the next plan learns from these consoles"
mkdir -p "$work/project/aws/measure"
cat >"$work/project/aws/measure/m.pkr.hcl" <<HCL
data "parbake" "web" {
  recipe  = "\${path.root}/../../recipes/web"
  role    = "web"
  timings = "\${path.root}/../parbake-timings.json"
  image {
    filters     = { name = "web-*" }
    owners      = ["self"]
    most_recent = true
    region      = "$AWS_DEFAULT_REGION"
    endpoint    = "$PARBAKE_EC2_ENDPOINT"
  }
  measure {}
}
source "null" "m" { communicator = "none" }
build {
  sources = ["source.null.m"]
  provisioner "shell-local" { inline = ["echo 'boot steps: \${join(", ", data.parbake.web.boot_steps)}'"] }
}
HCL
(cd "$work/project/aws/measure" && "$packer" build -color=false . | grep -E 'boot steps')
grep -A3 '"site"' "$work/project/aws/parbake-timings.json" | head -n 8

# shellcheck disable=SC2086 # one word per instance id
ec2 terminate-instances --instance-ids $ids >/dev/null
say "EC2 actions amazon-ebs called (from the box's request log)"
grep -h 'packer-plugin-amazon' "$work/ec2/requests.log" | sed -n 's/.*"action":"\([^"]*\)".*/\1/p' | sort | uniq -c

say "An Auto Scaling group of 2 on this version, behind a launching hook the instances complete"
asg() { "$aws" --endpoint-url "$PARBAKE_EC2_ENDPOINT" --output text autoscaling "$@"; }
version=$(ec2 describe-launch-templates --launch-template-names web --query 'LaunchTemplates[0].DefaultVersionNumber')
asg create-auto-scaling-group --auto-scaling-group-name web-asg --launch-template "LaunchTemplateName=web,Version=$version" \
  --min-size 0 --max-size 3 --desired-capacity 0 --tags Key=Name,Value=web.example.com,PropagateAtLaunch=true
asg put-lifecycle-hook --auto-scaling-group-name web-asg --lifecycle-hook-name web-launching \
  --lifecycle-transition autoscaling:EC2_INSTANCE_LAUNCHING --heartbeat-timeout 600 --default-result ABANDON
asg update-auto-scaling-group --auto-scaling-group-name web-asg --min-size 2 --desired-capacity 2
for _ in $(seq 1 150); do
  [ "$(asg describe-auto-scaling-groups --auto-scaling-group-names web-asg --query 'length(AutoScalingGroups[0].Instances[?LifecycleState==`InService`])')" = 2 ] && break
  sleep 2
done
asg describe-auto-scaling-groups --auto-scaling-group-names web-asg --query 'AutoScalingGroups[0].Instances[].[InstanceId,LifecycleState,LaunchTemplate.Version]'

say "packer build example/aws again: prove the new image, roll it out to web-asg, retire the first (keep = 1)"
(cd "$work/project/aws" && "$packer" build -color=false "${vars[@]}" -var 'rollout_groups=["web-asg"]' -var rollout_warmup=1s \
  -var keep=1 -var deprecate_after=0s -var deregister_after=0s .) | tee "$work/build2.log" |
  sed -n 's/^.*(parbake): //p' | grep -E '^parbake: (rollout|launch template|SSM|retirement)|^ +(REGION|[a-z]+-[a-z]+-[0-9] )'
asg describe-auto-scaling-groups --auto-scaling-group-names web-asg --query 'AutoScalingGroups[0].[LaunchTemplate.Version,Instances[].LifecycleState]'
echo "images left: $(ec2 describe-images --owners self --query 'Images[].ImageId')"
asg delete-auto-scaling-group --auto-scaling-group-name web-asg --force-delete
