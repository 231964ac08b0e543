# shellcheck shell=sh
# The boot runner's SSM reads, in the bundle only when the plan reads ssm: values (user data is
# 16 KB). Sourced after lib.sh and boot.sh.

# pb_ssm_fetch NAME PATH FROM… reads every variable NAME from the SSM parameter PATH (FROM is
# the from as the recipe wrote it, for messages) into $PB_VARS/NAME, readable by root only, and
# loads it. Distinct names go SSMBatch to a GetParameters call, decrypted, the calls at once: a
# CLI start costs more than the call. A throttled burst is retried: AWS_RETRY_MODE=adaptive with
# PB_SSM_ATTEMPTS attempts in each CLI start, then full-jitter backoff between starts until
# PB_SSM_DEADLINE seconds have passed. A missing parameter names the variable. Credentials and
# region come from the instance's metadata; PB_SSM_ENDPOINT goes to --endpoint-url. Each batch's
# attempts and time go to $PB_DIR/fetches for the boot report.
pb_ssm_fetch() {
  pb_aws_ready "read SSM parameters" || return
  command -v python3 >/dev/null 2>&1 || {
    echo "parbake: python3 (cloud-init's) is needed to read the AWS CLI's answer byte for byte" >&2
    return 127
  }
  pb_sd=$PB_DIR/ssm
  rm -rf "$pb_sd" && (umask 077 && mkdir -p "$pb_sd") || return
  while [ "$#" -ge 3 ]; do
    printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$pb_sd/want"
    shift 3
  done
  # Parameter names hold no tab or newline (SSM allows neither): one a line, ten a batch.
  cut -f2 "$pb_sd/want" | awk '!seen[$0]++' | awk -v d="$pb_sd" '{ f = d "/" int((NR - 1) / '"${PB_SSM_BATCH:-10}"') ".names"; print > f }' || return
  if [ "${PB_FETCH_JITTER_MS:-0}" -gt 0 ]; then # one of a burst: spread the first calls
    pb_r=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
    pb_w=$((pb_r % (PB_FETCH_JITTER_MS + 1)))
    sleep "$((pb_w / 1000)).$(printf '%03d' $((pb_w % 1000)))"
  fi
  # The fetch is timed from here: the jitter is a wait chosen on purpose, not the fetch's.
  pb_clock
  pb_ssm_t0=$pb_ms
  for pb_b in "$pb_sd"/*.names; do
    pb_ssm_batch "${pb_b%.names}" &
  done
  wait
  pb_rc=0
  for pb_b in "$pb_sd"/*.names; do
    [ "$(cat "${pb_b%.names}.rc" 2>/dev/null)" = 0 ] || pb_rc=1
  done
  if [ "$pb_rc" = 0 ]; then
    python3 -c '
import json, os, sys
vars_dir, want = sys.argv[1], sys.argv[2]
found = {}
for out in sys.argv[3:]:
    with open(out, encoding="utf-8") as f:
        for p in json.load(f).get("Parameters", []):
            found[p["Name"]] = p["Value"]
rc = 0
with open(want, encoding="utf-8", errors="surrogateescape") as f:
    for line in f:
        name, param, source = line.rstrip("\n").split("\t", 2)
        if param not in found:
            print("parbake: could not fetch variable %s from %s: SSM has no parameter %s" % (name, source, param), file=sys.stderr)
            rc = 1
            continue
        fd = os.open(os.path.join(vars_dir, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as v:
            v.write(found[param])
sys.exit(rc)
' "$PB_VARS" "$pb_sd/want" "$pb_sd"/*.json || pb_rc=1
  fi
  pb_since "$pb_ssm_t0"
  pb_calls=$(cat "$pb_sd"/*.attempts 2>/dev/null | awk '{ n++; a += $0 } END { printf "%d %d", n, a }')
  pb_rec_fetch ssm "$(wc -l <"$pb_sd/want")" "${pb_calls% *}" "${pb_calls#* }" "$pb_dur" >>"$PB_DIR/fetches"
  if [ "$pb_rc" != 0 ]; then
    cat "$pb_sd"/*.err >&2 2>/dev/null
    rm -rf "$pb_sd"
    return 1
  fi
  # Variable names are identifiers: safe as words.
  for pb_v in $(cut -f1 "$pb_sd/want"); do
    pb_load "$pb_v" || return
  done
  rm -rf "$pb_sd"
}

# pb_ssm_batch BATCH reads the parameters named in BATCH.names with one GetParameters, into
# BATCH.json, retrying a throttled or failed call until the deadline; BATCH.rc gets 0 or the
# CLI's status, BATCH.attempts the CLI starts, BATCH.err the last one's errors.
pb_ssm_batch() {
  pb_n=0
  pb_file=$1
  set --
  while IFS= read -r pb_name; do set -- "$@" "$pb_name"; done <"$pb_file.names"
  set -- ssm get-parameters --with-decryption --output json --names "$@"
  [ -z "${PB_SSM_ENDPOINT:-}" ] || set -- "$@" --endpoint-url "$PB_SSM_ENDPOINT"
  pb_clock
  pb_end=$((pb_ms + ${PB_SSM_DEADLINE:-180} * 1000))
  while :; do
    pb_n=$((pb_n + 1))
    pb_c=0
    (umask 077 && pb_aws "$@" >"$pb_file.json" 2>"$pb_file.err") || pb_c=$?
    [ "$pb_c" != 0 ] || break
    pb_clock
    # Only what a later call may fix is retried: throttling, a server error, the network.
    if [ "$pb_ms" -ge "$pb_end" ] || ! grep -qiE 'throttl|rate exceeded|too ?many ?requests|requestlimitexceeded|serviceunavailable|internal ?server ?error|internalerror|could not connect|connection|timed? ?out' "$pb_file.err"; then
      break
    fi
    pb_cap=$((${PB_SSM_BACKOFF_BASE_MS:-500} << (pb_n > 10 ? 10 : pb_n - 1)))
    [ "$pb_cap" -le "${PB_SSM_BACKOFF_CAP_MS:-10000}" ] || pb_cap=${PB_SSM_BACKOFF_CAP_MS:-10000}
    pb_r=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
    pb_w=$((pb_r % (pb_cap + 1)))
    [ $((pb_ms + pb_w)) -lt "$pb_end" ] || pb_w=$((pb_end - pb_ms))
    sleep "$((pb_w / 1000)).$(printf '%03d' $((pb_w % 1000)))"
  done
  echo "$pb_n" >"$pb_file.attempts"
  echo "$pb_c" >"$pb_file.rc"
}
