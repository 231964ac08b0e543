//go:build e2e

package e2e

// Tests on an EC2 box of their own call t.Parallel(): each box has its own bridge, subnet, run
// directory and instances, and its tests spend most of their time waiting for machines, so they
// share the two cores well. Go runs them together after every sequential test has finished, so
// none overlaps a test that changes the suite's globals (forEachSuite's Debian release) or counts
// processes on the whole machine (the bake's "no nginx started" check). `make e2e` sets
// -parallel; the harness's shared state (usedAddrs) is guarded for them.
