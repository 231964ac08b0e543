package parbake

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/runner"
)

// tailLines is how much of a failing step's output its error repeats.
const tailLines = 20

// progress turns the runner's output into Packer UI lines: a header per step, the step's output
// indented under it, and "ok 12.3s" when it finishes. It remembers enough to explain a failure.
type progress struct {
	say   func(string)
	steps int
	token string // the run's marker token

	mu        sync.Mutex
	partial   []byte
	tail      []string // masked: the tail is repeated in the failure, which Packer prints and logs
	done      []string
	durations map[int]string // step index → seconds as the runner reported them
	failed    *runner.Event
}

func newProgress(say func(string), total int, token string) *progress {
	return &progress{say: say, steps: total, token: token, durations: map[int]string{}}
}

// Write receives both standard output and standard error; the runner merges a step's streams
// itself, so lines arrive whole and in order.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.partial = append(p.partial, b...)
	for {
		i := bytes.IndexByte(p.partial, '\n')
		if i < 0 {
			break
		}
		p.line(string(p.partial[:i]))
		p.partial = p.partial[i+1:]
	}
	return len(b), nil
}

// Flush shows a last line that had no newline.
func (p *progress) Flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.partial) > 0 {
		p.line(string(p.partial))
		p.partial = nil
	}
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
	case "step-retry":
		p.say(fmt.Sprintf("[%d/%d] %s failed with exit code %d; retrying (attempt %d)", ev.Index, p.steps, ev.Step, ev.Code, ev.Attempt+1))
	case "step-fail":
		e := ev
		p.failed = &e
		p.say(fmt.Sprintf("[%d/%d] %s FAILED with exit code %d after %ss", ev.Index, p.steps, ev.Step, ev.Code, shortSeconds(ev.Duration)))
	}
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
