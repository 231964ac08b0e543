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
	Args     []string // the fields after the kind, in the grammar's order
	kind     EventKind
}

// ParseMarker reads a marker line of the run with this token, by the grammar (grammar.go); ok is
// false for ordinary output, including marker-like lines with another token, a kind the grammar
// does not have, or a marker cut short.
func ParseMarker(line, token string) (ev Event, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "::parbake:"+token+"::")
	if !found {
		return Event{}, false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return Event{}, false
	}
	k, known := kindOf(f[0])
	if !known || len(f)-1 != len(k.Fields) {
		return Event{}, false
	}
	ev = Event{Kind: f[0], Args: f[1:], kind: k}
	atoi := func(name string) int {
		n, _ := strconv.Atoi(ev.Field(name))
		return n
	}
	ev.Index, ev.Total, ev.Step = atoi("index"), atoi("total"), ev.Field("name")
	ev.Code, ev.Attempt, ev.N, ev.Duration = atoi("code"), atoi("attempt"), atoi("n"), ev.Field("seconds")
	return ev, true
}

// Field is the value of the event's field called name, "" when its kind has none.
func (ev Event) Field(name string) string {
	for i, f := range ev.kind.Fields {
		if f == name && i < len(ev.Args) {
			return ev.Args[i]
		}
	}
	return ""
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
