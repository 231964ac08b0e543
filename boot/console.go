package boot

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/parbake/packer-plugin-parbake/runner"
)

// Outcome is what a boot runner's console says about its boot part, read as EC2's
// GetConsoleOutput returns it: how it ended, and each step's and check's last result. A test
// launch reads it without logging in to the instance.
type Outcome struct {
	// Ended says the runner printed a summary that is not a reboot's: the boot part is over.
	Ended    bool           `json:"ended"`
	OK       bool           `json:"ok"`
	ExitCode int            `json:"exit_code"`
	Digest   string         `json:"bake_digest"`
	Total    float64        `json:"total_seconds"` // the last boot's seconds
	Steps    []OutcomeStep  `json:"steps"`
	Checks   []OutcomeCheck `json:"checks"`
	// Tail is the last lines the runner printed before it ended, for a failure's message.
	Tail []string `json:"-"`
	// Started says the runner printed anything at all; Running names the step that began last
	// and has not ended: where a boot part that has no verdict yet is (or stopped).
	Started bool   `json:"-"`
	Running string `json:"-"`
}

// OutcomeStep is one step's last result: ok (with its seconds), failed, or reboot.
type OutcomeStep struct {
	Name      string  `json:"name"`
	ShortHash string  `json:"hash"`
	Status    string  `json:"status"`
	Seconds   float64 `json:"duration_seconds"`
}

// OutcomeCheck is one check's last run.
type OutcomeCheck struct {
	Step     string  `json:"step"`
	N        int     `json:"n"`
	Text     string  `json:"check"`  // as the runner showed it
	Status   string  `json:"status"` // ok or failed
	ExitCode int     `json:"exit_code"`
	Seconds  float64 `json:"duration_seconds"`
}

// FailedChecks lists the checks that failed.
func (o *Outcome) FailedChecks() []OutcomeCheck {
	var out []OutcomeCheck
	for _, c := range o.Checks {
		if c.Status != "ok" {
			out = append(out, c)
		}
	}
	return out
}

var (
	checkShown = regexp.MustCompile(`\+ check (\d+): (.*)$`)
)

// tailLines is how many of the runner's last lines an outcome keeps.
const tailLines = 20

// ReadOutcome reads a console, line by line (memory stays bounded however long it is). Steps
// that ran on earlier boots (before a reboot) keep their results; a later boot's result wins.
func ReadOutcome(in io.Reader) (*Outcome, error) {
	o := &Outcome{}
	steps := map[string]int{}
	checks := map[string]int{}
	texts := map[string]string{} // check number → the text last shown
	var tail []string
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if m := checkShown.FindStringSubmatch(line); m != nil {
			texts[m[1]] = m[2]
		}
		ev, isMarker := runner.FindMarker(line, runner.BootToken)
		if isMarker {
			o.Started = true
			switch ev.Kind {
			case "step-begin":
				o.Running = ev.Step
			case "step-ok", "step-skip", "step-fail", "boot-done":
				o.Running = ""
			}
		}
		if isMarker && (ev.Kind == "check-ok" || ev.Kind == "check-failed") {
			n := strconv.Itoa(ev.N)
			c := OutcomeCheck{Step: ev.Step, N: ev.N, Text: texts[n], Status: strings.TrimPrefix(ev.Kind, "check-"), ExitCode: ev.Code}
			c.Seconds, _ = strconv.ParseFloat(ev.Duration, 64)
			key := c.Step + "\x00" + n
			if i, ok := checks[key]; ok {
				o.Checks[i] = c
			} else {
				checks[key] = len(o.Checks)
				o.Checks = append(o.Checks, c)
			}
			continue
		}
		if sum, ok := ParseSummary(line); ok {
			o.Ended = sum.Status != "rebooting"
			o.OK = sum.Status == "ok"
			o.ExitCode, o.Digest, o.Total = sum.ExitCode, sum.Digest, sum.Total
			for _, s := range sum.Steps {
				if i, ok := steps[s.Name]; ok {
					o.Steps[i] = s
				} else {
					steps[s.Name] = len(o.Steps)
					o.Steps = append(o.Steps, s)
				}
			}
			if o.Ended {
				o.Tail = append([]string(nil), tail...)
			}
			tail = tail[:0]
			continue
		}
		if strings.HasPrefix(line, "::parbake:") {
			continue
		}
		if tail = append(tail, line); len(tail) > tailLines {
			tail = tail[1:]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return o, nil
}

// Failures names what failed, for a person: each failed check with its text, each failed step
// that no failed check explains, or else the exit code. Empty for a boot part that passed.
func (o *Outcome) Failures() []string {
	if o.OK {
		return nil
	}
	var what []string
	checked := map[string]bool{}
	for _, c := range o.FailedChecks() {
		what = append(what, fmt.Sprintf("check %d of step %s failed with exit code %d: %s", c.N, c.Step, c.ExitCode, c.Text))
		checked[c.Step] = true
	}
	for _, s := range o.Steps {
		if s.Status == "failed" && !checked[s.Name] {
			what = append(what, fmt.Sprintf("step %s failed", s.Name))
		}
	}
	if len(what) == 0 {
		what = append(what, fmt.Sprintf("the boot part failed with exit code %d", o.ExitCode))
	}
	return what
}
