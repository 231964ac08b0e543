// Package gctune sets the garbage collector for what a parbake process does: short bursts of
// planning that allocate heavily (hcl/v2 makes a value of every token of a recipe) over a small
// live heap, since bundles and files stream. Go's default collects every time the heap doubles,
// which for planning a recipe of thousands of blocks means a collection every few milliseconds.
// Collecting at five times the live heap instead takes about a fifth off planning, and a soft
// memory limit keeps the peak where it was for recipes big enough to matter.
package gctune

import (
	"os"
	"runtime/debug"
)

// Percent is GOGC's value here, and Limit the soft memory limit in bytes.
const (
	Percent = 400
	Limit   = 96 << 20
)

// Apply sets both, unless the environment sets GOGC or GOMEMLIMIT: those always win.
func Apply() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(Limit)
	}
}
