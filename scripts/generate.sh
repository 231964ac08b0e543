#!/usr/bin/env bash
# Regenerates everything derived from the code: the HCL2 specs (mapstructure-to-hcl2), the docs
# partials (struct-markdown), and the integrations registry's .web-docs (renderdocs, then a
# compile step). `make generate` runs it; CI checks it leaves the tree unchanged.
#
# It runs through a symlink named packer-plugin-parbake, because packer-sdc struct-markdown finds
# the project root by that name prefix and loops forever without it, and a clone (CI's
# included) may live in a directory with any name.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
link_dir=$(mktemp -d)
trap 'rm -rf "$link_dir"' EXIT
ln -s "$root" "$link_dir/packer-plugin-parbake"
cd "$link_dir/packer-plugin-parbake"
go generate ./...

# The docs' picture of the example's plan (docs/plan-picture.md shows it).
go run ./internal/cmd/plan-picture -recipe example/recipes/web -role web \
  -svg docs/images/web.plan.svg -md docs/images/web.plan.md

# docs/ with the partials included → .web-docs, as the integrations registry lays it out.
rendered="$link_dir/rendered"
go tool packer-sdc renderdocs -src docs -partials docs-partials -dst "$rendered" >/dev/null 2>&1
# The registry shows its own title, so a page's front matter and the H1 after it are dropped.
strip_front_matter() {
  awk 'NR == 1 && /^---$/ { fm = 1; next } fm && /^---$/ { fm = 0; skip = 2; next } fm { next }
       skip > 0 { skip--; next } { print }' "$1"
}
rm -rf .web-docs/components .web-docs/README.md
cp "$rendered/README.md" .web-docs/README.md
mkdir -p .web-docs/components/provisioner/parbake .web-docs/components/data-source/parbake .web-docs/components/post-processor/parbake
strip_front_matter "$rendered/provisioners/parbake.mdx" >.web-docs/components/provisioner/parbake/README.md
strip_front_matter "$rendered/datasources/parbake.mdx" >.web-docs/components/data-source/parbake/README.md
strip_front_matter "$rendered/post-processors/parbake.mdx" >.web-docs/components/post-processor/parbake/README.md
