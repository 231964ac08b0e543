#!/bin/sh
# parbake: stops the run unpacked in this directory, every process of it, and removes its
# staging. Generated, do not edit.
set -u
PB_DIR=$(cd -- "$(dirname -- "$0")" && pwd)
PB_STAGE='.parbake-stage'
PB_LOCK='/var/tmp/.parbake-files.lock'
. "$PB_DIR/lib.sh"
. "$PB_DIR/session.sh"
pb_stop "$PB_DIR"
