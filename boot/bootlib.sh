# parbake boot library (POSIX sh): what only the boot runner does. The step machinery itself is
# the shared lib.sh.

# pb_guard EXPECTED ON_MISMATCH checks the image's bake manifest against the digest this user
# data was rendered for. On a mismatch it refuses, or with boot-all sets PB_RUN_ALL so the baked
# steps run here too.
pb_guard() {
  pb_found=$(pb_image_digest)
  if [ "$pb_found" = "$1" ]; then
    echo "parbake: the image holds the expected bake ($1)"
    return 0
  fi
  if [ "$2" = boot-all ]; then
    echo "parbake: the image holds bake $pb_found, not $1; running every step at boot"
    PB_RUN_ALL=1
    return 0
  fi
  echo "parbake: refusing to configure this instance: the user data expects an image baked with $1, but the image's $PB_MANIFEST says $pb_found" >&2
  return 3
}

# pb_boot_step INDEX TOTAL NAME HASH TIMEOUT RETRIES FILE PHASE runs a step once per instance: a
# marker named after the step and its hash makes later boots skip it. Baked steps only run
# when the guard found a different image.
pb_boot_step() {
  if [ "$8" = bake ] && [ "${PB_RUN_ALL:-0}" != 1 ]; then
    return 0
  fi
  pb_mark="$PB_STATE/$3-${4#sha256:}"
  if [ -f "$pb_mark" ]; then
    pb_marker "step-skip $1 $3 0"
    echo "parbake: [$1/$2] $3 already ran on this instance"
    return 0
  fi
  echo "== parbake [$1/$2] $3"
  pb_step "$1" "$2" "$3" "$4" "$5" "$6" "$7"
  mkdir -p "$PB_STATE"
  : >"$pb_mark"
}

# pb_imds PATH prints a value from the instance metadata service, IMDSv2: a session token first,
# then the path under latest/meta-data/. It retries while IMDS comes up, but not on a 404.
pb_imds() {
  command -v curl >/dev/null 2>&1 || { echo "parbake: curl is needed to read $1 from IMDS" >&2; return 127; }
  pb_try=0
  pb_body=$(mktemp)
  while :; do
    pb_try=$((pb_try + 1))
    pb_code=000
    if pb_token=$(curl -sS -f -X PUT --max-time 2 -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' "$PB_IMDS/latest/api/token" 2>/dev/null); then
      pb_code=$(curl -sS --max-time 2 -o "$pb_body" -w '%{http_code}' -H "X-aws-ec2-metadata-token: $pb_token" "$PB_IMDS/latest/meta-data/$1" 2>/dev/null) || pb_code=000
    fi
    case $pb_code in
      200) cat "$pb_body"; rm -f "$pb_body"; return 0 ;;
      404) rm -f "$pb_body"
        echo "parbake: IMDS has no $1 (for instance tags, enable tags in instance metadata)" >&2
        return 1 ;;
    esac
    if [ "$pb_try" -ge 30 ]; then
      rm -f "$pb_body"
      echo "parbake: could not read $1 from IMDS at $PB_IMDS (last HTTP status $pb_code)" >&2
      return 1
    fi
    sleep 1
  done
}

# pb_ssm NAME prints an SSM parameter, decrypted, with the AWS CLI.
pb_ssm() {
  command -v aws >/dev/null 2>&1 || {
    echo "parbake: the AWS CLI is needed to read SSM parameter $1; bake it into the image (packages = [\"awscli\"])" >&2
    return 127
  }
  aws ssm get-parameter --name "$1" --with-decryption --query Parameter.Value --output text
}

# pb_env NAME prints an environment variable of the runner, failing when it is unset.
pb_env() {
  pb_set=
  eval "pb_set=\${$1+set}"
  [ "$pb_set" = set ] || { echo "parbake: environment variable $1 is not set" >&2; return 1; }
  eval "printf '%s' \"\$$1\""
}
