#!/usr/bin/env bash
# The end-to-end suite (root, Linux), then its ten slowest tests. Tests on an EC2 box of their own
# run E2E_PARALLEL at a time (test/e2e/parallel_test.go), after the sequential ones.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
go test -tags e2e -count=1 -v -timeout 80m -parallel "${E2E_PARALLEL:-4}" ./test/e2e/ 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
echo
echo "e2e: the ten slowest tests (seconds):"
grep -E '^ *--- (PASS|FAIL|SKIP): ' "$log" | sed -E 's/^ *--- ([A-Z]+): (.+) \(([0-9.]+)s\)$/\3 \2 \1/' | sort -rn | head -n 10
exit "$rc"
