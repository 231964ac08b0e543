#!/usr/bin/env bash
# The end-to-end suite (root, Linux), then its ten slowest tests and what any failed test said.
# Tests on an EC2 box of their own (they call t.Parallel(): test/e2e/parallel_test.go) run
# E2E_PARALLEL at a time, after the others, which run one at a time.
#
# Not two processes side by side, one for each kind: tried, and the machine is CPU-bound (the
# boxes' instances boot cloud-init and bake packages), so the sequential tests ran three times
# slower beside the boxes and the whole took longer.
#
#   E2E_RUN=REGEXP  runs only the matching tests.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
e2e=(go test -tags e2e -count=1 -v -timeout 80m ./test/e2e/)

slowest() {
  echo
  echo "e2e: the ten slowest tests (seconds):"
  cat "$@" | grep -E '^ *--- (PASS|FAIL|SKIP): ' | sed -E 's/^ *--- ([A-Z]+): (.+) \(([0-9.]+)s\)$/\3 \2 \1/' | sort -rn | head -n 10
}

# why_failed LOG… repeats, last, what each failed test said (the first line of each of its t.Log
# and t.Error messages), so that the end of a long log says why it failed.
why_failed() {
  cat "$@" | awk '
    /^=== (RUN|CONT|NAME|PAUSE) / { test = $3; next }
    /^ *--- FAIL: / { failed[$3] = 1; next }
    /^ +[A-Za-z0-9_]+_test\.go:[0-9]+: / { said[test] = said[test] "  " test ": " substr($0, match($0, /[^ ]/), 300) "\n" }
    END {
      for (t in failed) if (said[t] != "") { n++; printf "%s", said[t] }
      if (n) print "e2e: what the failed tests said, above (first lines only)"
    }' | tail -n 60
}

[ -z "${E2E_RUN:-}" ] || e2e+=(-run "$E2E_RUN")
"${e2e[@]}" -parallel "${E2E_PARALLEL:-4}" 2>&1 | tee "$logs/run.log"
rc=${PIPESTATUS[0]}
slowest "$logs/run.log"
why_failed "$logs/run.log"
exit "$rc"
