#!/usr/bin/env bash
# The end-to-end suite (root, Linux) in two lanes side by side, then its ten slowest tests.
#
# The box lane is every test on an EC2 box of its own (those that call t.Parallel() first: see
# test/e2e/parallel_test.go), E2E_PARALLEL at a time. They spend most of their time waiting for
# machines, so the machine lane, every other test one at a time, runs beside them in a second
# process. The machine lane streams; the box lane's output follows when it ends. Each lane checks
# its own leftovers; the machine-wide check runs once both have ended.
#
#   E2E_RUN=REGEXP  runs only the matching tests, one lane.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
e2e=(go test -tags e2e -count=1 -v -timeout 80m ./test/e2e/)

# A box test is a Test function whose first statement is t.Parallel().
box_tests=$(awk '/^func Test[A-Za-z0-9_]+\(t \*testing\.T\) \{$/ { name = $2; sub(/\(.*/, "", name); next }
  name != "" && /^\tt\.Parallel\(\)/ { print name } { name = "" }' test/e2e/*_test.go | paste -sd'|' -)

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

if [ -n "${E2E_RUN:-}" ]; then
  "${e2e[@]}" -parallel "${E2E_PARALLEL:-4}" -run "$E2E_RUN" 2>&1 | tee "$logs/run.log"
  rc=${PIPESTATUS[0]}
  slowest "$logs/run.log"
  why_failed "$logs/run.log"
  exit "$rc"
fi

PARBAKE_E2E_LANE=box "${e2e[@]}" -parallel "${E2E_PARALLEL:-4}" -run "^($box_tests)\$" >"$logs/box.log" 2>&1 &
box=$!
PARBAKE_E2E_LANE=machine "${e2e[@]}" -skip "^($box_tests)\$" 2>&1 | tee "$logs/machine.log"
machine_rc=${PIPESTATUS[0]}
wait "$box"
box_rc=$?
echo
echo "e2e: the box lane (tests on an EC2 box of their own, run beside the machine lane):"
cat "$logs/box.log"
after_rc=0
PARBAKE_E2E_LANE=after go test -tags e2e -count=1 -run '^$' ./test/e2e/ >"$logs/after.log" 2>&1 || {
  after_rc=1
  cat "$logs/after.log"
}
slowest "$logs/machine.log" "$logs/box.log"
why_failed "$logs/machine.log" "$logs/box.log"
echo "e2e: machine lane exit $machine_rc, box lane exit $box_rc, machine-wide leftovers check exit $after_rc"
[ "$machine_rc" -eq 0 ] && [ "$box_rc" -eq 0 ] && [ "$after_rc" -eq 0 ]
