package runner

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"
)

// Markers are lines "::parbake:TOKEN::KIND ARGS…" that the runner prints for its caller. The
// token is random per run and never reaches a step's environment, so a step that prints
// something marker-like only prints output.

// NewToken returns a fresh marker token.
func NewToken() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on Linux; without randomness nothing is safe
	}
	return hex.EncodeToString(b[:])
}

// Event is one parsed marker line.
type Event struct {
	Kind     string // step-begin, step-ok, step-fail, step-retry, step-skip, tick, or a runner event
	Index    int
	Total    int
	Step     string
	Code     int      // exit code for step-fail, step-retry, check-ok and check-failed
	Attempt  int      // for step-retry
	N        int      // the check's number in its step, for check-ok and check-failed
	Duration string   // seconds, as the runner measured them, for step-ok, step-fail and checks
	Args     []string // the fields after the kind, for the inventory markers (os, package, base-image)
}

// ParseMarker reads a marker line of the run with this token; ok is false for ordinary output,
// including marker-like lines with another token.
func ParseMarker(line, token string) (ev Event, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "::parbake:"+token+"::")
	if !found {
		return Event{}, false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return Event{}, false
	}
	ev = Event{Kind: f[0], Args: f[1:]}
	atoi := func(i int) int {
		if i < len(f) {
			n, _ := strconv.Atoi(f[i])
			return n
		}
		return 0
	}
	at := func(i int) string {
		if i < len(f) {
			return f[i]
		}
		return ""
	}
	switch ev.Kind {
	case "step-begin": // INDEX TOTAL NAME
		ev.Index, ev.Total, ev.Step = atoi(1), atoi(2), at(3)
	case "step-ok", "step-skip": // INDEX NAME DURATION
		ev.Index, ev.Step, ev.Duration = atoi(1), at(2), at(3)
	case "step-fail": // INDEX NAME CODE DURATION
		ev.Index, ev.Step, ev.Code, ev.Duration = atoi(1), at(2), atoi(3), at(4)
	case "step-retry": // INDEX NAME ATTEMPT CODE
		ev.Index, ev.Step, ev.Attempt, ev.Code = atoi(1), at(2), atoi(3), atoi(4)
	case "check-ok", "check-failed": // STEP_INDEX STEP N CODE SECONDS
		if len(f) != 6 {
			return Event{}, false // cut short
		}
		ev.Index, ev.Step, ev.N, ev.Code, ev.Duration = atoi(1), at(2), atoi(3), atoi(4), at(5)
	}
	return ev, true
}

// BootToken is the boot runner's marker token: the boot's markers go to the console, where the
// test launch and measure read them.
const BootToken = "boot"

// FindMarker is ParseMarker for a line of a console or a log, where the marker may follow a
// prefix (a timestamp, a unit's name).
func FindMarker(line, token string) (Event, bool) {
	i := strings.Index(line, "::parbake:"+token+"::")
	if i < 0 {
		return Event{}, false
	}
	return ParseMarker(line[i:], token)
}
