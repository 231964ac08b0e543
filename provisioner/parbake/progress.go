package parbake

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/bake"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/sbom"
)

// tailLines is how much of a failing step's output its error repeats.
const tailLines = 20

// progress turns the runner's output into Packer UI lines: a header per step, the step's output
// indented under it, and "ok 12.3s" when it finishes. It remembers enough to explain a failure.
type progress struct {
	say   func(string)
	steps int
	token string // the run's marker token

	mu         sync.Mutex
	partial    []byte   // an unfinished line of standard output
	partialErr []byte   // and of standard error
	tail       []string // masked: the tail is repeated in the failure, which Packer prints and logs
	done       []string
	durations  map[int]string // step index → seconds as the runner reported them
	machine    sbom.Machine   // what the runner reported for the bill of materials
	failed     *runner.Event
	reboot     *rebootRequest   // the reboot the runner ended with, until it is done
	reboots    map[int][]string // step index → the reason of each reboot after it
	checks     map[int][]bake.CheckResult
}

func newProgress(say func(string), total int, token string) *progress {
	return &progress{say: say, steps: total, token: token, durations: map[int]string{}, reboots: map[int][]string{}, checks: map[int][]bake.CheckResult{}}
}

// Write receives standard output: the runner merges each step's streams into it, so a step's
// lines arrive whole and in order.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.partial = p.lines(p.partial, b)
	return len(b), nil
}

// Stderr receives the runner's own standard error: its messages and the watchdog's ticks, kept
// apart from standard output so a tick never lands inside a step's unfinished line.
func (p *progress) Stderr() io.Writer { return stderrWriter{p} }

type stderrWriter struct{ p *progress }

func (w stderrWriter) Write(b []byte) (int, error) {
	w.p.mu.Lock()
	defer w.p.mu.Unlock()
	w.p.partialErr = w.p.lines(w.p.partialErr, b)
	return len(b), nil
}

// lines appends b to partial, handles each complete line, and returns what is left.
func (p *progress) lines(partial, b []byte) []byte {
	partial = append(partial, b...)
	for {
		i := bytes.IndexByte(partial, '\n')
		if i < 0 {
			return partial
		}
		p.line(string(partial[:i]))
		partial = partial[i+1:]
	}
}

// Flush shows last lines that had no newline.
func (p *progress) Flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, rest := range [][]byte{p.partial, p.partialErr} {
		if len(rest) > 0 {
			p.line(string(rest))
		}
	}
	p.partial, p.partialErr = nil, nil
}

func (p *progress) line(l string) {
	// Progress meters redraw with carriage returns; only the final state of the line matters.
	l = strings.TrimRight(l, "\r")
	if i := strings.LastIndexByte(l, '\r'); i >= 0 {
		l = l[i+1:]
	}
	ev, ok := runner.ParseMarker(l, p.token)
	if !ok {
		l = packersdk.LogSecretFilter.FilterString(l)
		p.tail = append(p.tail, l)
		if len(p.tail) > tailLines {
			p.tail = p.tail[len(p.tail)-tailLines:]
		}
		p.say("    " + l)
		return
	}
	switch ev.Kind {
	case "step-begin":
		p.tail = nil
		p.say(fmt.Sprintf("[%d/%d] %s …", ev.Index, ev.Total, ev.Step))
	case "step-ok":
		p.durations[ev.Index] = ev.Duration
		p.done = append(p.done, ev.Step)
		p.say(fmt.Sprintf("[%d/%d] %s ok %ss", ev.Index, p.steps, ev.Step, shortSeconds(ev.Duration)))
	case "step-skip":
		p.say(fmt.Sprintf("[%d/%d] %s done before the reboot", ev.Index, p.steps, ev.Step))
	case "reboot":
		if rb, ok := parseReboot(ev); ok {
			p.reboot = rb
			p.reboots[rb.Index] = append(p.reboots[rb.Index], rb.Reason)
		}
	case "check-ok", "check-failed": // STEP_INDEX STEP N CODE SECONDS
		if r, idx, ok := parseCheck(ev); ok {
			p.checks[idx] = append(p.checks[idx], r)
			p.say(fmt.Sprintf("    check %d of %s: %s in %ss", r.N, ev.Step, r.Status, shortSeconds(r.Seconds)))
		}
	case "step-retry":
		p.say(fmt.Sprintf("[%d/%d] %s failed with exit code %d; retrying (attempt %d)", ev.Index, p.steps, ev.Step, ev.Code, ev.Attempt+1))
	case "os":
		if len(ev.Args) == 2 {
			p.machine.OSID, p.machine.OSVersion = ev.Args[0], ev.Args[1]
		}
	case "base-image":
		if len(ev.Args) == 1 {
			p.machine.BaseImage = ev.Args[0]
		}
	case "package":
		if len(ev.Args) == 4 {
			p.machine.Packages = append(p.machine.Packages, sbom.Package{Type: ev.Args[0], Name: ev.Args[1], Version: ev.Args[2], Arch: ev.Args[3]})
		}
	case "step-fail":
		e := ev
		p.failed = &e
		p.say(fmt.Sprintf("[%d/%d] %s FAILED with exit code %d after %ss", ev.Index, p.steps, ev.Step, ev.Code, shortSeconds(ev.Duration)))
	}
}

// takeReboot returns the reboot the runner asked for, if any, and forgets it.
func (p *progress) takeReboot() *rebootRequest {
	p.mu.Lock()
	defer p.mu.Unlock()
	rb := p.reboot
	p.reboot = nil
	return rb
}

func (p *progress) total() time.Duration {
	var sum float64
	for _, d := range p.durations {
		f, _ := strconv.ParseFloat(d, 64)
		sum += f
	}
	return time.Duration(sum * float64(time.Second))
}

// failure explains a non-zero exit: the failing step, its exit code, the steps done before it,
// and the last lines of its output.
func (p *progress) failure(status int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	done := "none"
	if len(p.done) > 0 {
		done = strings.Join(p.done, ", ")
	}
	tail := strings.Join(p.tail, "\n")
	if p.failed != nil {
		return &StepError{Step: p.failed.Step, ExitCode: p.failed.Code, Done: done, Output: tail}
	}
	return fmt.Errorf("parbake: the bake runner exited with status %d before finishing (steps done: %s); last output:\n%s", status, done, tail)
}

// shortSeconds shows the runner's "12.345" as "12.3".
func shortSeconds(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(f, 'f', 1, 64)
}

// parseCheck reads a check marker (runner.ParseMarker parsed it): STEP_INDEX STEP N CODE SECONDS.
func parseCheck(ev runner.Event) (bake.CheckResult, int, bool) {
	if _, err := strconv.ParseFloat(ev.Duration, 64); err != nil || ev.N < 1 || ev.Index < 1 {
		return bake.CheckResult{}, 0, false
	}
	return bake.CheckResult{N: ev.N, Status: strings.TrimPrefix(ev.Kind, "check-"), Code: ev.Code, Seconds: ev.Duration}, ev.Index, true
}
