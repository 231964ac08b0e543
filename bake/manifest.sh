# parbake bake manifest library (POSIX sh): the bake runner writes the manifest on the image.
# The boot runner leaves it out: every byte of user data counts.

# pb_fill_manifest TEMPLATE writes the manifest to $PB_MANIFEST, replacing each @DURATION_n@
# with step n's measured duration and each @REBOOTS_n@ with the reasons of its reboots,
# atomically.
pb_fill_manifest() {
  pb_sed=""
  while read -r pb_i _ pb_d; do
    pb_sed="$pb_sed s/@DURATION_${pb_i}@/${pb_d}/;"
  done <"$PB_DONE"
  [ -d "${PB_MANIFEST%/*}" ] || mkdir -p -- "${PB_MANIFEST%/*}"
  # Each reboot after step n adds its reason before @REBOOTS_n@, which goes at the end.
  if [ -f "$PB_DIR/reboots" ]; then
    while read -r pb_i pb_r; do
      pb_sed="$pb_sed s/@REBOOTS_${pb_i}@/\"${pb_r}\", @REBOOTS_${pb_i}@/;"
    done <"$PB_DIR/reboots"
  fi
  pb_sed="$pb_sed s/, @REBOOTS_[0-9]*@//g; s/@REBOOTS_[0-9]*@//g"
  (umask 022 && sed "$pb_sed" "$1" >"$PB_MANIFEST.parbake.tmp") && mv -f "$PB_MANIFEST.parbake.tmp" "$PB_MANIFEST"
}
