#!/bin/sh
# parbake generalize: what an image must not keep from the build that made it. Run as root after
# the last step, it prints one "parbake: cleaned …" line for each thing it removed.
#   PARBAKE_BUILD_KEY          the build's public key ("TYPE BASE64 [COMMENT]"), or empty
#   PARBAKE_GENERALIZE         1: remove the key, empty machine-id, remove parbake's staging
#   PARBAKE_CLEAN_CLOUD_INIT   1: cloud-init clean --logs
#   PARBAKE_STAGING_DIR        parbake's staging directory
#   PB_ROOT                    the root it cleans, "" for / (tests clean a stand-in tree, no root
#                              needed); paths in its messages are the image's
set -u
umask 077
pb_cleaned() { printf 'parbake: cleaned %s\n' "$*"; }

R=${PB_ROOT:-}

# pb_drop_key FILE removes every line holding the key's base64 blob (whatever its comment or
# options) from an authorized_keys file (a path on the image), keeping its mode and owner,
# atomically.
pb_drop_key() {
  grep -qF -- "$pb_blob" "$R$1" 2>/dev/null || return 0
  cp -p -- "$R$1" "$R$1.parbake-tmp" &&
    { grep -vF -- "$pb_blob" "$R$1" >"$R$1.parbake-tmp" || [ "$?" = 1 ]; } &&
    mv -f -- "$R$1.parbake-tmp" "$R$1" &&
    pb_cleaned "the build's SSH key from $1"
}

# pb_homes lists every account's home directory: the system's accounts (getent, which asks NSS),
# or a stand-in root's passwd file.
pb_homes() {
  if [ -n "$R" ]; then cut -d: -f6 "$R/etc/passwd"; else getent passwd | cut -d: -f6; fi
}

if [ "${PARBAKE_GENERALIZE:-0}" = 1 ]; then
  pb_blob=$(printf '%s\n' "${PARBAKE_BUILD_KEY:-}" | awk 'NR == 1 { print $2 }')
  if [ -n "$pb_blob" ]; then
    # Every account's authorized_keys, the way sshd finds them by default.
    pb_homes | sort -u | while read -r pb_home; do
      if [ -n "$pb_home" ] && [ -f "$R$pb_home/.ssh/authorized_keys" ]; then
        pb_drop_key "$pb_home/.ssh/authorized_keys"
      fi
    done
  fi
  # Empty, not removed: systemd then gives each instance its own id on its first boot.
  if [ -s "$R/etc/machine-id" ]; then
    : >"$R/etc/machine-id" && chmod 0444 "$R/etc/machine-id" && pb_cleaned "/etc/machine-id (emptied)"
  fi
  if [ -f "$R/var/lib/dbus/machine-id" ] && [ ! -L "$R/var/lib/dbus/machine-id" ]; then
    rm -f "$R/var/lib/dbus/machine-id" && pb_cleaned "/var/lib/dbus/machine-id"
  fi
  pb_staging=${PARBAKE_STAGING_DIR:-}
  if [ -n "$pb_staging" ] && [ -d "$R$pb_staging" ] && rmdir -- "$R$pb_staging" 2>/dev/null; then
    pb_cleaned "parbake's staging directory $pb_staging"
  fi
fi
if [ "${PARBAKE_CLEAN_CLOUD_INIT:-0}" = 1 ] && command -v cloud-init >/dev/null 2>&1; then
  if cloud-init clean --logs >/dev/null 2>&1; then
    pb_cleaned "cloud-init's state and logs (cloud-init clean --logs)"
  else
    echo "parbake: cloud-init clean failed" >&2
  fi
fi
exit 0
