#!/usr/bin/env bash
# Fails when generated files (HCL2 specs, docs partials, .web-docs) are stale: it regenerates
# them and compares with what was there before, so it also works in a tree with other changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
generated() { git ls-files -co --exclude-standard -- '*.hcl2spec.go' docs-partials .web-docs | sort | xargs -r sha256sum; }
before=$(generated)
./scripts/generate.sh
after=$(generated)
if [ "$before" != "$after" ]; then
  echo "generated files are stale; run 'make generate' and commit the result:" >&2
  diff <(echo "$before") <(echo "$after") >&2 || true
  exit 1
fi
echo "generated files are up to date"
