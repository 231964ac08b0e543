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
	Code     int      // exit code for step-fail and step-retry
	Attempt  int      // for step-retry
	Duration string   // seconds, as the runner measured them, for step-ok and step-fail
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
	}
	return ev, true
}
