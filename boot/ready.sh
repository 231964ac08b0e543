# shellcheck shell=sh
# The boot runner's readiness signal, in the bundle only when the recipe has a ready block.
# Sourced after lib.sh, boot.sh and aws.sh; the parent runs it once the boot part has ended.

# pb_ready STATUS HOOK tells whoever waits for this instance how its boot part ended: the ready
# block's commands ($PB_DIR/ready.sh.run, when there are any) run with PARBAKE_BOOT_STATUS ok or
# failed, then, with HOOK, the Auto Scaling lifecycle action is completed with CONTINUE or
# ABANDON. A boot that ends in a reboot (194) signals nothing: the boot part goes on after it.
# It signals once per instance: a marker next to the report remembers it, so a boot part
# resumed on a later boot after a failure does not signal a second time. With a warm pool it
# signals once per part (PB_PART): the launching hook holds the instance both while it warms
# and as it goes in service; the ready commands run only for the part that serves.
pb_ready() {
  [ "$1" != 194 ] || return 0
  pb_rdone=${PB_REPORT%/*}/ready${PB_PART:+.$PB_PART} # with a warm pool, once per part
  if [ -f "$pb_rdone" ]; then
    echo "parbake: ready: already signalled on an earlier boot ($(cat "$pb_rdone"))"
    return 0
  fi
  pb_rst=ok pb_rres=CONTINUE
  [ "$1" = 0 ] || pb_rst=failed pb_rres=ABANDON
  if [ -f "$PB_DIR/ready.sh.run" ] && [ "${PB_PART:-}" != warm ]; then # ready to serve: not while warming
    echo "parbake: ready: running the ready commands with PARBAKE_BOOT_STATUS=$pb_rst"
    pb_rc=0
    (cd / && PARBAKE_BOOT_STATUS=$pb_rst sh -e "$PB_DIR/ready.sh.run") || pb_rc=$?
    [ "$pb_rc" = 0 ] || echo "parbake: ready: a ready command failed with exit code $pb_rc" >&2
  fi
  [ -z "$2" ] || pb_ready_hook "$2" "$pb_rres" || :
  echo "$pb_rst" >"$pb_rdone"
}

# pb_ready_hook HOOK RESULT completes the lifecycle action of this instance's Auto Scaling group,
# whose name is the instance's aws:autoscaling:groupName tag (instance tags must be in its
# metadata). Without that tag the instance was not launched by a group: nothing to complete.
pb_ready_hook() {
  # A 404 means no group; IMDS not answering (a busy host) is an error, not "no group": the
  # group would wait for the hook's heartbeat timeout.
  pb_grc=0
  pb_grp=$(pb_imds tags/instance/aws:autoscaling:groupName 2>/dev/null) || pb_grc=$?
  if [ "$pb_grc" = 2 ]; then
    echo "parbake: ready: could not read this instance's aws:autoscaling:groupName tag from IMDS" >&2
    return 1
  fi
  if [ "$pb_grc" != 0 ] || [ -z "$pb_grp" ]; then
    echo "parbake: ready: no aws:autoscaling:groupName tag in this instance's metadata, so no lifecycle action to complete"
    return 0
  fi
  pb_aws_ready "complete the lifecycle action" || return
  pb_iid=$(pb_imds instance-id) || return
  pb_rsay="$2 lifecycle_hook=$1 group=$pb_grp instance=$pb_iid"
  set -- autoscaling complete-lifecycle-action --lifecycle-hook-name "$1" --auto-scaling-group-name "$pb_grp" \
    --instance-id "$pb_iid" --lifecycle-action-result "$2"
  [ -z "${PB_AUTOSCALING_ENDPOINT:-}" ] || set -- "$@" --endpoint-url "$PB_AUTOSCALING_ENDPOINT"
  if pb_aws "$@"; then
    echo "parbake-ready: $pb_rsay"
  else
    echo "parbake: ready: could not complete the lifecycle action: $pb_rsay" >&2
    return 1
  fi
}
