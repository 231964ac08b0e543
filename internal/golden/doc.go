// Package golden compares generated output with files checked into testdata/golden, so that a
// reviewer reads every change to generated shell, user data and manifests as a diff. Run the
// tests with -update to rewrite the files after an intended change.
package golden
