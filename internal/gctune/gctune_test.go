package gctune

import (
	"runtime/debug"
	"testing"
)

func TestApply(t *testing.T) {
	tests := []struct {
		name, gogc, memlimit string
		wantPercent          int
		wantLimit            int64
	}{
		{"defaults", "", "", Percent, Limit},
		{"GOGC wins", "150", "", 150, Limit},
		{"GOMEMLIMIT wins", "", "1GiB", Percent, 1 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOGC", tt.gogc)
			t.Setenv("GOMEMLIMIT", tt.memlimit)
			// The runtime reads the environment at start; a test sets what it would have read.
			debug.SetGCPercent(100)
			if tt.gogc == "150" {
				debug.SetGCPercent(150)
			}
			debug.SetMemoryLimit(1<<63 - 1)
			if tt.memlimit != "" {
				debug.SetMemoryLimit(1 << 30)
			}
			Apply()
			if got := debug.SetGCPercent(100); got != tt.wantPercent {
				t.Errorf("GOGC %d, want %d", got, tt.wantPercent)
			}
			if got := debug.SetMemoryLimit(-1); got != tt.wantLimit {
				t.Errorf("memory limit %d, want %d", got, tt.wantLimit)
			}
			debug.SetMemoryLimit(1<<63 - 1)
		})
	}
}
