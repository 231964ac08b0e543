#!/usr/bin/env bash
# Fails when generated files (HCL2 specs, docs partials, .web-docs) are stale: it regenerates
# them and compares with what was there before, so it also works in a tree with other changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
generated() { git ls-files -co --exclude-standard -- '*.hcl2spec.go' docs-partials .web-docs docs/images | sort | xargs -r sha256sum; }
before=$(generated)
./scripts/generate.sh
after=$(generated)
if [ "$before" != "$after" ]; then
  echo "generated files are stale; run 'make generate' and commit the result:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi

# The registry pages must carry the configuration tables, not bare @include lines.
for entry in provisioner:recipe data-source:recipe post-processor:user_data_base64; do
  page=.web-docs/components/${entry%%:*}/parbake/README.md
  grep -q "^- \`${entry#*:}\` (string)" "$page" || { echo "$page lacks its configuration table" >&2; exit 1; }
  if grep -q '@include' "$page"; then echo "$page has an unresolved @include" >&2; exit 1; fi
done
echo "generated files are up to date"
