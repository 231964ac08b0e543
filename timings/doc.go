// Package timings keeps the durations parbake measured, per step and phase, in a small JSON
// file that is safe to commit: the provisioner adds what a bake took, the data source adds what
// boots took, and the planner decides from their medians instead of from guesses.
package timings
