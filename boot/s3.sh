# shellcheck shell=sh
# The boot runner's S3 reads, in the bundle only when the plan reads s3: values. Sourced after
# lib.sh and boot.sh.

# pb_s3 NAME BUCKET/KEY FROM [SHA256] fetches an S3 object byte for byte into $PB_VARS/NAME,
# readable by root only, with the AWS CLI (streamed to the file: objects may be large), and
# refuses it when SHA256 is given and the bytes differ. FROM is the from as the recipe wrote it.
# The value stays a file: steps copy it, and it never enters the environment.
pb_s3() {
  pb_aws_ready "read S3 objects" || return
  set -- "$1" "${2%%/*}" "${2#*/}" "$3" "${4:-}"
  pb_ep=
  [ -z "${PB_S3_ENDPOINT:-}" ] || pb_ep="--endpoint-url=$PB_S3_ENDPOINT"
  if ! (umask 077 && pb_aws s3api get-object ${pb_ep:+"$pb_ep"} --bucket "$2" --key "$3" "$PB_VARS/$1" >/dev/null); then
    rm -f "$PB_VARS/$1"
    echo "parbake: could not fetch variable $1 from $4" >&2
    return 1
  fi
  if [ -n "$5" ]; then
    pb_sum=$(sha256sum <"$PB_VARS/$1" | cut -d' ' -f1)
    if [ "$pb_sum" != "$5" ]; then
      rm -f "$PB_VARS/$1"
      echo "parbake: variable $1 from $4 has sha256 $pb_sum, not the $5 the recipe pins" >&2
      return 1
    fi
  fi
}
