# pb_image_digest prints the bake digest the image holds, or "none": the one line of the
# bake-digest file beside its manifest ($PB_MANIFEST), written with it. The boot runner and the
# cloud-config guard both use this one definition.
pb_image_digest() {
  pb_found=
  [ ! -f "${PB_MANIFEST%/*}/bake-digest" ] || IFS= read -r pb_found <"${PB_MANIFEST%/*}/bake-digest" || :
  printf '%s\n' "${pb_found:-none}"
}
