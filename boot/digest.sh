# pb_image_digest prints the bake digest recorded in the image's manifest ($PB_MANIFEST), or
# "none". The boot runner and the cloud-config guard both use this one definition.
pb_image_digest() {
  pb_found=
  if [ -f "$PB_MANIFEST" ]; then
    pb_found=$(sed -n 's/^[[:space:]]*"bake_digest":[[:space:]]*"\([^"]*\)".*/\1/p' "$PB_MANIFEST" | head -n 1)
  fi
  printf '%s\n' "${pb_found:-none}"
}
