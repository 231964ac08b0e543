# shellcheck shell=sh
# What the boot runner's AWS CLI calls share (ssm: and s3: values, the ready block's lifecycle
# action), in the bundle only when the plan makes one. Sourced after lib.sh and boot.sh.

# pb_aws_ready WHAT fails, saying the AWS CLI is needed to WHAT, unless the CLI is here; it sets
# the instance's own region from its metadata unless the environment gives one.
pb_aws_ready() {
  command -v aws >/dev/null 2>&1 || {
    echo "parbake: the AWS CLI is needed to $1; the plan installs it in step awscli" >&2
    return 127
  }
  [ -z "${AWS_REGION:-}${AWS_DEFAULT_REGION:-}" ] || return 0
  pb_region=$(pb_imds placement/region) || return
  AWS_DEFAULT_REGION=$pb_region
  export AWS_DEFAULT_REGION
}

# pb_aws ARGS… runs the AWS CLI with the instance's role credentials from PB_IMDS, adaptive
# retries (PB_SSM_ATTEMPTS a start) and no pager.
pb_aws() {
  HOME=${HOME:-/root} AWS_EC2_METADATA_SERVICE_ENDPOINT="$PB_IMDS/" AWS_PAGER='' \
    AWS_RETRY_MODE=adaptive AWS_MAX_ATTEMPTS="${PB_SSM_ATTEMPTS:-5}" aws "$@"
}
